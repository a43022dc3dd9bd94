/**
 * Outline stage: a report's lines -> its headings, numbered items and lead phrases, in document order,
 * each with its level, line, column and the extent of its content.
 */
import type { LineHint, Outline, OutlineNode, ReportSpan } from '../types.js';
import { CLAUSE_END, ENUMERATORS, LEADING_NOISE, LEAD_LEVEL, LEAD_PATTERN, TITLE_END } from './numbering.js';

interface Draft {
  kind: OutlineNode['kind'];
  level: number;
  marker: string;
  title: string;
  line: number;
  column: number;
}

/** A bare heading: a short line without sentence punctuation, standing alone. */
const BARE_MAX = 24;

export function buildOutline(
  lines: readonly string[],
  span: ReportSpan,
  hints?: readonly (LineHint | undefined)[],
): Outline {
  const drafts: Draft[] = [];
  for (let n = bodyStart(span); n <= span.endLine; n++) {
    const raw = lines[n - 1] ?? '';
    // The line a bare heading introduces: the next one with text, as files often put a blank line between.
    const heading = headingOf(raw, n, hints?.[n - 1], () => nextText(lines, n, span.endLine));
    if (heading) drafts.push(heading);
    const from = heading ? heading.column + heading.marker.length - 1 : 0;
    const inline = inlineHeadingsOf(raw, n, from);
    const leads = leadsOf(raw, n, from);
    // A loop, not push(...list): 300,000 lead phrases on one line overflowed the main thread's stack as call arguments.
    for (const d of inline.length ? [...inline, ...leads].sort((a, b) => a.column - b.column) : leads) drafts.push(d);
  }
  return { span, nodes: link(drafts, span.endLine) };
}

function nextText(lines: readonly string[], n: number, last: number): string {
  for (let i = n; i < last; i++) if ((lines[i] ?? '').trim()) return lines[i]!;
  return '';
}

/** First line of a report's body: the line after its title, or its first line when it has no title. */
export function bodyStart(span: ReportSpan): number {
  return span.title ? span.startLine + 1 : span.startLine;
}

function headingOf(raw: string, line: number, hint: LineHint | undefined, next: () => string): Draft | null {
  const noise = LEADING_NOISE.exec(raw)?.[0].length ?? 0;
  const text = raw.slice(noise);
  if (!text || isTableRow(text)) return null;
  for (const { level, pattern } of ENUMERATORS) {
    const m = pattern.exec(text);
    if (m) return { kind: 'heading', level, marker: m[0], title: titleOf(text.slice(m[0].length)), line, column: noise + 1 };
  }
  if (hint?.headingLevel) {
    return { kind: 'heading', level: hint.headingLevel, marker: hint.marker ?? '', title: titleOf(text), line, column: noise + 1 };
  }
  if (isBareHeading(text, next)) {
    return { kind: 'heading', level: 1, marker: '', title: text.trim(), line, column: noise + 1 };
  }
  return null;
}

/**
 * A row of a table pasted as text ("一、本年新收…\t5\t1\t0"): cells, not a heading. Either its last
 * cells are figures (two or more, blank cells between them allowed), or it is one short label
 * cell and one figure. Read cell by cell: as one regex, a separator that could also be a cell's
 * trailing space made a long line of tabs and figures take exponential time.
 */
function isTableRow(text: string): boolean {
  // Both forms need a tab or a |: most lines have neither.
  if (!text.includes('\t') && !text.includes('|')) return false;
  const cells = text.split(/[\t|]/u);
  let figures = 0;
  for (let i = cells.length - 1; i >= 1; i--) {
    const cell = cells[i]!;
    if (FIGURE_CELL.test(cell)) figures++;
    else if (!BLANK_CELL.test(cell)) break;
  }
  if (figures >= 2) return true;
  const label = cells[0]!;
  return figures === 1 && label.length >= 1 && label.length <= 30 && cells.slice(1).every((c) => FIGURE_CELL.test(c) || BLANK_CELL.test(c));
}

const FIGURE_CELL = /^\s*\d+\s*$/u;
const BLANK_CELL = /^\s*$/u;

/** "存在的主要问题" alone on a line, followed by its text: a heading without a number. */
function isBareHeading(text: string, next: () => string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > BARE_MAX) return false;
  if (/[。，,；;：:！!？?“”"]/u.test(t)) return false;
  if (/^\d{4}年\d{1,2}月\d{1,2}日$/u.test(t)) return false; // a date line
  return next().trim().length > t.length;
}

/**
 * Pages that lost their line breaks run a whole report into one line: "…年度报告 一、总体情况 2019年，…。
 * （一）主动公开政府信息情况 全年…". A 一、 or （一） after a sentence end or a space starts a heading there.
 */
const INLINE_HEADING = /(?<=[。；;！？!?\s])(?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[）)][、．.]?|\d{1,2}[、．](?!\d))/gu;
const MAYBE_INLINE = /[。；;！？!?\s](?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]|\d{1,2}[、．])/u;
/** Only long lines can hold a report's parts; a short line's inner "一、" is a list, not a heading. */
const DENSE = 200;

function inlineHeadingsOf(raw: string, line: number, from: number): Draft[] {
  if (raw.length < DENSE || !MAYBE_INLINE.test(raw)) return [];
  const found: Draft[] = [];
  INLINE_HEADING.lastIndex = from;
  for (let m = INLINE_HEADING.exec(raw); m; m = INLINE_HEADING.exec(raw)) {
    const level = /^[（(]/u.test(m[0]) ? 2 : /^\d/u.test(m[0]) ? 3 : 1;
    const start = m.index + m[0].length;
    found.push({ kind: 'heading', level, marker: m[0], title: titleOf(raw.slice(start, start + TITLE_WINDOW).split(/\s/u)[0]!), line, column: m.index + 1 });
  }
  return found;
}

/** Characters after a marker that can make its title: titles keep 40, cut at a clause end within the first 30. */
const TITLE_WINDOW = 400;

/** Every lead phrase holds one of these: a cheap test that most lines fail, before LEAD_PATTERN's lookbehind search. */
const MAYBE_LEAD = /[一二三四五六七八九十]是|首先|其次|再次|最后/u;

function leadsOf(raw: string, line: number, from: number): Draft[] {
  const found: Draft[] = [];
  if (!MAYBE_LEAD.test(raw)) return found;
  let sawFirst = false;
  LEAD_PATTERN.lastIndex = from;
  for (let m = LEAD_PATTERN.exec(raw); m; m = LEAD_PATTERN.exec(raw)) {
    const ordinal = m[1];
    const word = m[2];
    if (word === '首先') sawFirst = true;
    else if (word && !sawFirst) continue; // 其次/最后 without 首先 is ordinary prose
    // A window, not the rest of the line: titleOf searched a 6 MB line to its end once per lead phrase (quadratic).
    const rest = raw.slice(m.index + m[0].length, m.index + m[0].length + TITLE_WINDOW);
    found.push({ kind: 'lead', level: LEAD_LEVEL, marker: ordinal ? `${ordinal}是` : word!, title: titleOf(rest, true), line, column: m.index + 1 });
  }
  return found;
}

/** A heading's own words: up to the sentence end; a long sentence is cut at its first clause. */
export function titleOf(rest: string, lead = false): string {
  const end = rest.search(TITLE_END);
  let title = (end === -1 ? rest : rest.slice(0, end)).trim();
  if (title.length > (lead ? 20 : 30)) {
    const clause = title.search(CLAUSE_END);
    if (clause >= 2) title = title.slice(0, clause);
  }
  return title.slice(0, 40);
}

/** Sets each node's parent and endLine: content runs to the next node at the same or a higher level. */
function link(drafts: readonly Draft[], lastLine: number): OutlineNode[] {
  const endLines = new Array<number>(drafts.length).fill(lastLine);
  const parents = new Array<number>(drafts.length).fill(-1);
  const stack: number[] = [];
  drafts.forEach((d, i) => {
    while (stack.length && drafts[stack[stack.length - 1]!]!.level >= d.level) {
      const closed = stack.pop()!;
      endLines[closed] = d.line === drafts[closed]!.line ? d.line : d.line - 1;
    }
    // The parent is the nearest earlier node of a higher level whose content reaches this line:
    // the top of the open stack, since a line holds one heading at most, before its lead phrases.
    // (Scanning back for it instead was quadratic in a long report's top-level headings.)
    parents[i] = stack.length ? stack[stack.length - 1]! : -1;
    stack.push(i);
  });
  // Spelled out rather than spread: `{ ...d }` here was a tenth of a whole batch's CPU time.
  return drafts.map((d, i) => ({
    kind: d.kind,
    level: d.level,
    marker: d.marker,
    title: d.title,
    line: d.line,
    column: d.column,
    endLine: Math.max(endLines[i]!, d.line),
    parent: parents[i]!,
  }));
}

/** The text a node covers: its lines up to endLine, cut at the next node starting on the same line. */
export function nodeContent(outline: Outline, lines: readonly string[], index: number): string {
  return [...nodeLines(outline, lines, index)].join('\n');
}

/**
 * The same text line by line, for readers that stop early (a thin-section check reads a part only
 * until it has seen enough): a long part is never joined into one string for them.
 */
export function* nodeLines(outline: Outline, lines: readonly string[], index: number): Generator<string> {
  const node = outline.nodes[index]!;
  const next = outline.nodes[index + 1];
  // A later node on the heading's own line at the same or a higher level ends this one there.
  const cut = next && next.line === node.line && next.level <= node.level ? next.column - 1 : undefined;
  const first = lines[node.line - 1] ?? '';
  yield first.slice(node.column - 1, cut);
  if (cut !== undefined) return;
  for (let n = node.line + 1; n <= node.endLine; n++) yield lines[n - 1] ?? '';
}
