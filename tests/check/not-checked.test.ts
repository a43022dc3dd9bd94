/** With no fallback rule set in force, a report nothing applies to is listed, not checked, and never fails. */
import { describe, expect, it } from 'vitest';
import { exitCode } from '../../src/cli.js';
import { loadBytes } from '../../src/load/index.js';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../../src/ruleset/load.js';
import { checkSource } from '../../src/run.js';

describe('reports no rule set applies to', () => {
  it('get ruleSet null, no score, and do not fail the run', () => {
    const zwgk = loadRuleSets(BUILTIN_RULES_DIR).filter((r) => r.id === 'zwgk-summary');
    const text = [
      '某局2024年政务公开工作总结', '', '一、主动公开', '全年主动公开信息30条。', '二、依申请公开', '全年受理申请1件，按期答复。',
      '三、平台建设', '门户网站专栏更新及时。', '四、存在问题', '一是解读形式单一，缺少图解；二是栏目更新有时滞后。',
      '五、2025年工作计划', '（一）每季度检查一次栏目更新，发现问题当月整改。', '', '',
      '某局2024年党建工作总结', '', '一、主要工作', '组织学习12次。',
    ].join('\n');
    const loaded = loadBytes('mixed.txt', new TextEncoder().encode(text), 'text');
    if (!loaded.ok) throw new Error('load');
    const result = checkSource(loaded.source, { ruleSets: zwgk });
    expect(result.reports.map((r) => [r.title, r.ruleSet, r.score, r.passed, r.routing.by])).toEqual([
      ['某局2024年政务公开工作总结', 'zwgk-summary', 91, true, 'title'],
      ['某局2024年党建工作总结', null, null, null, 'none'],
    ]);
    expect(exitCode([result])).toBe(0);
    // Alone, the unchecked report is a run that checked nothing (issue 13).
    expect(exitCode([{ ...result, reports: [result.reports[1]!] }])).toBe(2);
  });
});
