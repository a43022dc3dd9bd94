/**
 * Config overrides -> modified RuleSet objects. Rule sets stay data: nothing here runs a check,
 * it only re-weights, re-grades or drops sections and switches checks, then the spec is
 * re-validated so a misspelt check name is caught at the config line that wrote it.
 */
import { RuleSetError } from '../errors.js';
import type { ChecksSpec, RuleSet, Section } from '../ruleset/types.js';
import { validateSpec } from '../ruleset/validate.js';
import type { Config, RuleSetOverride } from './types.js';

/** Every rule set with the config's overrides applied; an override naming an unknown rule set or section is an error. */
export function applyOverrides(ruleSets: readonly RuleSet[], config: Config | null): RuleSet[] {
  const overrides = config?.spec.overrides ?? {};
  const fail = (path: (string | number)[], detail: string): never => {
    const { line, column } = config!.locate(path);
    throw new RuleSetError(config!.file, line, column, detail);
  };
  for (const id of Object.keys(overrides)) {
    if (!ruleSets.some((r) => r.id === id)) {
      fail(['overrides', id], `overrides: unknown rule set "${id}"; known: ${ruleSets.map((r) => r.id).join(', ')}`);
    }
  }
  return ruleSets.map((r) => (overrides[r.id] ? applyOne(r, overrides[r.id]!, (p, d) => fail(['overrides', r.id, ...p], d)) : r));
}

function applyOne(ruleSet: RuleSet, o: RuleSetOverride, fail: (path: (string | number)[], detail: string) => never): RuleSet {
  const changes = o.sections ?? {};
  for (const id of Object.keys(changes)) {
    if (!ruleSet.sections.some((s) => s.id === id)) {
      fail(['sections', id], `unknown section "${id}" in rule set ${ruleSet.id}; known: ${ruleSet.sections.map((s) => s.id).join(', ')}`);
    }
  }
  const keep = (id: string) => changes[id]?.off !== true;
  const sections = ruleSet.sections.filter((s) => keep(s.id)).map((s): Section => ({ ...s, ...pick(changes[s.id]) }));
  if (!sections.length) fail(['sections'], `every section of rule set ${ruleSet.id} is off; nothing would be checked`);
  const checks = mergeChecks(ruleSet.spec.checks, o.checks);
  const spec = {
    ...ruleSet.spec,
    passMark: o.passMark ?? ruleSet.spec.passMark,
    sections: ruleSet.spec.sections.filter((s) => keep(s.id)).map((s) => ({ ...s, ...pick(changes[s.id]) })),
    ...(checks ? { checks } : {}),
  };
  const problem = validateSpec(spec);
  if (problem) {
    const name = problem.path[0] === 'checks' ? problem.path[1] : undefined;
    fail(name !== undefined ? ['checks', name] : [], `rule set ${ruleSet.id} after overrides: ${problem.message}`);
  }
  return { ...ruleSet, passMark: spec.passMark, sections, spec };
}

/** Only the keys a section override may change. */
function pick(change: { weight?: number; severity?: 'error' | 'warning' } | undefined) {
  return {
    ...(change?.weight !== undefined ? { weight: change.weight } : {}),
    ...(change?.severity !== undefined ? { severity: change.severity } : {}),
  };
}

/**
 * `false` switches a check off whatever shape the rule set gives it (a list of tables becomes
 * empty); `true` keeps a check the rule set configures, or switches a plain one on.
 */
function mergeChecks(base: ChecksSpec | undefined, change: Record<string, boolean> | undefined): ChecksSpec | undefined {
  if (!change) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [name, on] of Object.entries(change)) {
    const current = out[name];
    if (!on) out[name] = Array.isArray(current) ? [] : false;
    else if (current === undefined || typeof current === 'boolean') out[name] = true;
  }
  return out as ChecksSpec;
}
