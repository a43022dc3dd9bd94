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
  const size = scan(lines, from, to, true);
  return { text: UTF16.decode(codes.subarray(0, size)), line: lineOf.slice(0, size), col: colOf.slice(0, size) };
}

/**
 * The normalised text of lines `from..to` as UTF-16 codes, without positions: what signing a report needs
 * (a third of the work of `normalise`). A view of a buffer the next call overwrites.
 */
export function normalisedCodes(lines: readonly string[], from: number, to: number): Uint16Array {
  return codes.subarray(0, scan(lines, from, to, false));
}

/** Buffers reused by every call (grown as needed): one report's codes and, for `normalise`, their places. */
let codes = new Uint16Array(4096);
let lineOf = new Int32Array(4096);
let colOf = new Int32Array(4096);

/** Fills `codes` (and with `positions`, `lineOf` and `colOf`) from lines `from..to`; returns how many. */
function scan(lines: readonly string[], from: number, to: number, positions: boolean): number {
  let size = 0;
  for (let n = from; n <= to; n++) {
    const raw = lines[n - 1];
    if (!raw) continue;
    // NFKC folds full-width digits, letters and punctuation (，/, ２０２３/2023) to one form. Most lines hold
    // only characters it leaves alone or folds one for one (done below): those skip it, and the table test.
    const plain = isPlain(raw);
    const text = plain ? raw : raw.normalize('NFKC');
    if (!plain && isTableRow(text)) continue;
    // A line adds at most its length: room for all of it first, so the loop below needs no check.
    if (size + text.length > codes.length) grow(size + text.length);
    for (let i = 0; i < text.length; i++) {
      const c = folded(text.charCodeAt(i));
      let kept: number;
      const at = i;
      if (isDigit(c)) {
        // A figure with its separators (1,234.5 / 12.3%) is one token, whatever its value.
        kept = FIGURE_CODE;
        while (i + 1 < text.length && isFigurePart(folded(text.charCodeAt(i + 1)))) i++;
      } else if (isMask(c)) {
        // XX, ***, ×× stand for a name or a figure someone removed: one token, like a figure.
        kept = FIGURE_CODE;
        while (i + 1 < text.length && isMask(folded(text.charCodeAt(i + 1)))) i++;
      } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
        kept = c;
      } else if (c >= 0xd840 && c <= 0xd87f && i + 1 < text.length) {
        // Rare Han outside the BMP: one UTF-16 unit in the private-use area, so text[p] lines up with line[p].
        kept = 0xe000 + (((c << 10) + text.charCodeAt(i + 1)) % 6400);
        i++;
      } else continue; // Everything else (punctuation, spaces, Latin letters) is dropped.
      if (positions) {
        lineOf[size] = n;
        colOf[size] = at;
      }
      codes[size++] = kept;
    }
  }
  return size;
}

function grow(need: number): void {
  const size = Math.max(need, codes.length * 2);
  const c = new Uint16Array(size);
  c.set(codes);
  codes = c;
  const l = new Int32Array(size);
  l.set(lineOf);
  lineOf = l;
  const o = new Int32Array(size);
  o.set(colOf);
  colOf = o;
}

/**
 * Table rows are data (figures under fixed labels), not prose: the national format's tables would make any two
 * annual reports alike. A row is three or more cells split by tabs or ' | ' (how .docx tables are loaded),
 * a label with a figure in its own cell, or three figures standing apart.
 */
function isTableRow(text: string): boolean {
  // Most lines hold none of the characters the tests below look for: no regex for them.
  if (!TABLE_CHARS.test(text)) return false;
  const t = text.trim();
  const separators = t.match(/\t|\s\|\s|｜/g)?.length ?? 0;
  if (separators >= 2) return true;
  if (separators === 1 && /(?:\t|\|)\s*[\d.,%-]+\s*$/.test(t)) return true;
  return (t.match(/(?:^|\s)[\d.,%-]+(?=\s|$)/g)?.length ?? 0) >= 3;
}

/** A full-width ASCII form (ＡＢＣ，１２３) as NFKC folds it; NFKC's own output holds none, so it is left as it is. */
const folded = (c: number) => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);

/** Characters NFKC leaves alone, besides ASCII and the common Han block: Chinese punctuation. */
const STABLE = new Set([0x3001, 0x3002, 0x300a, 0x300b, 0x3010, 0x3011, 0x201c, 0x201d, 0x2018, 0x2019, 0x2014]);

/**
 * True when NFKC changes the line only by folding full-width ASCII forms one for one, and the line cannot be
 * a table row: no tab or bar (a cell separator) and under two spaces (three figures standing apart need two).
 */
function isPlain(line: string): boolean {
  let spaces = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) {
      if (c === 9 || c === 0x7c) return false;
      if (c === 32 || (c >= 10 && c <= 13)) spaces++;
    } else if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e && c !== 0xff5c) || STABLE.has(c))) return false;
  }
  return spaces < 2;
}

/** Every character the table-row tests can match on (figures, their signs, cell separators). */
const TABLE_CHARS = /[\d.,%\t|｜-]/u;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isFigurePart = (c: number) => isDigit(c) || c === 46 || c === 44 || c === 37; // . , %
const isMask = (c: number) => c === 88 || c === 120 || c === 215 || c === 42; // X x × *

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
