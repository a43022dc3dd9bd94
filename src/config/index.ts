/**
 * What the CLI asks of the config: which config applies (--config, --no-config, or the nearest
 * one found), and the rule sets it yields (built-in, the config's `rules`, --rules, then overrides).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RuleSetError } from '../errors.js';
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
  config?.spec.rules?.forEach((path, i) => {
    const file = resolve(config.dir, path);
    if (!existsSync(file)) {
      // Say where the config names it; "not found" alone would not tell which file to fix.
      const { line, column } = config.locate(['rules', i]);
      throw new RuleSetError(config.file, line, column, `rules: ${file} not found`);
    }
    add(file);
  });
  for (const path of extra) add(resolve(cwd, path));
  return applyOverrides([...byId.values()], config);
}
