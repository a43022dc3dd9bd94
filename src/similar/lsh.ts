/**
 * LSH banding over MinHash signatures: units that agree on all rows of some band land in one bucket, and only
 * units sharing a bucket are compared. The band shape comes from the similarity the caller must not miss
 * (bandingFor), and a bucket never pairs more than CAP members in full, so the pairs asked for grow with the
 * number of units, not with its square, whatever share of them a stock sentence reaches.
 */
import { BINS } from './minhash.js';
import { fmix32 } from './shingle.js';

/** Rows per band and bands: rows × bands ≤ BINS. */
export interface Banding {
  readonly rows: number;
  readonly bands: number;
}

/**
 * Probability that a pair of Jaccard `s` shares a bucket in at least one band: 1 - (1 - s^rows)^bands,
 * the S-curve. More rows make the curve steeper (fewer chance pairs, smaller buckets) and move it right.
 */
export function foundProbability(s: number, { rows, bands }: Banding): number {
  return 1 - (1 - s ** rows) ** bands;
}

/** A pair just at the line (the least similar pair that must be reported) is found at least this often. */
const FOUND_AT_LINE = 0.7;

/**
 * The most rows per band (bands = BINS / rows) that still find a pair of Jaccard `s` with probability
 * FOUND_AT_LINE. With 128 bins (chance pairs are those of Jaccard about 0.02, two units sharing a stock sentence):
 *
 * | line s | rows × bands | P(s)  | P(1.5 s) | P(0.02) | e.g.                                          |
 * |-------:|-------------:|------:|---------:|--------:|-----------------------------------------------|
 * | 0.081  | 1 × 128      | 1.00  | 1.00     | 0.92    | threshold 0.3, reports up to 3x apart         |
 * | 0.143  | 2 × 64       | 0.73  | 0.95     | 0.025   | threshold 0.5 (default), reports up to 3x     |
 * | 0.25   | 2 × 64       | 0.98  | 1.00     | 0.025   | threshold 0.8, reports up to 3x               |
 * | 0.43   | 3 × 42       | 0.97  | 1.00     | 0.0003  | section threshold 0.6 (default), similar size |
 *
 * A pair of Jaccard 0.5 (a copy with a third of it rewritten) is missed with probability 1e-8 at 2 rows, 0.004 at 3.
 * One row (a low threshold) makes big buckets of chance pairs; the cap below keeps their cost linear.
 */
export function bandingFor(s: number): Banding {
  let best: Banding = { rows: 1, bands: BINS };
  for (let rows = 2; rows <= 8; rows++) {
    const next = { rows, bands: Math.floor(BINS / rows) };
    if (foundProbability(s, next) < FOUND_AT_LINE) break;
    best = next;
  }
  return best;
}

/** The banding when the caller gives none: 64 bands of 2 rows, what the default report threshold gets. */
export const DEFAULT_BANDING: Banding = { rows: 2, bands: BINS / 2 };
/**
 * A bucket of more members than this is a text many units share (a stock sentence, a county's model report),
 * not a copy ring: it is split by the next band's rows (its members must agree on more of their signature)
 * until each part fits, so pairs asked for per band stay under units × CAP / 2 at any batch size. The cost of
 * the cap on recall: a pair now needs a band where its bucket is small, or where it also agrees on the next
 * bands; a copy shares dozens of bands (Jaccard 0.5 at 2 rows: 16 of 64 on average), so it is still found
 * (`npm run bench:similar -- --reports 10000,40000`: every planted pair, none invented). Measured there, the
 * signature comparisons grow 3.8x from 10,000 to 40,000 reports at a cap of 8, 4.6x at 16 and 6.1x at 32
 * (buckets still filling up to the cap), 12x with the former 400.
 */
export const CAP = 8;
/** An over-full bucket is narrowed by at most this many more bands before its members are chained instead. */
const MAX_DEPTH = 8;

export interface LshOptions {
  readonly banding?: Banding;
  /** Units whose masks share a bit are never paired (two baseline reports; two sections of the batch). */
  readonly apart?: Uint8Array;
  /** Largest bucket paired in full; tests set it low. */
  readonly cap?: number;
}

/** Counts of one search: the largest bucket before splitting, and the pairs visited. */
export interface LshCounts {
  largestBucket: number;
  pairs: number;
}

/**
 * Calls `visit(i, j)` (i < j) for the pairs sharing a bucket; a pair may be visited once per shared band.
 * A member of an over-full bucket is visited with the members of its part only, and a part that cannot be
 * split (members agreeing on MAX_DEPTH more bands: near-identical texts) pairs each member with its
 * neighbours, so each is still reported once without a quadratic list of pairs.
 */
export function candidatePairs(signatures: readonly (Uint32Array | null)[], visit: (i: number, j: number) => void, options: LshOptions = {}): LshCounts {
  const { rows, bands } = options.banding ?? DEFAULT_BANDING;
  const cap = options.cap ?? CAP;
  const apart = options.apart ?? new Uint8Array(signatures.length);
  const counts: LshCounts = { largestBucket: 0, pairs: 0 };
  const pair = (i: number, j: number) => {
    counts.pairs++;
    visit(i, j);
  };

  const pairUp = (group: readonly number[], band: number, depth: number): void => {
    if (group.length <= cap) return allPairs(group, apart, pair);
    if (depth < Math.min(MAX_DEPTH, bands)) {
      const next = (band + depth) % bands;
      const parts = new Map<number, number[]>();
      for (const i of group) {
        const h = bandHash(signatures[i]!, next, rows);
        const part = parts.get(h);
        if (part) part.push(i);
        else parts.set(h, [i]);
      }
      // Members all agreeing on this band as well are near-identical: more bands would not split them either.
      if (parts.size > 1) {
        for (const part of parts.values()) if (part.length >= 2) pairUp(part, band, depth + 1);
        return;
      }
    }
    chain(group, apart, pair);
  };

  let n = 0;
  const units = new Int32Array(signatures.length);
  for (let i = 0; i < signatures.length; i++) if (signatures[i]) units[n++] = i;
  const signed = units.subarray(0, n);
  const buckets = new BucketTable(n);
  for (let band = 0; band < bands; band++) {
    buckets.each(signed, (i) => bandHash(signatures[i]!, band, rows), (group) => {
      if (group.length > counts.largestBucket) counts.largestBucket = group.length;
      pairUp(group, band, 1);
    });
  }
  return counts;
}

/** The bucket hash of one band: its rows and its number, mixed. */
function bandHash(sig: Uint32Array, band: number, rows: number): number {
  let h = fmix32(band + 0x9e3779b9);
  for (let r = band * rows; r < (band + 1) * rows; r++) h = fmix32(h ^ sig[r]!);
  return h;
}

/**
 * Groups units by a 32-bit hash in one pass (open addressing, load at most one half), so a band costs time
 * linear in the units, where sorting them cost n log n. A rare collision of two buckets' hashes only costs a
 * few extra signature comparisons. The table is reused from band to band.
 */
class BucketTable {
  private readonly mask: number;
  private readonly hashes: Uint32Array;
  /** Per slot, the position (in `units`) of the last unit put there; -1 when empty. */
  private readonly last: Int32Array;
  /** Per position, the previous position in its bucket; -1 at the first. */
  private readonly previous: Int32Array;
  private readonly used: Int32Array;

  constructor(n: number) {
    let size = 16;
    while (size < 2 * n) size *= 2;
    this.mask = size - 1;
    this.hashes = new Uint32Array(size);
    this.last = new Int32Array(size).fill(-1);
    this.previous = new Int32Array(n);
    this.used = new Int32Array(n);
  }

  /** Calls `f` with each group of two or more units of one hash, in ascending order of `units`. */
  each(units: Int32Array, hashOf: (unit: number) => number, f: (group: number[]) => void): void {
    const { mask, hashes, last, previous, used } = this;
    let slots = 0;
    for (let k = 0; k < units.length; k++) {
      const h = hashOf(units[k]!);
      let s = h & mask;
      while (last[s] !== -1 && hashes[s] !== h) s = (s + 1) & mask;
      if (last[s] === -1) {
        hashes[s] = h;
        used[slots++] = s;
      }
      previous[k] = last[s]!;
      last[s] = k;
    }
    for (let u = 0; u < slots; u++) {
      const s = used[u]!;
      if (previous[last[s]!] !== -1) {
        const group: number[] = [];
        for (let k = last[s]!; k !== -1; k = previous[k]!) group.push(units[k]!);
        f(group.reverse());
      }
      last[s] = -1;
    }
  }
}

function allPairs(group: readonly number[], apart: Uint8Array, pair: (i: number, j: number) => void): void {
  for (let x = 0; x < group.length; x++) {
    const i = group[x]!;
    for (let y = x + 1; y < group.length; y++) {
      const j = group[y]!;
      if ((apart[i]! & apart[j]!) === 0) pair(i, j);
    }
  }
}

/**
 * Each member with the nearest member after it and the nearest before it that it may be paired with (in index
 * order): at most two pairs a member. Both sides, so 300 batch sections and one baseline section are 300 pairs.
 */
function chain(idx: readonly number[], apart: Uint8Array, pair: (i: number, j: number) => void): void {
  const next = nearest(idx, apart, 1);
  const prev = nearest(idx, apart, -1);
  for (let x = 0; x < idx.length; x++) {
    if (next[x]! >= 0) pair(idx[x]!, idx[next[x]!]!);
    const p = prev[x]!;
    if (p >= 0 && next[p] !== x) pair(idx[p]!, idx[x]!);
  }
}

/** For each position, the closest position after it (dir 1) or before it (dir -1) whose mask is disjoint from its own; -1 if none. */
function nearest(idx: readonly number[], apart: Uint8Array, dir: 1 | -1): Int32Array {
  const out = new Int32Array(idx.length).fill(-1);
  const seen = new Map<number, number>(); // mask → the closest position with it on the scanned side
  for (let x = dir === 1 ? idx.length - 1 : 0; x >= 0 && x < idx.length; x -= dir) {
    const m = apart[idx[x]!]!;
    for (const [mask, at] of seen) if ((mask & m) === 0 && (out[x] === -1 || Math.abs(at - x) < Math.abs(out[x]! - x))) out[x] = at;
    seen.set(m, x);
  }
  return out;
}
