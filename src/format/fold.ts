/**
 * Findings folded where they repeat (issue 13): the same code of the same rule in one report is one
 * line with a count and its first few places, so 500 "XX" placeholders do not drown the rest.
 * For the formats a person reads (stylish, html); JSON and the machine formats keep every finding.
 */
import { wordsFor } from '../messages/words.js';
import type { Lang, Message } from '../types.js';

/** One line of findings: the first, and how many more of its kind and where. */
export interface Folded {
  readonly first: Message;
  readonly count: number;
  /** The later ones' places, up to PLACES of them. */
  readonly more: readonly Message[];
}

/** Places listed after the first before "…". */
const PLACES = 3;

/** Messages in order, each kind (rule, code, severity, waived or not) folded onto its first. */
export function fold(messages: readonly Message[]): Folded[] {
  const byKey = new Map<string, { first: Message; count: number; more: Message[] }>();
  for (const m of messages) {
    const key = `${m.ruleId}\u0000${m.code}\u0000${m.severity}\u0000${m.waived ? m.waived.index : ''}`;
    const group = byKey.get(key);
    if (!group) byKey.set(key, { first: m, count: 1, more: [] });
    else {
      group.count++;
      if (group.more.length < PLACES) group.more.push(m);
    }
  }
  return [...byKey.values()];
}

/** "（共 17 处，另见 6:20、9:13、9:20 等）" / " (17 in all; also 6:20, 9:13, 9:20 …)"; '' for one. */
export function foldNote(f: Folded, lang: Lang): string {
  if (f.count < 2) return '';
  const places = f.more.map((m) => `${m.line}:${m.column}`);
  const etc = f.count - 1 > f.more.length;
  return wordsFor(lang).foldNote(f.count, places, etc);
}

/** The search string a Word or WPS user can type to find the finding's line: 「全年主动公开政府信息」. */
export function findText(m: Message): string {
  return m.lineStart ? `「${m.lineStart}」` : '';
}
