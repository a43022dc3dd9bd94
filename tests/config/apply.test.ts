import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../src/config/apply.js';
import { parseConfig } from '../../src/config/load.js';
import { RuleSetError } from '../../src/errors.js';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../../src/ruleset/load.js';

const builtIn = loadRuleSets(BUILTIN_RULES_DIR);
const zwgk = builtIn.find((r) => r.id === 'zwgk-summary')!;
const config = (yaml: string) => parseConfig(yaml, '/x/.reportlintrc.yaml');

function errorOf(yaml: string): RuleSetError {
  try {
    applyOverrides(builtIn, config(yaml));
  } catch (error) {
    if (error instanceof RuleSetError) return error;
    throw error;
  }
  throw new Error('expected a RuleSetError');
}

describe('applying overrides', () => {
  it('re-weights, re-grades and drops sections, sets the pass mark, keeps the spec in step', () => {
    const out = applyOverrides(
      builtIn,
      config('overrides:\n  zwgk-summary:\n    passMark: 45\n    sections:\n      plans: { weight: 3, severity: warning }\n      oversight: { off: true }\n'),
    );
    const r = out.find((x) => x.id === 'zwgk-summary')!;
    expect(r.passMark).toBe(45);
    expect(r.spec.passMark).toBe(45);
    expect(r.sections.map((s) => s.id)).toEqual(zwgk.sections.map((s) => s.id).filter((id) => id !== 'oversight'));
    expect(r.spec.sections.map((s) => s.id)).toEqual(r.sections.map((s) => s.id));
    expect(r.sections.find((s) => s.id === 'plans')).toMatchObject({ weight: 3, severity: 'warning' });
    expect(r.sections.find((s) => s.id === 'plans')!.headings).toBe(zwgk.sections.find((s) => s.id === 'plans')!.headings);
    // the original rule set is data shared by everyone: untouched
    expect(zwgk.sections.find((s) => s.id === 'plans')!.severity).toBe('error');
  });

  it('leaves rule sets without overrides as the very same objects', () => {
    const out = applyOverrides(builtIn, config('overrides:\n  zwgk-summary:\n    passMark: 45\n'));
    for (const r of out.filter((x) => x.id !== 'zwgk-summary')) expect(builtIn).toContain(r);
    expect(applyOverrides(builtIn, null)).toEqual(builtIn);
  });

  it('carries checks through to spec.checks for the content checks to read', () => {
    const out = applyOverrides(builtIn, config('overrides:\n  zwgk-summary:\n    checks: { placeholders: false }\n'));
    expect(out.find((x) => x.id === 'zwgk-summary')!.spec.checks?.placeholders).toBe(false);
  });

  const bad: [string, string, number, number, RegExp][] = [
    ['an unknown rule set', 'overrides:\n  zwgk-sumary:\n    passMark: 1\n', 3, 5, /unknown rule set "zwgk-sumary"; known: .*zwgk-summary/],
    ['an unknown section', 'overrides:\n  zwgk-summary:\n    sections:\n      plan: { off: true }\n', 4, 13, /unknown section "plan" in rule set zwgk-summary; known: .*plans/],
    ['an unknown check', 'overrides:\n  zwgk-summary:\n    checks:\n      placeholder: false\n', 4, 20, /unknown key "placeholder"/],
  ];
  for (const [name, yaml, line, column, message] of bad) {
    it(`refuses ${name} at the config's line and column`, () => {
      const error = errorOf(yaml);
      expect(error.file).toBe('/x/.reportlintrc.yaml');
      expect([error.line, error.column]).toEqual([line, column]);
      expect(error.detail).toMatch(message);
    });
  }

  it('refuses switching every section off', () => {
    const off = zwgk.sections.map((s) => `      ${s.id}: { off: true }`).join('\n');
    expect(errorOf(`overrides:\n  zwgk-summary:\n    sections:\n${off}\n`).detail).toMatch(/every section .* is off/);
  });
});
