/**
 * LSH banding over MinHash signatures: reports that agree on all rows of some band land in one bucket,
 * and only reports sharing a bucket are compared. With 64 bands of 2 rows a pair of Jaccard 0.2 is found
 * with probability 0.93, a pair of Jaccard 0.02 with 0.03.
 */
import { BINS } from './minhash.js';

const ROWS = 2;
const BANDS = BINS / ROWS;
/** A bucket this full is a template everybody used, not a copy; its pairs are left to the other bands. */
const MAX_BUCKET = 400;

/** Calls `visit(i, j)` (i < j) for every pair sharing a bucket; a pair may be visited once per shared band. */
export function candidatePairs(signatures: readonly (Uint32Array | null)[], visit: (i: number, j: number) => void): void {
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    const r = band * ROWS;
    for (let i = 0; i < signatures.length; i++) {
      const sig = signatures[i];
      if (!sig) continue;
      // 32 + 21 bits: a JS number holds it exactly; a rare collision only costs one extra comparison.
      const key = sig[r]! * 2097152 + (sig[r + 1]! >>> 11);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
      for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) visit(bucket[x]!, bucket[y]!);
    }
  }
}
