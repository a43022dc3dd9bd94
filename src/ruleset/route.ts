/**
 * Routing: which rule set checks a report. By title first (highest priority wins), then by content
 * (enough distinct topic keywords in the body), then the fallback rule set, else none.
 */
import { anyMatches } from '../match/any-of.js';
import { sentences } from '../match/sentences.js';
import type { Routing } from '../types.js';
import type { RuleSet } from './types.js';

export interface Routed {
  readonly ruleSet: RuleSet | null;
  readonly routing: Routing;
}

/** `body` builds the report's body text; it is only called when no title pattern decides. */
export function route(title: string, body: () => string, ruleSets: readonly RuleSet[], forced?: RuleSet): Routed {
  if (forced) return { ruleSet: forced, routing: { ruleSet: forced.id, by: 'forced', evidence: '--rule-set' } };

  const byTitle = best(ruleSets.filter((r) => matchTitle(r, title)));
  if (byTitle) {
    const pattern = byTitle.titles.find((p) => p.test(title))!;
    return { ruleSet: byTitle, routing: { ruleSet: byTitle.id, by: 'title', evidence: pattern.source } };
  }

  let chosen: { ruleSet: RuleSet; hits: string[] } | null = null;
  // The body's sentences, cut once for every keyword of every rule set (and only when needed).
  let parts: string[] | null = null;
  for (const ruleSet of ruleSets) {
    if (!ruleSet.content) continue;
    parts ??= sentences(body());
    const hits = ruleSet.content.keywords.filter((k) => parts!.some((s) => k.test(s))).map((k) => k.source);
    if (hits.length >= ruleSet.content.minHits && (!chosen || ruleSet.priority > chosen.ruleSet.priority)) {
      chosen = { ruleSet, hits };
    }
  }
  if (chosen) {
    return { ruleSet: chosen.ruleSet, routing: { ruleSet: chosen.ruleSet.id, by: 'content', evidence: chosen.hits.join(' ') } };
  }

  const fallback = best(ruleSets.filter((r) => r.fallback));
  if (fallback) return { ruleSet: fallback, routing: { ruleSet: fallback.id, by: 'fallback', evidence: 'fallback' } };
  return { ruleSet: null, routing: { ruleSet: null, by: 'none', evidence: '' } };
}

function matchTitle(ruleSet: RuleSet, title: string): boolean {
  return anyMatches(ruleSet.titles, title) && !anyMatches(ruleSet.excludeTitles, title);
}

function best(candidates: readonly RuleSet[]): RuleSet | null {
  return candidates.reduce<RuleSet | null>((a, b) => (!a || b.priority > a.priority ? b : a), null);
}
