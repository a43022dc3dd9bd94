/**
 * LSH banding over MinHash signatures: reports that agree on all rows of some band land in one bucket,
 * and only reports sharing a bucket are compared. With 64 bands of 2 rows a pair of Jaccard 0.2 is found
 * with probability 0.93, a pair of Jaccard 0.02 with 0.03.
 */
import { BINS } from './minhash.js';
import { fmix32 } from './shingle.js';

const ROWS = 2;
const BANDS = BINS / ROWS;
/**
 * A bucket this full is a text hundreds of units share (a county's model report): its members are paired with
 * their neighbour only, so each is still reported once without a quadratic list of pairs.
 */
const MAX_BUCKET = 400;
/** Document indexes ride in the low bits of each sort key. */
const INDEX_BITS = 21;

/** Calls `visit(i, j)` (i < j) for every pair sharing a bucket; a pair may be visited once per shared band. */
export function candidatePairs(signatures: readonly (Uint32Array | null)[], visit: (i: number, j: number) => void): void {
  if (signatures.length >= 2 ** INDEX_BITS) throw new RangeError(`similarity: at most ${2 ** INDEX_BITS - 1} reports`);
  const keys = new Float64Array(signatures.length);
  for (let band = 0; band < BANDS; band++) {
    const r = band * ROWS;
    let n = 0;
    for (let i = 0; i < signatures.length; i++) {
      const sig = signatures[i];
      if (!sig) continue;
      // A 32-bit bucket hash and the index in one exactly representable number: sorting groups the buckets
      // without a Map. A rare hash collision only costs one extra signature comparison.
      keys[n++] = fmix32(sig[r]! ^ fmix32(sig[r + 1]! + band)) * 2 ** INDEX_BITS + i;
    }
    const sorted = keys.subarray(0, n).sort();
    let start = 0;
    for (let k = 1; k <= n; k++) {
      if (k < n && bucketOf(sorted[k]!) === bucketOf(sorted[start]!)) continue;
      const size = k - start;
      if (size >= 2 && size <= MAX_BUCKET) {
        for (let x = start; x < k; x++) for (let y = x + 1; y < k; y++) visit(indexOf(sorted[x]!), indexOf(sorted[y]!));
      } else if (size > MAX_BUCKET) {
        for (let x = start + 1; x < k; x++) visit(indexOf(sorted[x - 1]!), indexOf(sorted[x]!));
      }
      start = k;
    }
  }
}

const bucketOf = (key: number) => Math.floor(key / 2 ** INDEX_BITS);
const indexOf = (key: number) => key % 2 ** INDEX_BITS;
