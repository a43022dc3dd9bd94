/**
 * The user's say over findings, applied before scoring (issue 13): each check's severity
 * (off / info / warning / error) and waivers with a reason. Pure data in, so the pool's workers
 * apply it as the main thread does; globs and dates are resolved against values the CLI gives.
 */
import { posix, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Message, Severity } from '../types.js';

export type Level = Severity | 'off';

/** Severities by key: a message code, a rule id, a section id or a check name (see keysOf). */
export type SeverityMap = Readonly<Record<string, Level>>;

export interface Waiver {
  /** Globs relative to the config's folder; none means every file. */
  readonly files?: readonly string[];
  /** A key as for severities: a check name, rule id or code. */
  readonly rule?: string;
  /** A section id: the findings about that section. */
  readonly section?: string;
  readonly reason: string;
  /** Last day it applies, YYYY-MM-DD. */
  readonly until?: string;
}

export interface Policy {
  /** From the command line: wins over the config for the same key. */
  readonly cli?: SeverityMap;
  /** From the command line for one rule set (`--severity zwgk-summary:placeholders=error`). */
  readonly cliByRuleSet?: Readonly<Record<string, SeverityMap>>;
  /** The config's `severity:`. */
  readonly global?: SeverityMap;
  /** The config's `overrides.<rule set>.severity`. */
  readonly byRuleSet?: Readonly<Record<string, SeverityMap>>;
  readonly waivers?: readonly Waiver[];
  /** Today, YYYY-MM-DD: a waiver past its `until` no longer applies. */
  readonly today?: string;
  /** Where paths are resolved (cwd) and waiver globs are relative to (the config's folder). */
  readonly cwd?: string;
  readonly dir?: string;
}

/** Check names a key may use besides codes and rule ids; `placeholder` is the singular of `placeholders`. */
export const CHECK_KEYS = ['placeholders', 'placeholder', 'years', 'order', 'tables', 'sections', 'similar'] as const;

/**
 * The keys a finding answers to, most specific first: its code, its rule id, its section id, its check.
 * Section findings have rule ids `<rule set>/<section>`; the order check `<rule set>/order`.
 */
export function keysOf(m: Message): string[] {
  const slash = m.ruleId.indexOf('/');
  if (slash < 0) {
    return m.ruleId === 'placeholders' ? [m.code, 'placeholders', 'placeholder'] : [m.code, m.ruleId];
  }
  const tail = m.ruleId.slice(slash + 1);
  return tail === 'order' ? [m.code, m.ruleId, 'order'] : [m.code, m.ruleId, tail, 'sections'];
}

/** The section a finding is about (`<rule set>/<section>` rule ids), or undefined. */
export function sectionOf(m: Message): string | undefined {
  const slash = m.ruleId.indexOf('/');
  const tail = slash < 0 ? undefined : m.ruleId.slice(slash + 1);
  return tail === 'order' ? undefined : tail;
}

/**
 * The severity the policy gives a finding: the most specific key set anywhere; for one key the
 * command line (for this rule set, then for all), then the config (for this rule set, then for all).
 */
function levelOf(m: Message, ruleSet: string, policy: Policy): Level {
  const layers = [policy.cliByRuleSet?.[ruleSet], policy.cli, policy.byRuleSet?.[ruleSet], policy.global];
  for (const key of keysOf(m)) {
    for (const layer of layers) {
      const level = layer?.[key];
      if (level) return level;
    }
  }
  return m.severity;
}

/** Messages with the policy's severities (an `off` one dropped) and waivers applied. */
export function applyPolicy(messages: readonly Message[], ruleSet: string, path: string, policy: Policy | undefined): Message[] {
  if (!policy) return [...messages];
  const waivers = activeWaivers(policy).filter((w) => w.files === undefined || fileMatches(w.files, path, policy));
  const out: Message[] = [];
  for (const m of messages) {
    const level = levelOf(m, ruleSet, policy);
    if (level === 'off') continue;
    const shown = level === m.severity ? m : { ...m, severity: level };
    const keys = keysOf(m);
    const waiver = waivers.find((w) => (w.rule === undefined || keys.includes(w.rule)) && (w.section === undefined || sectionOf(m) === w.section));
    out.push(waiver ? { ...shown, waived: { index: waiver.index, reason: waiver.reason } } : shown);
  }
  return out;
}

/** The waivers that still apply, each with its index in the config's list. */
function activeWaivers(policy: Policy): (Waiver & { index: number })[] {
  return (policy.waivers ?? []).map((w, index) => ({ ...w, index })).filter((w) => !isExpired(w, policy.today));
}

export function isExpired(w: Waiver, today: string | undefined): boolean {
  return w.until !== undefined && today !== undefined && w.until < today;
}

function fileMatches(globs: readonly string[], path: string, policy: Policy): boolean {
  const rel = relative(policy.dir ?? '.', resolve(policy.cwd ?? '.', path)).split(sep).join(posix.sep);
  // The same glob syntax as the ignore patterns (picomatch); a glob without a slash also matches the file's name.
  return globs.some((g) => picomatch(g.replace(/^\.\//, ''), { dot: true })(rel) || (!g.includes('/') && picomatch(g, { dot: true })(posix.basename(rel))));
}
