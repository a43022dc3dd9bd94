/**
 * Match stage: a rule set's sections against a report's outline and text.
 * `section`: an outline node is devoted to the topic (match/topics.ts decides what a heading is about);
 * `mention`: the body discusses it with content, or a heading names it inside a problems or plans part;
 * `missing`: neither. Content checks then mark a found section weak.
 */
import { bodyStart, nodeLines } from '../outline/index.js';
import { anyMatches, contextFree } from './any-of.js';
import { MAX_SENTENCE, sentences } from './sentences.js';
import { headingTopic, type HeadingTopic } from './topics.js';
import type { Message, Outline, SectionFinding } from '../types.js';
import type { RuleSet, Section } from '../ruleset/types.js';

export interface Matched {
  readonly sections: readonly SectionFinding[];
  readonly messages: readonly Message[];
}

export function matchSections(ruleSet: RuleSet, outline: Outline, lines: readonly string[]): Matched {
  const headings = readHeadings(ruleSet.sections, outline);
  const sections: SectionFinding[] = [];
  const messages: Message[] = [];
  ruleSet.sections.forEach((section, k) => {
    const finding = findSection(ruleSet, k, headings, outline, lines);
    sections.push(finding);
    messages.push(...messagesFor(ruleSet, section, finding, outline));
  });
  return { sections, messages };
}

/** What every outline node is about, and whether it sits inside a part that encloses its items. */
interface Headings {
  readonly topics: readonly (HeadingTopic | null)[];
  /** enclosed[i]: node i is a lead phrase under a heading of an `encloses` section (存在问题, 下一步计划). */
  readonly enclosed: readonly boolean[];
}

function readHeadings(sections: readonly Section[], outline: Outline): Headings {
  const topics = outline.nodes.map((node) => headingTopic(sections, node.title) ?? voiceOf(sections, node));
  const enclosed: boolean[] = [];
  const enclosing: boolean[] = [];
  outline.nodes.forEach((node, i) => {
    const p = node.parent;
    // Parents come before their children, so the parent's answer is known.
    // Only lead phrases (一是…) are demoted: they discuss a point inside the part, while a numbered item
    // of its own ("2、政策解读形式单一") is still a part devoted to its topic.
    const inside = p !== -1 && (enclosing[p]! || (topics[p]?.sections.some((k) => sections[k]!.encloses) ?? false));
    enclosing[i] = inside;
    enclosed[i] = inside && node.kind === 'lead';
  });
  return { topics, enclosed };
}

/**
 * A numbered item written as a sentence ("4.当前工作中仍存在…等问题") names no topic by its words,
 * but a problems or plans item says what it is by its voice: the sentence patterns of a section
 * that encloses its items (and nothing that excludes them) decide it, when exactly one matches.
 */
function voiceOf(sections: readonly Section[], node: Outline['nodes'][number]): HeadingTopic | null {
  if (node.kind !== 'heading') return null;
  let found = -1;
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k]!;
    if (!s.encloses || !anyMatches(s.keywords, node.title) || anyMatches(s.keywordsExclude, node.title)) continue;
    if (found !== -1) return null;
    found = k;
  }
  return found === -1 ? null : { sections: [found], score: 0, terms: [[firstMatch(sections[found]!.keywords, node.title)]], runnerUp: null };
}

function findSection(ruleSet: RuleSet, k: number, headings: Headings, outline: Outline, lines: readonly string[]): SectionFinding {
  // Object literals spelled out rather than `{ ...base, ... }`: spreads are a visible share of a batch's profile.
  const section = ruleSet.sections[k]!;
  const { id, name } = section;
  const { index, demoted } = bestNode(ruleSet.sections, k, headings, outline);
  if (index !== -1) {
    const node = outline.nodes[index]!;
    const topic = headings.topics[index];
    // Most sections set neither minChars nor figures: then nothing reads the content.
    const { weak, figures } = section.minChars > 0 || section.figures !== null ? substance(ruleSet, section, nodeLines(outline, lines, index)) : SUBSTANTIAL;
    const which = topic ? topic.sections.indexOf(k) : -1;
    const runnerUp = topic?.runnerUp ? { id: ruleSet.sections[topic.runnerUp.section]!.id, score: topic.runnerUp.score } : null;
    return {
      id,
      name,
      status: 'section',
      line: node.line,
      evidence: evidence(`${node.marker}${node.title}`),
      weak,
      figures,
      terms: which === -1 ? [] : topic!.terms[which]!,
      runnerUp,
      score: topic?.score ?? 0,
    };
  }
  const { span } = outline;
  if (span.title && anyMatches(section.titles, span.title) && !anyMatches(section.titlesExclude, span.title)) {
    // The document itself is of this kind (a 工作计划 is all plans): its title is the evidence.
    return { id, name, status: 'section', line: span.startLine, evidence: evidence(span.title), weak: false, figures: true, terms: [firstMatch(section.titles, span.title)], runnerUp: null, score: 0 };
  }
  const mention = findMention(ruleSet, section, outline, lines);
  // A heading about the topic inside a problems or plans part is a mention of it there.
  const fromHeading = demoted === -1 ? null : outline.nodes[demoted]!;
  if (fromHeading && (!mention || fromHeading.line <= mention.line)) {
    const topic = headings.topics[demoted]!;
    const terms = topic.terms[topic.sections.indexOf(k)] ?? [];
    return { id, name, status: 'mention', line: fromHeading.line, evidence: evidence(`${fromHeading.marker}${fromHeading.title}`), weak: false, figures: true, terms };
  }
  if (mention) return { id, name, status: 'mention', line: mention.line, evidence: evidence(mention.text), weak: false, figures: true, terms: [mention.term] };
  return { id, name, status: 'missing', line: null, evidence: null, weak: false, figures: true };
}

/**
 * The highest-level heading devoted to section k (the first of those), and the first heading about it
 * that sits inside an enclosing part, which only mentions it. A section marked `unclaimed` with no
 * heading of its own takes the report's top-level items that no section claims, when there are two or more.
 */
function bestNode(sections: readonly Section[], k: number, headings: Headings, outline: Outline): { index: number; demoted: number } {
  const own = sections[k]!.encloses;
  let index = -1;
  let demoted = -1;
  outline.nodes.forEach((node, i) => {
    if (!headings.topics[i]?.sections.includes(k)) return;
    if (headings.enclosed[i] && !own) {
      if (demoted === -1) demoted = i;
      return;
    }
    if (index === -1 || node.level < outline.nodes[index]!.level) index = i;
  });
  if (index === -1 && sections[k]!.unclaimed) index = firstUnclaimedItem(headings, outline);
  return { index, demoted };
}

/** The first of the top-level items no topic claims, when the report lists two or more of them. */
function firstUnclaimedItem(headings: Headings, outline: Outline): number {
  // A loop, not Math.min(...levels): a hostile report can hold hundreds of thousands of lead phrases.
  let level = Infinity;
  for (const n of outline.nodes) if (n.level < level) level = n.level;
  const items = outline.nodes.flatMap((n, i) => (n.level === level && !headings.topics[i] && !headings.enclosed[i] ? [i] : []));
  return items.length >= 2 ? items[0]! : -1;
}

/** A keyword in a sentence of the body that no exclusion pattern vetoes, with the words it matched. */
function findMention(ruleSet: RuleSet, section: Section, outline: Outline, lines: readonly string[]): { line: number; text: string; term: string } | null {
  if (!section.keywords.length) return null;
  const skipLines = contextFree(section.keywords);
  for (let n = bodyStart(outline.span); n <= outline.span.endLine; n++) {
    const line = lines[n - 1]!;
    // Most lines mention none of the keywords: one test of the line spares cutting it up.
    if (skipLines && line.length <= 2 * MAX_SENTENCE && !anyMatches(section.keywords, line)) continue;
    for (const piece of sentences(line)) {
      const sentence = withoutDocumentNames(piece);
      if (!anyMatches(section.keywords, sentence)) continue;
      if (anyMatches(ruleSet.filler, sentence)) continue;
      if (anyMatches(section.keywordsExclude, sentence)) continue;
      const term = firstMatch(section.keywords, sentence);
      return { line: n, text: piece, term };
    }
  }
  return null;
}

/**
 * The sentence with the names of documents blanked: "落实《…考评方案》" names a document, it does not
 * say that anything was assessed.
 */
function withoutDocumentNames(sentence: string): string {
  return sentence.includes('《') ? sentence.replace(DOCUMENT_NAME, '《》') : sentence;
}

const DOCUMENT_NAME = /《[^《》]{1,80}》/gu;

/**
 * The text the first matching pattern found: the evidence words a grader reads, up to the first
 * comma (a pattern that bridges clauses would otherwise quote half the sentence).
 */
function firstMatch(patterns: readonly RegExp[], text: string): string {
  for (const p of patterns) {
    const m = p.exec(text);
    if (!m) continue;
    const comma = m[0].slice(2).search(/[，,；;]/u);
    return comma === -1 ? m[0] : m[0].slice(0, comma + 2);
  }
  return '';
}

const SUBSTANTIAL = { weak: false, figures: true } as const;

/**
 * Whether a found section is thin (fewer than minChars characters of substance) and whether it
 * gives figures, stock sentences (`filler`) set aside. Reads sentence by sentence only as far as it
 * must: most parts pass both tests within their first sentences, so the rest is never filtered.
 */
function substance(ruleSet: RuleSet, section: Section, content: Iterable<string>): { weak: boolean; figures: boolean } {
  const { minChars } = section;
  let chars = 0;
  let figures = section.figures === null;
  for (const line of content) {
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
  for (let i = 0; i < text.length && chars < limit; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character of substance (two units, as the rule set's minChars counts).
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      chars += 2;
      i++;
    } else if (!isSpaceOrPunct(code)) chars += 1;
  }
  return chars;
}

/** Space or punctuation (\s, \p{P}) by UTF-16 code, each code tested by the regex once and remembered. */
const SPACE_OR_PUNCT = /^[\s\p{P}]$/u;
const known = new Uint8Array(0x10000); // 0 not yet known, 1 substance, 2 space or punctuation
function isSpaceOrPunct(code: number): boolean {
  let k = known[code]!;
  if (k === 0) known[code] = k = SPACE_OR_PUNCT.test(String.fromCharCode(code)) ? 2 : 1;
  return k === 2;
}

function messagesFor(ruleSet: RuleSet, section: Section, finding: SectionFinding, outline: Outline): Message[] {
  const ruleId = `${ruleSet.id}/${section.id}`;
  const args = { section: section.id, name: section.name, nameEn: section.nameEn, hint: section.hint, hintEn: section.hintEn };
  switch (finding.status) {
    case 'missing':
      return [{ ruleId, code: 'sectionMissing', args, severity: section.severity, line: outline.span.startLine, column: 1 }];
    case 'mention':
      // The words that made it a mention, so a grader can agree or disagree at a glance.
      return [{ ruleId, code: 'sectionOnlyMentioned', args: { ...args, words: (finding.terms ?? []).join('”“') }, severity: 'info', line: finding.line!, column: 1 }];
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
