/**
 * One-permutation MinHash: each shingle goes to one of BINS bins, a bin keeps its smallest value.
 * O(shingles) per report instead of O(shingles × hashes); empty bins borrow from the next full bin
 * (rotation densification, Shrivastava & Li 2014) so short reports still get comparable signatures.
 */
import { fmix32 } from './shingle.js';

export const BINS = 128;
const EMPTY = 0xffffffff;

/** A report's signature, or null when it has no countable shingle. */
export function signature(hashes: Iterable<number>): Uint32Array | null {
  const sig = new Uint32Array(BINS).fill(EMPTY);
  let any = false;
  for (const h of hashes) {
    const g = fmix32(h ^ 0x9e3779b9);
    const bin = g >>> 25; // top 7 bits: BINS = 128
    const v = fmix32(h + 0x7f4a7c15);
    if (v < sig[bin]!) sig[bin] = v;
    any = true;
  }
  if (!any) return null;
  for (let i = 0; i < BINS; i++) {
    if (sig[i] !== EMPTY) continue;
    let d = 1;
    while (sig[(i + d) % BINS] === EMPTY) d++;
    // Mark borrowed values with the distance so two reports agree on a borrowed bin only when they agree on the source.
    sig[i] = fmix32(sig[(i + d) % BINS]! + Math.imul(d, 0x27d4eb2d)) | 1;
  }
  return sig;
}

/**
 * Whether two signatures agree on at least `need` bins (the share estimates the Jaccard similarity of the sets).
 * Stops as soon as the answer is known: when `need` bins agree, or when too few bins are left to reach it.
 */
export function agreesOn(a: Uint32Array, b: Uint32Array, need: number): boolean {
  let n = 0;
  for (let i = 0; i < BINS; i++) {
    if (a[i] === b[i]) {
      if (++n >= need) return true;
    } else if (BINS - i - 1 < need - n) return false;
  }
  return n >= need;
}
