/**
 * What `reportlint page` embeds in the page for the engine: the rule sets as the CLI compiled them
 * (built-in, the project's config and rule files, its overrides), the config's policy and settings.
 * Pure JSON both ways, so the node side writes it and the browser reads it with no YAML or ajv.
 */
import type { RuleSet } from '../ruleset/types.js';
import type { Policy } from '../score/policy.js';
import type { SimilarSettings } from '../similar/options.js';
import type { Lang } from '../types.js';

export interface PageData {
  /** reportlint's version that built the page. */
  readonly version: string;
  /** Where the rules came from: the config file's name, or null for the built-in rule sets alone. */
  readonly configName: string | null;
  /** Rule sets in the CLI's order, regexes written as {"$regexp": [source, flags]} (see reviveRuleSets). */
  readonly ruleSets: unknown;
  readonly policy?: Policy;
  readonly minScore?: number;
  /** The config's `ruleSet:` (every report checked with it). */
  readonly ruleSet?: string;
  readonly lang: Lang;
  readonly encoding?: string;
  readonly similar?: SimilarSettings;
  /** false when the config turns the 内容雷同 pass off. */
  readonly similarEnabled: boolean;
}

const REGEXP = '$regexp';

/**
 * Compiled rule sets -> JSON. The compiled form (not the YAML specs) is what is embedded: the
 * config's overrides act on compiled rule sets (config/apply.ts), so the page checks with exactly
 * the rule sets the CLI checks with, and needs neither the YAML parser nor the schema validator.
 */
export function ruleSetsJson(ruleSets: readonly RuleSet[]): unknown {
  return JSON.parse(JSON.stringify(ruleSets, (_key, value: unknown) => (value instanceof RegExp ? { [REGEXP]: [value.source, value.flags] } : value)));
}

/** The embedded JSON -> rule sets with live RegExps again. */
export function reviveRuleSets(json: unknown): RuleSet[] {
  return JSON.parse(JSON.stringify(json), (_key, value: unknown) => {
    if (value && typeof value === 'object' && REGEXP in value) {
      const [source, flags] = (value as Record<string, [string, string]>)[REGEXP]!;
      return new RegExp(source, flags);
    }
    return value;
  }) as RuleSet[];
}
