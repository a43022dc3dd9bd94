/**
 * Report-level content checks, switched on and off per rule set (`checks:` in YAML) and by config.
 * Each check is one module: (context) -> messages. Adding a check is one file plus one line here.
 */
import type { Message, Outline, SectionFinding } from '../types.js';
import type { RuleSet } from '../ruleset/types.js';
import { placeholders } from './placeholders.js';
import { years } from './years.js';
import { order } from './order.js';
import { tables } from './tables.js';

export interface CheckContext {
  readonly ruleSet: RuleSet;
  readonly outline: Outline;
  readonly lines: readonly string[];
  readonly sections: readonly SectionFinding[];
}

type Check = (ctx: CheckContext) => Message[];

const CHECKS: Record<string, { readonly run: Check; readonly enabled: (ruleSet: RuleSet) => boolean }> = {
  placeholders: { run: placeholders, enabled: (r) => r.spec.checks?.placeholders !== false },
  years: { run: years, enabled: (r) => r.spec.checks?.years !== false },
  order: { run: order, enabled: (r) => r.ordered },
  tables: { run: tables, enabled: (r) => (r.spec.checks?.tables?.length ?? 0) > 0 },
};

export function runChecks(ctx: CheckContext): Message[] {
  return Object.values(CHECKS).flatMap((check) => (check.enabled(ctx.ruleSet) ? check.run(ctx) : []));
}
