/** Properties of the comparison on generated text: edits a copier makes never hide a copy, unrelated text never pairs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/similar/normalize.js';
import { comparePair, coveredShare } from '../../src/similar/passages.js';

const HAN = '政务公开工作全年信息主动申请依法答复平台网站新媒体监督考核培训制度问题计划落实推进加强规范群众服务办理专栏目录';
const word = fc.array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 4 }).map((cs) => cs.join(''));
const sentence = fc.tuple(fc.array(word, { minLength: 4, maxLength: 9 }), fc.integer({ min: 1, max: 9999 })).map(([ws, n]) => `${ws.join('')}${n}条`);
const report = fc.array(sentence, { minLength: 6, maxLength: 14 });
const none = () => false;

function share(a: string[], b: string[]): number {
  const na = normalise(a, 1, a.length);
  const nb = normalise(b, 1, b.length);
  const c = comparePair(na.text, nb.text, none, 20);
  return Math.max(coveredShare(c.coveredA, c.ignoredA), coveredShare(c.coveredB, c.ignoredB));
}

describe('comparison properties', () => {
  it('a copy with other figures, full-width digits, other punctuation and masks is still a copy', () => {
    fc.assert(
      fc.property(report, fc.integer({ min: 0, max: 2 ** 31 }), (lines, seed) => {
        const original = lines.map((l) => `${l}。`);
        let k = seed;
        const copy = lines.map((l) => {
          k = (Math.imul(k, 1103515245) + 12345) >>> 0;
          const changed = l.replace(/\d+/, k % 3 === 0 ? 'XX' : String(k % 997));
          return `${k % 2 ? changed.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : changed}${k % 5 ? '.' : '；'}`;
        });
        expect(share(original, copy)).toBeGreaterThan(0.95);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('two reports with no sentence in common share (almost) nothing', () => {
    fc.assert(
      fc.property(report, report, (a, b) => {
        fc.pre(a.every((s) => !b.includes(s)));
        // Chance runs of 20+ characters from a 55-character alphabet do not happen.
        expect(share(a, b)).toBeLessThan(0.2);
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});
