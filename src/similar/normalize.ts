/**
 * Text -> the compact form similarity works on: Han characters and one token each for a figure and a mask,
 * with every kept character's place in the file so passages can be shown with their lines.
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

// Digit runs with their separators (1,234.5 / 12.3%) and masks (XX, ***, ××, ＊) are single tokens;
// a lone x inside Latin words is not a mask, but reports have almost no Latin text worth keeping.
const TOKEN = /[0-9][0-9.,%]*|[Xx×*]+|[\p{Script=Han}]/gu;

/** Normalises lines `from..to` (1-based, inclusive) of a file. */
export function normalise(lines: readonly string[], from: number, to: number): Normalised {
  const chars: string[] = [];
  let line = new Int32Array(256);
  let col = new Int32Array(256);
  for (let n = from; n <= to; n++) {
    const raw = lines[n - 1];
    if (!raw) continue;
    // NFKC folds full-width digits, letters and punctuation (，/, ２０２３/2023) to one form.
    const text = raw.normalize('NFKC');
    for (const m of text.matchAll(TOKEN)) {
      const c = m[0];
      const first = c.charCodeAt(0);
      // Digits, X, x, ×, * start a figure or mask; everything else TOKEN matches is one Han character.
      const figure = (first >= 48 && first <= 57) || first === 88 || first === 120 || first === 215 || first === 42;
      if (chars.length === line.length) {
        line = grow(line);
        col = grow(col);
      }
      line[chars.length] = n;
      col[chars.length] = m.index;
      // Keep one UTF-16 unit per kept character so text[p] lines up with line[p]: rare astral Han maps into the private-use area.
      chars.push(figure ? FIGURE : c.length === 1 ? c : String.fromCharCode(0xe000 + ((c.codePointAt(0) ?? 0) % 6400)));
    }
  }
  return { text: chars.join(''), line: line.slice(0, chars.length), col: col.slice(0, chars.length) };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Normalises a phrase (e.g. a configured boilerplate phrase) without positions. */
export function normalisePhrase(phrase: string): string {
  return normalise([phrase], 1, 1).text;
}
