/**
 * A 目录 of more than 10,000 entries (issue 18): its entries were read only while page numbers had
 * at most 4 digits and item numbers at most 3, so the rest of the 目录 fell into the body, where
 * it became the first report's start, and numbered reports past 999 were merged into the one before.
 */
import { describe, expect, it } from 'vitest';
import { splitReports } from '../../src/split/index.js';

/** A compilation: title, a 目录 of `entries` lines, then `reports` reports, each title standing alone. */
function compilation(entries: (i: number) => string, count: number, reports: number, dense = false): string[] {
  const lines = ['2023年度工作总结汇编', '', '目录'];
  for (let i = 1; i <= count; i++) lines.push(entries(i));
  for (let r = 1; r <= reports; r++) {
    lines.push('', '', `第${r}县2023年政务公开工作总结`, ...(dense ? [] : ['']), '一、主动公开情况', `全年主动公开信息${r}条。`, '二、存在问题', '专栏更新不及时。', '三、下一步计划', '加强培训。');
  }
  return lines;
}

describe('a 目录 longer than 10,000 lines', () => {
  it('reads every entry, page numbers past 9999 included, and ends the front matter at the last one', () => {
    const lines = compilation((i) => `第${i}县人民政府\t${2 * i}`, 10_500, 3);
    const split = splitReports(lines);
    expect(split.toc).toHaveLength(10_500);
    expect(split.frontMatter).toEqual({ startLine: 1, endLine: 10_503 });
    expect(split.reports.map((r) => [r.title, r.startLine])).toEqual([
      ['第1县2023年政务公开工作总结', 10_506],
      ['第2县2023年政务公开工作总结', 10_516],
      ['第3县2023年政务公开工作总结', 10_526],
    ]);
  });

  it('never starts the first report inside the 目录 (the 目录 names units, the body is dense)', () => {
    const lines = compilation((i) => `第${i}县人民政府\t${2 * i}`, 10_500, 3, true);
    const first = splitReports(lines).reports[0]!;
    expect(first.startLine).toBe(10_506);
    expect(first.title).toBe('第1县2023年政务公开工作总结');
  });

  it('finds reports numbered past 999 in the 目录 ("1000.title")', () => {
    const lines = compilation((i) => `${i}.第${i}县2023年政务公开工作总结\t${i}`, 1_200, 1_200, true);
    const split = splitReports(lines);
    expect(split.reports).toHaveLength(1_200);
    expect(split.reports[1_199]!.title).toBe('第1200县2023年政务公开工作总结');
    expect(split.notices).toEqual([]);
  });
});
