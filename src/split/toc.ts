/**
 * Finds a compilation's 目录 and reads its entries: "title<TAB>page", "title……page", "3.title 12".
 */
import type { TocEntry } from '../types.js';
import { clean, isBlank, isCompilationTitle } from './lines.js';

export interface Toc {
  /** The line of the 目录 heading. */
  readonly headingLine: number;
  /** The last line of the 目录 (its last entry). */
  readonly endLine: number;
  readonly entries: readonly TocEntry[];
}

const TOC_HEADING = /^目\s*录$/u;
/** The longest line read as a 目录 entry: its regex is quadratic in a line's length. */
const MAX_ENTRY = 200;
/**
 * Item numbers up to 5 digits and page numbers up to 6: a generated compilation's 目录 passes
 * page 9999 and item 999, and with 4 and 3 digits the 目录 ended there, its rest fell into the
 * body (where it became the first report's start) and reports numbered 1000 on were merged into
 * the one before.
 */
// eslint-disable-next-line regexp/no-super-linear-backtracking -- quadratic at worst, and only ever run on lines of at most MAX_ENTRY characters
const ENTRY = /^(?:\d{1,5}\s*[.、．]\s*)?(.+?)(?:\t\s*|\s{2,}|[.…·．\-—]{2,}\s*|\s)(\d{1,6})$/u;

/** Looks for 目录 in the first fifth of the file (at most 300 lines). */
export function findToc(lines: readonly string[]): Toc | null {
  const limit = Math.min(lines.length, Math.max(40, Math.min(300, Math.floor(lines.length / 5))));
  for (let i = 0; i < limit; i++) {
    if (TOC_HEADING.test(clean(lines[i] ?? ''))) return readEntries(lines, i + 1);
  }
  return null;
}

function readEntries(lines: readonly string[], headingLine: number): Toc | null {
  const entries: TocEntry[] = [];
  let endLine = headingLine;
  for (let n = headingLine + 1; n <= lines.length; n++) {
    const raw = lines[n - 1] ?? '';
    if (isBlank(raw)) {
      if (entries.length) {
        // Blank lines inside a 目录 are rare; after entries they end it unless another entry follows.
        const next = nextNonBlank(lines, n);
        if (next === -1 || (lines[next - 1] ?? '').length > MAX_ENTRY || !ENTRY.test(clean(lines[next - 1] ?? ''))) break;
      }
      continue;
    }
    // A 目录 entry is a short line; a long one (or a hostile run of spaces) is the text, not an entry.
    const m = raw.length <= MAX_ENTRY ? ENTRY.exec(clean(raw)) : null;
    if (!m) break;
    endLine = n;
    const title = m[1]!.trim();
    // Some 目录 list the compilation title and 目录 itself; they are not reports.
    if (/^目\s*录$/u.test(title) || isCompilationTitle(title)) continue;
    entries.push({ title, line: n, page: Number(m[2]) });
  }
  return entries.length ? { headingLine, endLine, entries } : null;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let n = from + 1; n <= lines.length; n++) if (!isBlank(lines[n - 1] ?? '')) return n;
  return -1;
}
