/**
 * The LSH stage on made-up signatures (issue 17): buckets bounded whatever the batch size, bands chosen from
 * the threshold, the early-stopping signature test. Counts only, no timings.
 */
import { describe, expect, it } from 'vitest';
import { findSimilar } from '../../src/similar/engine.js';
import { bandingFor, candidatePairs, CAP, DEFAULT_BANDING, foundProbability, type LshOptions } from '../../src/similar/lsh.js';
import { agreesOn, BINS } from '../../src/similar/minhash.js';
import type { SimilarFile } from '../../src/similar/model.js';
import { similarOptions } from '../../src/similar/options.js';

/** A deterministic source of 32-bit values (an LCG; its high bits, as the low ones repeat with a short period). */
function values(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s ^ (s >>> 16)) >>> 0;
  };
}

/**
 * `n` signatures where each bin holds, with probability 0.3, one of 5 stock values (a stock sentence many units
 * use: it makes buckets that grow with n), otherwise a value of the unit's own; plus `copies` planted pairs
 * (unit 2k and 2k + 1 agree on 3 bins in 4).
 */
function population(n: number, copies: number): Uint32Array[] {
  const next = values(n);
  const sigs = Array.from({ length: n }, () => Uint32Array.from({ length: BINS }, () => ((next() >>> 8) % 10 < 3 ? 1 + ((next() >>> 8) % 5) : next())));
  for (let k = 0; k < copies; k++) sigs[2 * k + 1] = sigs[2 * k]!.map((v, bin) => (bin % 4 === 3 ? next() : v));
  return sigs;
}

function search(sigs: readonly (Uint32Array | null)[], options: LshOptions = {}) {
  const pairs = new Set<string>();
  const counts = candidatePairs(sigs, (i, j) => pairs.add(`${i},${j}`), options);
  return { pairs, counts };
}

describe('bounded buckets', () => {
  it('pair checks grow no faster than the units when stock values make buckets grow with the batch', () => {
    const small = search(population(1000, 20));
    const large = search(population(4000, 20));
    // The natural buckets do grow (a stock pair of values is shared by about n × 0.0036 units)…
    expect(large.counts.largestBucket).toBeGreaterThan(2 * small.counts.largestBucket);
    // …but at most CAP of them are paired in full: 4x the units, at most 4.4x the pairs.
    expect(large.counts.pairs / small.counts.pairs).toBeLessThanOrEqual(4.4);
    for (const { pairs } of [small, large]) for (let k = 0; k < 20; k++) expect(pairs.has(`${2 * k},${2 * k + 1}`)).toBe(true);
  });

  it('without the cap the same batches grow quadratically (what the cap prevents)', () => {
    const small = search(population(1000, 0), { cap: Infinity });
    const large = search(population(4000, 0), { cap: Infinity });
    expect(large.counts.pairs / small.counts.pairs).toBeGreaterThan(8);
  });

  it('stays under units × CAP / 2 pairs per band, and an over-full bucket still yields its copies', () => {
    const next = values(3);
    // 500 units agreeing on the first band and nothing else, and two of them copies of each other.
    const sigs = Array.from({ length: 500 }, () => Uint32Array.from({ length: BINS }, (_, bin) => (bin < 2 ? 7 : next())));
    sigs[400] = sigs[100]!.map((v, bin) => (bin % 3 === 2 ? next() : v));
    const { pairs, counts } = search(sigs);
    expect(counts.largestBucket).toBe(500);
    expect(counts.pairs).toBeLessThanOrEqual((500 * CAP * DEFAULT_BANDING.bands) / 2);
    expect([...pairs]).toEqual(['100,400']);
  });

  it('chains a bucket that cannot be split, pairing batch sections with the baseline one only', () => {
    const same = Uint32Array.from({ length: BINS }, (_, bin) => bin + 1);
    const sigs = Array.from({ length: 301 }, () => same);
    // 300 sections of the batch (mask 2: never paired with each other) and last year's (mask 1), first or last.
    for (const baseline of [0, 300]) {
      const apart = Uint8Array.from(sigs, (_, i) => (i === baseline ? 1 : 2));
      const { pairs } = search(sigs, { apart });
      const expected = sigs.map((_, i) => `${Math.min(i, baseline)},${Math.max(i, baseline)}`).filter((_, i) => i !== baseline);
      expect([...pairs].sort()).toEqual(expected.sort());
    }
  });

  it('pairs units past index 2^21 (packed sort keys used to stop there: a national run has millions of units)', () => {
    const sigs: (Uint32Array | null)[] = new Array<Uint32Array | null>(2 ** 21 + 10).fill(null);
    const next = values(5);
    const a = Uint32Array.from({ length: BINS }, () => next());
    sigs[3] = a;
    sigs[2 ** 21 + 7] = a.map((v, bin) => (bin % 4 === 3 ? next() : v));
    expect([...search(sigs).pairs]).toEqual([`3,${2 ** 21 + 7}`]);
  });

  it('never pairs units whose masks share a bit', () => {
    const sigs = population(600, 30);
    const apart = Uint8Array.from(sigs, (_, i) => i % 2); // every odd unit is "baseline": copies are pairs of even and odd
    const { pairs } = search(sigs, { apart });
    for (const p of pairs) {
      const [i, j] = p.split(',').map(Number);
      expect(apart[i!]! & apart[j!]!).toBe(0);
    }
    for (let k = 0; k < 30; k++) expect(pairs.has(`${2 * k},${2 * k + 1}`)).toBe(true);
  });
});

describe('bands chosen from the threshold', () => {
  it('keeps 2 rows × 64 bands for the default report threshold and takes 3 × 42 for sections', () => {
    expect(bandingFor(0.5 / 3.5)).toEqual({ rows: 2, bands: 64 });
    expect(bandingFor(0.6 / 1.4)).toEqual({ rows: 3, bands: 42 });
    expect(bandingFor(0.3 / 3.7)).toEqual({ rows: 1, bands: 128 });
  });

  it.each([0.05, 0.1, 0.143, 0.2, 0.3, 0.43, 0.6])('at Jaccard %f: the most rows that find a pair at the line 7 times in 10', (s) => {
    const b = bandingFor(s);
    expect(b.rows * b.bands).toBeLessThanOrEqual(BINS);
    if (b.rows > 1) expect(foundProbability(s, b)).toBeGreaterThanOrEqual(0.7);
    const more = { rows: b.rows + 1, bands: Math.floor(BINS / (b.rows + 1)) };
    expect(foundProbability(s, more)).toBeLessThan(0.7);
    // A copy twice as similar as the line is all but certain to be found.
    expect(foundProbability(Math.min(1, 2 * s), b)).toBeGreaterThan(0.99);
  });
});

describe('agreesOn', () => {
  it('answers as a full count would, for every needed count', () => {
    const next = values(11);
    for (let t = 0; t < 40; t++) {
      const a = Uint32Array.from({ length: BINS }, () => next());
      const b = a.map((v) => ((next() >>> 8) % 100 < t * 2.5 ? v : next()));
      const same = a.reduce((n, v, i) => n + (v === b[i] ? 1 : 0), 0);
      for (let need = 1; need <= BINS; need++) expect(agreesOn(a, b, need)).toBe(same >= need);
    }
  });
});

describe('findSimilar in LSH mode', () => {
  it('does not fail on identical reports with nothing countable (a null signature)', async () => {
    // Before: "Cannot read properties of null" once the batch was past the exhaustive size.
    const files: SimilarFile[] = Array.from({ length: 450 }, (_, i) => {
      const next = values(i + 1);
      const own = Array.from({ length: 3 }, () => Array.from({ length: 30 }, () => String.fromCharCode(0x4e00 + (next() % 2000))).join(''));
      const lines = i >= 448 ? ['坚持以习近平新时代中国特色社会主义思想为指导'] : [`第${i}单位`, ...own];
      return { path: `r${i}.txt`, lines, baseline: false, reports: [{ title: lines[0]!, startLine: 1, endLine: lines.length, sections: {} }] };
    });
    const stats = { docs: 0, pairChecks: 0, largestBucket: 0, candidates: 0 };
    const found = await findSimilar({ count: files.length, hasBaseline: false, load: async (i) => files[i]! }, similarOptions(), stats);
    expect(found).toEqual([]);
    expect(stats.docs).toBe(450);
    expect(stats.pairChecks).toBeGreaterThan(0); // the copy was checked against its first
  });
});
