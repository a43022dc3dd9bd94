/**
 * Text -> the compact form similarity works on: Han characters and one token each for a figure and a mask,
 * with every kept character's place in the file so passages can be shown with their lines. Table rows are left out.
 */

/** Stands for any digit run (a year, a count, an amount) and any mask (XX, ***), so edited figures still match. */
export const FIGURE = '#';

/** One report's normalised text and where each of its characters came from. */
export interface Normalised {
  readonly text: string;
  /** line[p] is the 1-based file line of text[p]. */
  readonly line: Int32Array;
  /** col[p] is the 0-based offset of text[p] in that line (NFKC-normalised line). */
  readonly col: Int32Array;
}

/** Normalises lines `from..to` (1-based, inclusive) of a file. */
export function normalise(lines: readonly string[], from: number, to: number): Normalised {
  // Sized once from the lines' lengths (a kept character is one unit of its line), grown only when NFKC
  // lengthens a line: the doubling from a small start cost about a sixth of this function over a batch.
  let capacity = 16;
  for (let n = from; n <= to; n++) capacity += lines[n - 1]?.length ?? 0;
  let codes = new Uint16Array(capacity);
  let line = new Int32Array(capacity);
  let col = new Int32Array(capacity);
  let size = 0;
  for (let n = from; n <= to; n++) {
    const raw = lines[n - 1];
    if (!raw) continue;
    // NFKC folds full-width digits, letters and punctuation (，/, ２０２３/2023) to one form.
    const text = raw.normalize('NFKC');
    if (size + text.length > codes.length) {
      const bigger = Math.max(codes.length * 2, size + text.length);
      codes = grow(codes, bigger);
      line = grow(line, bigger);
      col = grow(col, bigger);
    }
    const lineStart = size;
    // Whether the line has a bar, or a space between its first and last characters: only such a line
    // can be a table row (isTableRow), so the usual prose line is not scanned a second time for it.
    let cells = false;
    let started = false;
    let gap = false;
    // Written out rather than through a helper: this loop runs over every character of the batch.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let kept = -1;
      const at = i;
      if (isDigit(c)) {
        // A figure with its separators (1,234.5 / 12.3%) is one token, whatever its value.
        kept = FIGURE_CODE;
        while (i + 1 < text.length && isFigurePart(text.charCodeAt(i + 1))) i++;
      } else if (isMask(c)) {
        // XX, ***, ×× stand for a name or a figure someone removed: one token, like a figure.
        kept = FIGURE_CODE;
        while (i + 1 < text.length && isMask(text.charCodeAt(i + 1))) i++;
      } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
        kept = c;
      } else if (c >= 0xd840 && c <= 0xd87f && i + 1 < text.length) {
        // Rare Han outside the BMP: one UTF-16 unit in the private-use area, so text[p] lines up with line[p].
        kept = 0xe000 + (((c << 10) + text.charCodeAt(i + 1)) % 6400);
        i++;
      } else if (isSpace(c)) {
        gap = started;
        continue;
      } else if (c === 124 || c === 0xff5c) {
        cells = true;
      }
      // Everything else (punctuation, spaces, Latin letters) is dropped.
      if (gap) cells = true;
      started = true;
      if (kept < 0) continue;
      codes[size] = kept;
      line[size] = n;
      col[size++] = at;
    }
    if (cells && isTableRow(text)) size = lineStart;
  }
  return { text: UTF16.decode(codes.subarray(0, size)), line: line.slice(0, size), col: col.slice(0, size) };
}

/**
 * Table rows are data (figures under fixed labels), not prose: the national format's tables would make any two
 * annual reports alike. A row is three or more cells split by tabs or ' | ' (how .docx tables are loaded),
 * a label with a figure in its own cell, or three figures standing apart.
 */
function isTableRow(text: string): boolean {
  const t = text.trim();
  const separators = t.match(/\t|\s\|\s|｜/g)?.length ?? 0;
  if (separators >= 2) return true;
  if (separators === 1 && /(?:\t|\|)\s*[\d.,%-]+\s*$/.test(t)) return true;
  return (t.match(/(?:^|\s)[\d.,%-]+(?=\s|$)/g)?.length ?? 0) >= 3;
}

/** What `\s` matches (trim() removes the same characters). */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isFigurePart = (c: number) => isDigit(c) || c === 46 || c === 44 || c === 37; // . , %
const isMask = (c: number) => c === 88 || c === 120 || c === 215 || c === 42; // X x × *

function grow<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** Lone surrogates cannot occur (astral Han is folded above), so decoding the codes is lossless. */
const UTF16 = new TextDecoder('utf-16le');
const FIGURE_CODE = FIGURE.charCodeAt(0);

/** Normalised positions [from, to) of the characters on lines range[0]..range[1]. */
export function linePositions(n: Normalised, range: readonly [number, number]): [number, number] {
  let from = 0;
  while (from < n.line.length && n.line[from]! < range[0]) from++;
  let to = from;
  while (to < n.line.length && n.line[to]! <= range[1]) to++;
  return [from, to];
}

/** Normalises a phrase (e.g. a configured boilerplate phrase) without positions. */
export function normalisePhrase(phrase: string): string {
  return normalise([phrase], 1, 1).text;
}
