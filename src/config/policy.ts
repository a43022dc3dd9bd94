/**
 * The config's `severity:`, `overrides.<rule set>.severity`, `waive:` and the command line's
 * --severity as one Policy (score/policy.ts). Keys are checked here, so a misspelt one is an error
 * at the config line or flag that wrote it, not a setting that silently does nothing.
 */
import { RuleSetError, UsageError } from '../errors.js';
import { zh } from '../messages/zh.js';
import type { RuleSet } from '../ruleset/types.js';
import { CHECK_KEYS, type Level, type Policy, type SeverityMap } from '../score/policy.js';
import type { Config } from './types.js';

const LEVELS: readonly Level[] = ['off', 'info', 'warning', 'error'];

/** Every key a severity or waiver may name: check names, message codes, rule ids and section ids. */
export function knownKeys(ruleSets: readonly RuleSet[]): Set<string> {
  const keys = new Set<string>([...CHECK_KEYS, ...Object.keys(zh)]);
  for (const r of ruleSets) {
    keys.add(`${r.id}/order`);
    for (const s of r.sections) keys.add(s.id).add(`${r.id}/${s.id}`);
  }
  return keys;
}

/**
 * `--severity placeholder=error` (repeatable, or comma-separated) as a map for every rule set, and
 * `--severity zwgk-summary:placeholder=error` as maps for one.
 */
export function parseSeverityFlags(flags: readonly string[], known: ReadonlySet<string>, ruleSetIds: readonly string[]): { all: SeverityMap; byRuleSet: Record<string, SeverityMap> } {
  const all: Record<string, Level> = {};
  const byRuleSet: Record<string, Record<string, Level>> = {};
  for (const part of flags.flatMap((f) => f.split(','))) {
    const [scoped, level, ...rest] = part.split('=').map((x) => x.trim());
    if (!scoped || !level || rest.length) throw new UsageError(`--severity takes key=level, e.g. placeholder=error; got "${part}"`);
    const colon = scoped.indexOf(':');
    const ruleSet = colon < 0 ? undefined : scoped.slice(0, colon);
    const key = colon < 0 ? scoped : scoped.slice(colon + 1);
    if (!LEVELS.includes(level as Level)) throw new UsageError(`--severity ${scoped}: level must be one of ${LEVELS.join(', ')}; got "${level}"`);
    if (ruleSet !== undefined && !ruleSetIds.includes(ruleSet)) throw new UsageError(`--severity: unknown rule set "${ruleSet}"; known: ${ruleSetIds.join(', ')}`);
    if (!known.has(key)) throw new UsageError(`--severity: unknown check or rule "${key}"; use a check name (${CHECK_KEYS.join(', ')}), a message code or a section id`);
    if (ruleSet === undefined) all[key] = level as Level;
    else (byRuleSet[ruleSet] ??= {})[key] = level as Level;
  }
  return { all, byRuleSet };
}

/** The run's policy; undefined when nothing in it changes a finding. */
export function buildPolicy(config: Config | null, flags: readonly string[], ruleSets: readonly RuleSet[], cwd: string, today: string): Policy | undefined {
  const known = knownKeys(ruleSets);
  const { all: cli, byRuleSet: cliByRuleSet } = parseSeverityFlags(flags, known, ruleSets.map((r) => r.id));
  const spec = config?.spec;
  const fail = (path: (string | number)[], detail: string): never => {
    const { line, column } = config!.locate(path);
    throw new RuleSetError(config!.file, line, column, detail);
  };
  const checkKeys = (map: Record<string, string> | undefined, path: (string | number)[]) => {
    for (const key of Object.keys(map ?? {})) if (!known.has(key)) fail([...path, key], `unknown check or rule "${key}"; use a check name (${CHECK_KEYS.join(', ')}), a message code or a section id`);
  };
  checkKeys(spec?.severity, ['severity']);
  const byRuleSet: Record<string, SeverityMap> = {};
  for (const [id, o] of Object.entries(spec?.overrides ?? {})) {
    if (!o.severity) continue;
    checkKeys(o.severity, ['overrides', id, 'severity']);
    byRuleSet[id] = o.severity;
  }
  const waivers = spec?.waive ?? [];
  waivers.forEach((w, i) => {
    if (w.rule === undefined && w.section === undefined) fail(['waive', i], 'a waiver needs a rule or a section: what does it accept?');
    if (w.rule !== undefined && !known.has(w.rule)) fail(['waive', i, 'rule'], `unknown check or rule "${w.rule}"`);
    if (w.section !== undefined && !known.has(w.section)) fail(['waive', i, 'section'], `unknown section "${w.section}"`);
  });
  const policy: Policy = {
    ...(Object.keys(cli).length ? { cli } : {}),
    ...(Object.keys(cliByRuleSet).length ? { cliByRuleSet } : {}),
    ...(spec?.severity ? { global: spec.severity } : {}),
    ...(Object.keys(byRuleSet).length ? { byRuleSet } : {}),
    ...(waivers.length
      ? { waivers: waivers.map((w) => ({ ...w, ...(typeof w.files === 'string' ? { files: [w.files] } : {}) })) as Policy['waivers'], today, cwd, dir: config!.dir }
      : {}),
  };
  return Object.keys(policy).length ? policy : undefined;
}

/** Today as YYYY-MM-DD in local time: a waiver "until 2025-06-30" lasts to the end of that day where the user is. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
