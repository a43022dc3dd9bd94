/**
 * 内容雷同 bounded on repeats (issue 18, "What broke" 5): identical reports are paired with the first
 * of them only, so N copies read N - 1 pairs again, not N(N - 1)/2, and each copy is still named.
 */
import { describe, expect, it } from 'vitest';
import { findSimilar } from '../../src/similar/engine.js';
import type { SimilarFile } from '../../src/similar/model.js';
import { similarOptions } from '../../src/similar/options.js';
import { REPORT } from './helpers.js';

/** `copies` files holding the same report; `baseline` adds last year's copy of it. */
function copies(n: number, baseline = false): SimilarFile[] {
  const lines = REPORT.split('\n');
  const report = { title: lines[0]!, startLine: 1, endLine: lines.length, sections: {} };
  const files = Array.from({ length: n }, (_, i): SimilarFile => ({ path: `copy${String(i).padStart(3, '0')}.txt`, lines, baseline: false, reports: [report] }));
  return baseline ? [...files, { path: 'last-year.txt', lines, baseline: true, reports: [report] }] : files;
}

describe('identical reports', () => {
  it.each([10, 120, 500])('%i copies: one candidate pair per copy, every copy paired with the first', async (n) => {
    const files = copies(n);
    const stats = { docs: 0, candidates: 0 };
    const found = await findSimilar({ count: files.length, hasBaseline: false, load: async (i) => files[i]! }, similarOptions(), stats);
    expect(stats.candidates).toBe(n - 1);
    expect(found).toHaveLength(n - 1);
    expect(new Set(found.map((p) => p.b.path)).size).toBe(n - 1);
    for (const p of found) expect(p.a.path).toBe('copy000.txt');
  });

  it('every copy still meets last year\'s report in the baseline', async () => {
    const files = copies(30, true);
    const found = await findSimilar({ count: files.length, hasBaseline: true, load: async (i) => files[i]! }, similarOptions());
    const withBaseline = found.filter((p) => p.kind === 'baseline');
    expect(new Set(withBaseline.map((p) => p.a.path)).size).toBe(30);
  });
});
