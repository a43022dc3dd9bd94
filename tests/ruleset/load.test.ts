import { describe, expect, it } from 'vitest';
import { RuleSetError } from '../../src/errors.js';
import { BUILTIN_RULES_DIR, loadRuleSets, parseRuleSet } from '../../src/ruleset/load.js';
import { route } from '../../src/ruleset/route.js';

const minimal = `id: my-set
title: 我的清单
appliesTo:
  priority: 5
  titles: ['安全生产']
passMark: 60
sections:
  - id: a
    name: 甲
    weight: 1
    severity: error
    hint: 写甲
    match:
      headings: ['甲']
`;

function errorOf(text: string): RuleSetError {
  try {
    parseRuleSet(text, 'my.yaml');
  } catch (error) {
    if (error instanceof RuleSetError) return error;
    throw error;
  }
  throw new Error('expected a RuleSetError');
}

describe('built-in rule sets', () => {
  it('load and validate', () => {
    const ids = loadRuleSets(BUILTIN_RULES_DIR).map((r) => r.id).sort();
    expect(ids).toEqual(['fzzf-annual', 'work-summary', 'zfxxgk-annual', 'zwgk-summary']);
  });

  it('zwgk-summary has exactly the issue-2 section ids', () => {
    const zwgk = loadRuleSets(BUILTIN_RULES_DIR).find((r) => r.id === 'zwgk-summary')!;
    expect(zwgk.sections.map((s) => [s.id, s.severity])).toEqual([
      ['proactive', 'error'], ['onRequest', 'error'], ['platform', 'error'], ['interpretation', 'warning'],
      ['oversight', 'warning'], ['problems', 'error'], ['plans', 'error'],
    ]);
  });

  it('routes by title with priority, then the fallback', () => {
    const all = loadRuleSets(BUILTIN_RULES_DIR);
    const to = (title: string) => route(title, () => '', all).ruleSet?.id;
    expect(to('某县2024年政府信息公开工作年度报告')).toBe('zfxxgk-annual');
    expect(to('某县2024年政务公开工作总结')).toBe('zwgk-summary');
    expect(to('某局2024年基层政务公开“两化”工作总结')).toBe('zwgk-summary');
    expect(to('某局2024年法治政府建设工作总结')).toBe('fzzf-annual');
    expect(to('某局2024年安全生产工作总结')).toBe('work-summary');
  });
});

describe('rule set errors carry file:line:column', () => {
  it('accepts a minimal user rule set', () => {
    expect(parseRuleSet(minimal, 'my.yaml').sections[0]!.headings[0]!.test('甲方')).toBe(true);
  });

  it('invalid YAML', () => {
    const e = errorOf('id: [unclosed\n');
    expect([e.file, e.line]).toEqual(['my.yaml', 2]);
    expect(e.message).toMatch(/^my\.yaml:2:\d+: invalid YAML/);
  });

  it('a schema violation points at the value', () => {
    const e = errorOf(minimal.replace('weight: 1', 'weight: -3'));
    expect([e.line, e.column]).toEqual([10, 13]);
    expect(e.detail).toMatch(/weight/);
  });

  it('an unknown key points at the key', () => {
    const e = errorOf(minimal.replace('    hint: 写甲', '    hint: 写甲\n    hnit: 错'));
    expect(e.line).toBe(13);
    expect(e.detail).toMatch(/unknown key "hnit"/);
  });

  it('an invalid regex', () => {
    const e = errorOf(minimal.replace("headings: ['甲']", "headings: ['甲(']"));
    expect(e.line).toBe(14);
    expect(e.detail).toMatch(/invalid regex/);
  });

  it('duplicate section ids', () => {
    const dup = `${minimal}  - id: a\n    name: 乙\n    weight: 1\n    severity: error\n    hint: 写乙\n    match:\n      headings: ['乙']\n`;
    const e = errorOf(dup);
    expect(e.line).toBe(15);
    expect(e.detail).toMatch(/duplicate section id "a"/);
  });
});
