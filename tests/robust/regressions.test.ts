/** Inputs the property tests and the fuzzer found to break something, kept as examples. */
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../../src/ruleset/load.js';
import { checkReport } from '../../src/run.js';
import { splitReports } from '../../src/split/index.js';

const ruleSets = loadRuleSets(BUILTIN_RULES_DIR);
const zwgk = ruleSets.find((r) => r.id === 'zwgk-summary')!;

function sections(lines: string[]) {
  const span = splitReports(lines).reports[0]!;
  const result = checkReport({ path: 'x.txt', lines, encoding: 'utf-8', format: 'text', lineUnit: 'line' }, span, { ruleSets, forced: zwgk });
  return Object.fromEntries(result.sections.map((s) => [s.id, [s.status, s.line]]));
}

describe('regressions', () => {
  it('a bare heading followed by a blank line and then its paragraph is still a heading (property test find)', () => {
    const lines = ['青山县2024年政务公开工作总结', '', '一、主动公开情况', '全年主动公开信息12条。', '存在的主要问题', '', '部分栏目更新不及时，解读形式单一，人员力量不足。'];
    expect(sections(lines).problems).toEqual(['section', 5]);
  });
});
