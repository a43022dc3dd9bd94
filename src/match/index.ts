/**
 * Match stage: a rule set's sections against a report's outline and text.
 * `section`: an outline node's own words name the topic; `mention`: the body discusses it
 * with content; `missing`: neither. Content checks then mark a found section weak.
 */
import { bodyStart, nodeContent } from '../outline/index.js';
import { anyMatches, contextFree } from './any-of.js';
import { MAX_SENTENCE, sentences } from './sentences.js';
import type { Message, Outline, SectionFinding } from '../types.js';
import type { RuleSet, Section } from '../ruleset/types.js';

export interface Matched {
  readonly sections: readonly SectionFinding[];
  readonly messages: readonly Message[];
}

export function matchSections(ruleSet: RuleSet, outline: Outline, lines: readonly string[]): Matched {
  const sections: SectionFinding[] = [];
  const messages: Message[] = [];
  for (const section of ruleSet.sections) {
    const finding = findSection(ruleSet, section, outline, lines);
    sections.push(finding);
    messages.push(...messagesFor(ruleSet, section, finding, outline));
  }
  return { sections, messages };
}

function findSection(ruleSet: RuleSet, section: Section, outline: Outline, lines: readonly string[]): SectionFinding {
  // Object literals spelled out rather than `{ ...base, ... }`: spreads are a visible share of a batch's profile.
  const { id, name } = section;
  const index = bestNode(section, outline);
  if (index !== -1) {
    const node = outline.nodes[index]!;
    // Most sections set neither minChars nor figures: then nothing reads the content.
    const { weak, figures } = section.minChars > 0 || section.figures !== null ? substance(ruleSet, section, nodeContent(outline, lines, index)) : SUBSTANTIAL;
    return { id, name, status: 'section', line: node.line, evidence: evidence(lines[node.line - 1]!), weak, figures };
  }
  const mention = findMention(ruleSet, section, outline, lines);
  if (mention) return { id, name, status: 'mention', line: mention.line, evidence: evidence(mention.text), weak: false, figures: true };
  return { id, name, status: 'missing', line: null, evidence: null, weak: false, figures: true };
}

/** The highest-level node whose own words name the topic; the first of those. */
function bestNode(section: Section, outline: Outline): number {
  let best = -1;
  outline.nodes.forEach((node, i) => {
    if (!anyMatches(section.headings, node.title)) return;
    if (anyMatches(section.headingsExclude, node.title)) return;
    if (best === -1 || node.level < outline.nodes[best]!.level) best = i;
  });
  return best;
}

/** A keyword in a sentence of the body that no exclusion pattern vetoes. */
function findMention(ruleSet: RuleSet, section: Section, outline: Outline, lines: readonly string[]): { line: number; text: string } | null {
  if (!section.keywords.length) return null;
  const skipLines = contextFree(section.keywords);
  for (let n = bodyStart(outline.span); n <= outline.span.endLine; n++) {
    const line = lines[n - 1]!;
    // Most lines mention none of the keywords: one test of the line spares cutting it up.
    if (skipLines && line.length <= 2 * MAX_SENTENCE && !anyMatches(section.keywords, line)) continue;
    for (const sentence of sentences(line)) {
      if (!anyMatches(section.keywords, sentence)) continue;
      if (anyMatches(ruleSet.filler, sentence)) continue;
      if (anyMatches(section.keywordsExclude, sentence)) continue;
      return { line: n, text: sentence };
    }
  }
  return null;
}

const SUBSTANTIAL = { weak: false, figures: true } as const;

/**
 * Whether a found section is thin (fewer than minChars characters of substance) and whether it
 * gives figures, stock sentences (`filler`) set aside. Reads sentence by sentence only as far as it
 * must: most parts pass both tests within their first sentences, so the rest is never filtered.
 */
function substance(ruleSet: RuleSet, section: Section, content: string): { weak: boolean; figures: boolean } {
  const { minChars } = section;
  let chars = 0;
  let figures = section.figures === null;
  for (const line of content.split('\n')) {
    for (const sentence of sentences(line)) {
      if (chars >= minChars && figures) return SUBSTANTIAL;
      if (anyMatches(ruleSet.filler, sentence)) continue;
      chars = countSubstance(sentence, chars, minChars);
      figures ||= section.figures!.test(sentence);
    }
  }
  return { weak: chars < minChars, figures };
}

/**
 * `chars` plus the characters of `text` that are neither space nor punctuation, counting only as
 * far as `limit` (UTF-16 code units, as the rule set's minChars is given).
 */
function countSubstance(text: string, chars: number, limit: number): number {
  for (const ch of text) {
    if (chars >= limit) return chars;
    if (!SPACE_OR_PUNCT.test(ch)) chars += ch.length;
  }
  return chars;
}

const SPACE_OR_PUNCT = /^[\s\p{P}]$/u;

function messagesFor(ruleSet: RuleSet, section: Section, finding: SectionFinding, outline: Outline): Message[] {
  const ruleId = `${ruleSet.id}/${section.id}`;
  const args = { section: section.id, name: section.name, nameEn: section.nameEn, hint: section.hint, hintEn: section.hintEn };
  switch (finding.status) {
    case 'missing':
      return [{ ruleId, code: 'sectionMissing', args, severity: section.severity, line: outline.span.startLine, column: 1 }];
    case 'mention':
      return [{ ruleId, code: 'sectionOnlyMentioned', args, severity: 'info', line: finding.line!, column: 1 }];
    case 'section': {
      const out: Message[] = [];
      if (finding.weak) out.push({ ruleId, code: 'sectionWeak', args, severity: 'warning', line: finding.line!, column: 1 });
      if (!finding.figures) out.push({ ruleId, code: 'sectionNoFigures', args, severity: 'warning', line: finding.line!, column: 1 });
      return out;
    }
  }
}

function evidence(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
}
