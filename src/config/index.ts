/**
 * What the CLI asks of the config: which config applies (--config, --no-config, or the nearest
 * one found), and the rule sets it yields (built-in, the config's `rules`, --rules, then overrides).
 */
import { resolve } from 'node:path';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../ruleset/load.js';
import type { RuleSet } from '../ruleset/types.js';
import { applyOverrides } from './apply.js';
import { findConfig, loadConfig } from './load.js';
import type { Config } from './types.js';

export type { Config } from './types.js';

/** `--config <file>` loads that file; `--no-config` (false) loads none; otherwise the nearest one from `cwd` up. */
export function resolveConfig(flag: string | boolean | undefined, cwd: string): Config | null {
  if (flag === false) return null;
  if (typeof flag === 'string') return loadConfig(resolve(cwd, flag));
  const found = findConfig(cwd);
  return found ? loadConfig(found) : null;
}

/** Built-in rule sets, then the config's `rules`, then every --rules path; a later id replaces an earlier one. */
export function collectRuleSets(config: Config | null, extra: readonly string[], cwd: string): RuleSet[] {
  const byId = new Map<string, RuleSet>();
  const add = (path: string) => {
    for (const r of loadRuleSets(path)) byId.set(r.id, r);
  };
  add(BUILTIN_RULES_DIR);
  for (const path of config?.spec.rules ?? []) add(resolve(config!.dir, path));
  for (const path of extra) add(resolve(cwd, path));
  return applyOverrides([...byId.values()], config);
}
