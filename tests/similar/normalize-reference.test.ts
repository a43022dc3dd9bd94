/**
 * normalise() is written for speed (one pass, arrays sized up front, the table-row test only for lines
 * with cells or inner spaces). This plain version says what it must compute; both must agree on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE, normalise } from '../../src/similar/normalize.js';

function reference(lines: readonly string[], from: number, to: number) {
  const text: number[] = [];
  const line: number[] = [];
  const col: number[] = [];
  const isDigit = (c: number) => c >= 48 && c <= 57;
  const isMask = (c: number) => c === 88 || c === 120 || c === 215 || c === 42;
  for (let n = from; n <= to; n++) {
    const t = (lines[n - 1] ?? '').normalize('NFKC');
    const trimmed = t.trim();
    const separators = trimmed.match(/\t|\s\|\s|｜/g)?.length ?? 0;
    const table = separators >= 2 || (separators === 1 && /(?:\t|\|)\s*[\d.,%-]+\s*$/.test(trimmed)) || (trimmed.match(/(?:^|\s)[\d.,%-]+(?=\s|$)/g)?.length ?? 0) >= 3;
    if (table) continue;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      const at = i;
      let kept = -1;
      if (isDigit(c)) {
        kept = FIGURE.charCodeAt(0);
        while (i + 1 < t.length && (isDigit(t.charCodeAt(i + 1)) || ',.%'.includes(t[i + 1]!))) i++;
      } else if (isMask(c)) {
        kept = FIGURE.charCodeAt(0);
        while (i + 1 < t.length && isMask(t.charCodeAt(i + 1))) i++;
      } else if (/[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/.test(t[i]!)) kept = c;
      else if (c >= 0xd840 && c <= 0xd87f && i + 1 < t.length) {
        kept = 0xe000 + (((c << 10) + t.charCodeAt(i + 1)) % 6400);
        i++;
      }
      if (kept < 0) continue;
      text.push(kept);
      line.push(n);
      col.push(at);
    }
  }
  return { text: String.fromCharCode(...text), line, col };
}

const pieces = ['政', '务', '公开', '１２', '3', '4.5%', ' ', '  ', '\t', '|', ' | ', '｜', '　', '，', '.', 'XX', '×', '**', 'ab', '\u00a0', 'ﬁ', '㈠', '\u{20000}', '-', '：', '（', 'e\u0301', '\u2003', '\ufeff'];
const lineArb = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''));

describe('normalise agrees with the plain reference', () => {
  it('on any lines made of Han, figures, masks, spaces, bars and odd characters', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 6 }), (lines) => {
        const fast = normalise(lines, 1, lines.length);
        const plain = reference(lines, 1, lines.length);
        expect(fast.text).toBe(plain.text);
        expect([...fast.line]).toEqual(plain.line);
        expect([...fast.col]).toEqual(plain.col);
      }),
      { numRuns: 3000 },
    );
  });
});
