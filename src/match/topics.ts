/**
 * Which topic a heading is about, read the way a grader reads it: by what the heading says most, not
 * by any word it happens to share with a topic. Every section's terms found in a heading add their
 * weights; the heading goes to the section with the highest total, and to a second one only when a
 * part of it (joined by 及/和/与/，/、) is about that one: "存在的问题及改进措施" is two topics,
 * "规范发布流程，提高信息质量" is one (publishing), although 规范 is also an oversight word.
 */
import { anyMatches } from './any-of.js';
import type { Section } from '../ruleset/types.js';

/** The least total that makes a heading about a topic: one strong term, or two weak ones. */
export const MIN_SCORE = 2;

export interface HeadingTopic {
  /** Indices (into the rule set's sections) of the one or two topics the heading is devoted to, best first. */
  readonly sections: readonly number[];
  /** Total of the first topic. */
  readonly score: number;
  /** Per chosen section, the words of the heading that decided (same order as `sections`). */
  readonly terms: readonly (readonly string[])[];
  /** The best topic not chosen, when the heading said anything of it. */
  readonly runnerUp: { readonly section: number; readonly score: number } | null;
}

/** Where a heading joins two subjects: "问题及整改措施", "加强组织领导，规范信息发布". */
const JOINS = /[及和与暨、，,；;]|以及|并且?/u;

interface Scored {
  readonly score: number;
  readonly terms: readonly string[];
}

const NOTHING: Scored = { score: 0, terms: [] };

/** Each section's total for `text`; a section whose exclusions match scores nothing. */
function scoreAll(sections: readonly Section[], text: string): Scored[] {
  return sections.map((section) => {
    // One joined test first: most headings say nothing of most topics.
    if (!anyMatches(section.headings, text) || anyMatches(section.headingsExclude, text)) return NOTHING;
    let score = 0;
    const terms: string[] = [];
    for (const term of section.terms) {
      const m = term.pattern.exec(text);
      if (!m) continue;
      score += term.weight;
      if (m[0] && !terms.includes(m[0])) terms.push(m[0]);
    }
    return { score, terms };
  });
}

function argmax(scored: readonly Scored[]): number {
  let best = -1;
  scored.forEach((s, i) => {
    if (s.score > 0 && (best === -1 || s.score > scored[best]!.score)) best = i;
  });
  return best;
}

/** The topic or two a heading is about, or null when it is about none of the rule set's topics. */
export function classifyHeading(sections: readonly Section[], title: string): HeadingTopic | null {
  const scored = scoreAll(sections, title);
  const best = argmax(scored);
  if (best === -1 || scored[best]!.score < MIN_SCORE) return null;
  const top = scored[best]!.score;
  // A tie is a heading about both ("政策解读与回应关切" when both are topics of their own).
  const chosen = scored.flatMap((s, i) => (s.score === top ? [i] : []));
  const terms = chosen.map((i) => scored[i]!.terms);
  if (chosen.length === 1) {
    const second = secondSubject(sections, title, best);
    if (second) {
      chosen.push(second.section);
      terms.push(second.terms);
    }
  }
  let runnerUp: HeadingTopic['runnerUp'] = null;
  scored.forEach((s, i) => {
    if (s.score > 0 && !chosen.includes(i) && (!runnerUp || s.score > runnerUp.score)) runnerUp = { section: i, score: s.score };
  });
  return { sections: chosen.slice(0, 2), score: top, terms: terms.slice(0, 2), runnerUp };
}

/** A topic other than `first` that one joined part of the heading is about on its own. */
function secondSubject(sections: readonly Section[], title: string, first: number): { section: number; terms: readonly string[] } | null {
  if (!JOINS.test(title)) return null;
  for (const part of title.split(JOINS)) {
    if (part.length < 2) continue;
    const scored = scoreAll(sections, part);
    const best = argmax(scored);
    if (best !== -1 && best !== first && scored[best]!.score >= MIN_SCORE && scored[best]!.score > scored[first]!.score) {
      return { section: best, terms: scored[best]!.terms };
    }
  }
  return null;
}

/**
 * Headings repeat across reports (一、总体情况, （一）主动公开情况, and lead phrases written from the
 * same template): their verdicts are kept per rule set's sections, up to a bound, so a batch of
 * thousands of reports scores each wording once. (Caching only short titles made a batch 1.4x slower.)
 */
const cache = new WeakMap<readonly Section[], Map<string, HeadingTopic | null>>();
const CACHE_LIMIT = 20_000;

export function headingTopic(sections: readonly Section[], title: string): HeadingTopic | null {
  let known = cache.get(sections);
  if (!known) cache.set(sections, (known = new Map()));
  const hit = known.get(title);
  if (hit !== undefined) return hit;
  const topic = classifyHeading(sections, title);
  if (known.size >= CACHE_LIMIT) known.clear();
  known.set(title, topic);
  return topic;
}
