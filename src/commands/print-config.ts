/**
 * `--print-config <file>`: the settings that apply when this file is checked, after the config
 * file, the flags and the ignore patterns are merged, as JSON (ESLint's --print-config).
 */
import { resolve } from 'node:path';
import { ignoreFilter, ignoreSources } from '../config/ignore.js';
import type { Config } from '../config/index.js';
import type { RuleSet } from '../ruleset/types.js';
import type { Lang } from '../types.js';
import type { CheckArgs } from './check.js';

export function printConfig(file: string, args: CheckArgs, config: Config | null, ruleSets: readonly RuleSet[], lang: Lang, cwd: string): string {
  const spec = config?.spec ?? {};
  const sources = ignoreSources(config, args['ignore-pattern'] ?? [], cwd);
  const skip = ignoreFilter(sources, cwd);
  const settings = {
    file: resolve(cwd, file),
    configFile: config?.file ?? null,
    // Named outright, a file is checked all the same; ignored is what a folder or glob would do.
    ignored: skip ? skip(file) : false,
    lang,
    format: args.format ?? spec.format ?? 'stylish',
    ruleSet: args['rule-set'] ?? spec.ruleSet ?? null,
    minScore: args['min-score'] ?? spec.minScore ?? null,
    encoding: args.encoding ?? spec.encoding ?? null,
    ruleSets: ruleSets.map((r) => ({ id: r.id, file: r.file, passMark: r.passMark })),
    ignore: { config: sources[0]!.patterns, reportlintignore: sources[1]!.patterns.filter((l) => l.trim() && !l.startsWith('#')), ignorePattern: sources[2]!.patterns },
    similar: args.similar ? { ...spec.similar, ...(args['similar-threshold'] !== undefined ? { threshold: args['similar-threshold'] } : {}) } : false,
    overrides: spec.overrides ?? {},
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}
