import { describe, expect, it } from 'vitest';
import csv, { field } from '../../src/format/csv.js';
import { runCli } from '../helpers/cli.js';
import { goldenContext, goldenResults, REPORTS } from './input.js';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) throw new Error('unterminated quote');
        value += text.slice(i, q);
        i = q + 1;
        if (text[i] !== '"') break;
        value += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      value = end === -1 ? text.slice(i) : text.slice(i, i + end);
      i += value.length;
      if (text[i] === '"') throw new Error(`stray quote at ${i}`);
    }
    row.push(value);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}`);
  }
}

describe('csv', () => {
  const text = csv(goldenResults(), goldenContext());

  it('starts with a UTF-8 byte-order mark and ends records with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('has one row per report (and one per unreadable file), one column per section of the rule sets seen', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['文件', '报告', '起始行', '结束行', '规则集', '得分', '及格线', '结果', '未通过原因', '错误', '警告', '已豁免', '主要工作', '存在问题', '下一步计划']);
    expect(rows).toHaveLength(1 + 5 + 1);
    for (const r of rows) expect(r).toHaveLength(15);
    const failed = rows.find((r) => r[5] === '55')!;
    expect(failed.slice(0, 2)).toEqual(['汇编,第1期%.txt', '演示县<档案馆> & "史志办"2024年工作总结']);
    expect(failed.slice(7)).toEqual(['未通过', '未通过：得分 55/100，低于及格线 60。', '0', '2', '0', '有标题（单薄）', '仅提及', '缺少']);
    // The waived placeholder is counted apart, not as a warning.
    expect(rows.find((r) => r[5] === '80')!.slice(9, 12)).toEqual(['3', '4', '1']);
    expect(rows.find((r) => r[5] === '80')![8]).toBe('未通过：缺少必备部分“存在问题”；表格数据不一致 1 处（首处在第 9 行）；1 处错误级问题，如第 12 行：草稿标记“【待补充】”尚未处理。');
    expect(rows.find((r) => r[1] === '另一份说明材料')!.slice(4, 15)).toEqual(['', '', '', '未检查', '', '0', '0', '0', '', '', '']);
    expect(rows.at(-1)!.slice(0, 1)).toEqual(['扫描件.pdf']);
  });

  it('headers follow --lang en', () => {
    const rows = parseCsv(csv(goldenResults(), goldenContext('en')).slice(1));
    expect(rows[0]!.slice(-3)).toEqual(['Main work', 'Problems', 'Plans']);
    expect(rows[2]![7]).toBe('FAIL');
  });

  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(field('a,b')).toBe('"a,b"');
    expect(field('说"明"')).toBe('"说""明"""');
    expect(field('两\r\n行')).toBe('"两\r\n行"');
    expect(field('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(field('-12')).toBe('-12');
    expect(field('普通')).toBe('普通');
  });

  it('prefixes columns with the rule set when reports were checked by several', async () => {
    const run = await runCli([REPORTS, '-f', 'csv']);
    const rows = parseCsv(run.stdout.slice(1));
    const sets = new Set(rows.slice(1).map((r) => r[4]));
    const sectionHeaders = rows[0]!.slice(12);
    expect(sectionHeaders.length).toBeGreaterThan(0);
    if (sets.size > 1) for (const h of sectionHeaders) expect(h).toMatch(/^[a-z][a-z0-9-]*\//);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
  });
});
