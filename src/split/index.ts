/**
 * Split stage: a file's lines -> the reports in it, its front matter (title and 目录),
 * and file-level messages when the 目录 and the body disagree.
 */
import type { FileError, LineHint, ReportSpan, TocEntry } from '../types.js';
import { clean, hasEnumerator, isBlank, isChrome, isCompilationTitle, isTitleLike, isTrailer, titleKey } from './lines.js';
import { findToc } from './toc.js';

export interface Split {
  readonly reports: readonly ReportSpan[];
  readonly frontMatter: { readonly startLine: number; readonly endLine: number } | null;
  readonly toc: readonly TocEntry[];
  readonly notices: readonly FileError[];
}

/** `hints` (from .docx and Markdown) rule out lines the source marks as inner headings. */
export function splitReports(lines: readonly string[], hints?: readonly (LineHint | undefined)[]): Split {
  const toc = findToc(lines);
  const first = firstNonBlank(lines, 1);
  let bodyStart = toc ? toc.endLine + 1 : 1;
  if (!toc && first !== -1 && isCompilationTitle(lines[first - 1]!)) bodyStart = first + 1;
  const frontMatter = bodyStart > 1 ? { startLine: 1, endLine: bodyStart - 1 } : null;

  const tocKeys = new Set(toc?.entries.map((e) => titleKey(e.title)));
  const starts = dropTeasers(lines, dropPageHeadings(lines, findTitles(lines, bodyStart, tocKeys, hints)));
  const reports = starts.length ? spans(lines, starts) : wholeFile(lines, bodyStart, pageHeaderEnd(lines));
  return {
    reports,
    frontMatter,
    toc: toc?.entries ?? [],
    notices: toc ? compareToc(toc.entries, reports) : [],
  };
}

/** Title lines in the body. A title the 目录 names always counts; others need a title's layout. */
function findTitles(lines: readonly string[], from: number, tocKeys: ReadonlySet<string>, hints?: readonly (LineHint | undefined)[]): number[] {
  const found: number[] = [];
  // A file that separates paragraphs with blank lines separates reports with them too; only a file
  // without any blank line leaves a dated title to stand on its wording alone.
  const dense = !lines.some((line, i) => i >= from - 1 && isBlank(line));
  for (let n = from; n <= lines.length; n++) {
    const line = lines[n - 1]!;
    if (!isTitleLike(line)) continue;
    // A Word-numbered item or a level-2+ heading (##, Heading 2) is inside a report, as a typed "一、" is.
    const hint = hints?.[n - 1];
    if (hint?.listItem || (hint?.headingLevel ?? 0) >= 2) continue;
    // A web page's breadcrumbs, 索引号 block and widgets set a title apart as blank lines do.
    const previous = n === from || isBlank(lines[n - 2] ?? '') || isChrome(lines[n - 2]!);
    const next = isChrome(lines[n] ?? '') ? '' : (lines[n] ?? '');
    const inToc = tocKeys.has(titleKey(line));
    // Without a 目录 to confirm it, a title stands apart or names a year and a kind of summary.
    // A bare "工作总结" is a title only with blank lines on both sides.
    const standsAlone = previous && (isBlank(next) || (tocKeys.size === 0 && clean(line).length >= 6));
    const dated = /\d{4}\s*年|年度/u.test(line) && /总结|报告/u.test(line);
    if (inToc || standsAlone || (tocKeys.size === 0 && dense && dated)) {
      // A title wrapped onto two lines is one title.
      if (found.length && found[found.length - 1] === n - 1 && !inToc) continue;
      found.push(n);
    }
  }
  return found;
}

/** How far a web page's header reaches: its last breadcrumb, 索引号 or widget line before the text. */
const HEADER_LINES = 40;

export function pageHeaderEnd(lines: readonly string[]): number {
  let end = 0;
  for (let n = 1; n <= Math.min(lines.length, HEADER_LINES); n++) {
    const line = lines[n - 1]!;
    if (isChrome(line)) end = n;
    else if (line.length > 80 && /[。，,]/u.test(line)) break; // the report's text has begun
  }
  return end;
}

/** Names a kind of document: the last words of a page's title. */
const DOCUMENT_KIND = /(?:总结|报告|汇报|通报|通知|计划|要点|指南|方案|意见|情况|汇总表)(?:[(（][^)）]*[)）])?$/u;

/** The last line of a page's header that reads as the document's title, or -1. */
function headerTitle(lines: readonly string[], from: number, headerEnd: number): number {
  for (let n = headerEnd; n >= from; n--) {
    const t = clean(lines[n - 1]!);
    if (!t || isChrome(t) || t.length < 6 || t.length > 60 || /[。；;]/u.test(t) || hasEnumerator(t)) continue;
    if (DOCUMENT_KIND.test(t)) return n;
  }
  return -1;
}

/**
 * A title followed by nothing but the page's header lines before the next title is the page's
 * heading over the report (a site shows the title twice, above and below its 发布时间 line).
 */
function dropPageHeadings(lines: readonly string[], starts: readonly number[]): number[] {
  return starts.filter((start, i) => {
    const next = starts[i + 1];
    if (next === undefined) return true;
    for (let n = start + 1; n < next; n++) if (!isBlank(lines[n - 1]!) && !isChrome(lines[n - 1]!)) return true;
    return false;
  });
}

/**
 * A document-sharing page shows a report's title and its opening as a teaser, then the whole report
 * under the same title: the teaser is no report of its own. (Two reports of a compilation that share
 * a title have different texts, so they stay apart.)
 */
function dropTeasers(lines: readonly string[], starts: readonly number[]): number[] {
  return starts.filter((start, i) => {
    const next = starts[i + 1];
    if (next === undefined || !sameTitle(lines[start - 1]!, lines[next - 1]!)) return true;
    const opening = compact(lines[firstNonBlank(lines, next + 1) - 1] ?? '').slice(0, 20);
    if (opening.length < 10) return true;
    for (let n = start + 1; n < next; n++) if (compact(lines[n - 1]!).includes(opening)) return false;
    return true;
  });
}

const bareTitle = (line: string) => titleKey(line).replace(/[(（][^)）]*[)）]$/u, '');
/** Two title lines name the same report (a cheap look at their starts first: most titles differ there). */
const sameTitle = (a: string, b: string) => clean(a).slice(0, 4) === clean(b).slice(0, 4) && bareTitle(a) === bareTitle(b);
const compact = (line: string) => line.replace(/\s+/gu, '');

function spans(lines: readonly string[], starts: readonly number[]): ReportSpan[] {
  return starts.map((start, i) => {
    const limit = (starts[i + 1] ?? lines.length + 1) - 1;
    return { title: clean(lines[start - 1]!), startLine: start, endLine: lastContentLine(lines, start, limit) };
  });
}

/**
 * No title found: the whole body is one report, titled by its first line when that is short. A web
 * page's title stands among its header lines (above the 发布时间 line): then the report starts there.
 */
function wholeFile(lines: readonly string[], from: number, headerEnd: number): ReportSpan[] {
  const inHeader = headerTitle(lines, from, headerEnd);
  if (inHeader !== -1) {
    return [{ title: clean(lines[inHeader - 1]!), startLine: inHeader, endLine: lastContentLine(lines, inHeader, lines.length) }];
  }
  const start = firstNonBlank(lines, Math.max(from, headerEnd + 1));
  if (start === -1) return [];
  const first = clean(lines[start - 1]!);
  // A page that starts with its text ("一、总体情况") has no title of its own.
  const title = first.length <= 60 && !/[。；;]/u.test(first) && !hasEnumerator(first) ? first : '';
  return [{ title, startLine: start, endLine: lastContentLine(lines, start, lines.length) }];
}

/** The last line of a report: skips blank lines and trailing footers and advertisements. */
function lastContentLine(lines: readonly string[], start: number, limit: number): number {
  let end = limit;
  while (end > start && (isBlank(lines[end - 1]!) || isTrailer(lines[end - 1]!))) end--;
  return end;
}

function firstNonBlank(lines: readonly string[], from: number): number {
  for (let n = from; n <= lines.length; n++) if (!isBlank(lines[n - 1]!)) return n;
  return -1;
}

/** Tells a grader when the 目录 and the body disagree: reports missing, extra or retitled. */
function compareToc(entries: readonly TocEntry[], reports: readonly ReportSpan[]): FileError[] {
  const unmatchedBody = reports.map((r) => titleKey(r.title));
  // Body positions by title, first first: a lookup instead of a scan keeps a 目录 of thousands linear.
  const byKey = new Map<string, number[]>();
  unmatchedBody.forEach((key, i) => (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(i));
  const missing: TocEntry[] = [];
  for (const entry of entries) {
    const i = byKey.get(titleKey(entry.title))?.shift();
    if (i === undefined) missing.push(entry);
    else unmatchedBody[i] = '\0';
  }
  const extra = reports.filter((_, i) => unmatchedBody[i] !== '\0');
  const notices: FileError[] = [];
  // Pair a missing entry with an extra body title that reads almost the same: a retitled report.
  const retitled: string[] = [];
  // Every pair is compared, so past 500 x 500 unmatched titles (no real compilation) the pairing is skipped.
  for (const report of extra.length * missing.length <= 250_000 ? [...extra] : []) {
    const j = missing.findIndex((e) => similarity(titleKey(e.title), titleKey(report.title)) >= 0.6);
    if (j !== -1) {
      retitled.push(`${missing[j]!.title} → ${report.title}`);
      missing.splice(j, 1);
      extra.splice(extra.indexOf(report), 1);
    }
  }
  if (missing.length) {
    notices.push({
      code: 'tocMissingInBody',
      severity: 'warning',
      line: missing[0]!.line,
      args: { listed: entries.length, found: reports.length, count: missing.length, titles: missing.map((e) => e.title).join('；') },
    });
  }
  if (extra.length) {
    notices.push({
      code: 'bodyMissingInToc',
      severity: 'warning',
      line: extra[0]!.startLine,
      args: { count: extra.length, titles: extra.map((r) => r.title || `#${r.startLine}`).join('；') },
    });
  }
  if (retitled.length) {
    notices.push({ code: 'tocTitleDiffers', severity: 'warning', args: { count: retitled.length, titles: retitled.join('；') } });
  }
  return notices;
}

/** Dice coefficient over character bigrams. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(1, a.length - 1 + b.length - 1);
  return (2 * shared) / total;
}
