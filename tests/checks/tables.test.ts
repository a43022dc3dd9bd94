import { describe, expect, it } from 'vitest';
import { parseRow } from '../../src/checks/tables.js';
import { loadBytes } from '../../src/load/index.js';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../../src/ruleset/load.js';
import { checkSource } from '../../src/run.js';

const ruleSets = loadRuleSets(BUILTIN_RULES_DIR);

function check(text: string) {
  const loaded = loadBytes('t.txt', new TextEncoder().encode(text), 'text');
  if (!loaded.ok) throw new Error('load');
  return checkSource(loaded.source, { ruleSets }).reports[0]!;
}

const annual = (part3: string, part4: string) => `某县2024年政府信息公开工作年度报告
一、总体情况
全年主动公开信息100条。
二、主动公开政府信息情况
规范性文件制发3件。
三、收到和处理政府信息公开申请情况
${part3}
四、政府信息公开行政复议、行政诉讼情况
${part4}
五、存在的主要问题及改进情况
一是公开质量不高，部分信息发布不及时；二是解读形式单一。已按上年要求整改完毕。
六、其他需要报告的事项
本年度未收取信息处理费。
`;

describe('parseRow', () => {
  it('reads tab, pipe and space separated rows', () => {
    expect(parseRow('（七）总计\t5\t1\t0\t0\t0\t0\t6', 1)?.values).toEqual([5, 1, 0, 0, 0, 0, 6]);
    expect(parseRow('| 二、上年结转政府信息公开申请数量 | 1 | 0 | 1 |', 2)).toEqual({ line: 2, label: '二、上年结转政府信息公开申请数量', values: [1, 0, 1] });
    expect(parseRow('行政复议 0 0 0 0 0', 3)?.values).toHaveLength(5);
  });
  it('ignores prose', () => expect(parseRow('全年受理申请5件，办结率100%', 1)).toBeNull());
});

describe('年度报告 table arithmetic', () => {
  const pipe = (rows: string[][]) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
  const good = pipe([
    ['一、本年新收政府信息公开申请数量', '4', '1', '0', '0', '0', '0', '5'],
    ['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'],
    ['（一）予以公开', '3', '1', '0', '0', '0', '0', '4'],
    ['（二）部分公开', '1', '0', '0', '0', '0', '0', '1'],
    ['（七）总计', '4', '1', '0', '0', '0', '0', '5'],
    ['四、结转下年度继续办理', '1', '0', '0', '0', '0', '0', '1'],
  ]);

  it('accepts a table that adds up, as a pipe table', () => {
    const report = check(annual(good, '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0'));
    expect(report.ruleSet).toBe('zfxxgk-annual');
    expect(report.messages.filter((m) => m.ruleId === 'tables')).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it('reports each mismatch with its line and numbers', () => {
    const bad = good.replace('| （七）总计 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |', '| （七）总计 | 4 | 1 | 0 | 0 | 0 | 0 | 6 |');
    const report = check(annual(bad, '行政复议 1 0 0 0 0\n'));
    const tables = report.messages.filter((m) => m.ruleId === 'tables');
    expect(tables.map((m) => [m.code, m.line])).toEqual([
      ['tableRowTotal', 11],
      ['tableBalance', 11],
      ['tableOutcomeSum', 11],
      ['tableReviewTotal', 14],
    ]);
    expect(tables[1]!.args).toMatchObject({ column: 7, fresh: 5, carried: 1, total: 6, carryOver: 1 });
    expect(report.passed).toBe(false);
  });

  it('reports a missing part and parts out of order', () => {
    const text = annual(good, '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0')
      .replace('四、政府信息公开行政复议、行政诉讼情况\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n', '')
      .replace('一、总体情况\n全年主动公开信息100条。\n', '')
      .replace('六、其他需要报告的事项', '一、总体情况\n全年主动公开信息100条。\n六、其他需要报告的事项');
    const report = check(text);
    const codes = report.messages.map((m) => `${m.code}:${m.ruleId}`);
    expect(codes).toContain('sectionMissing:zfxxgk-annual/review');
    expect(codes).toContain('sectionOutOfOrder:zfxxgk-annual/order');
  });
});

describe('year consistency', () => {
  it('flags a statistics period of another year', () => {
    const report = check('某局2024年政务公开工作总结\n一、主动公开\n2023年全年主动公开信息50条。\n');
    expect(report.messages.map((m) => [m.code, m.line, m.column])).toContainEqual(['statYearMismatch', 3, 1]);
  });
  it('accepts plans for the next year', () => {
    const report = check('某局2024年政务公开工作总结\n一、主动公开\n全年公开信息50条。\n二、2025年工作计划\n继续完善公开目录，年底前完成全部栏目梳理和整合工作。\n');
    expect(report.messages.map((m) => m.code)).not.toContain('planYearPast');
  });
});
