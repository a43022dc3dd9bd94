/**
 * Character n-gram shingles of normalised text, as 32-bit hashes.
 * A rolling polynomial hash makes this one pass over the text; fmix32 spreads the bits for sampling and binning.
 */

/** Shingle length in normalised characters: long enough that stock two-word phrases rarely match by chance. */
export const SHINGLE = 8;

const BASE = 0x01000193;

/** murmur3's finaliser: a cheap bijective mix of a 32-bit value. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** hashes[p] is the hash of text[p .. p + SHINGLE); empty when the text is shorter than one shingle. */
export function shingleHashes(text: string, k = SHINGLE): Uint32Array {
  const n = text.length - k + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  let top = 1; // BASE^(k-1)
  for (let i = 1; i < k; i++) top = Math.imul(top, BASE);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  out[0] = fmix32(h);
  for (let p = 1; p < n; p++) {
    h = (Math.imul(h - Math.imul(text.charCodeAt(p - 1), top), BASE) + text.charCodeAt(p + k - 1)) | 0;
    out[p] = fmix32(h);
  }
  return out;
}

/** Sorted distinct values of a hash list. */
export function distinct(hashes: Uint32Array): Uint32Array {
  const sorted = hashes.length < RADIX_FROM ? hashes.slice().sort() : radixSort(hashes);
  let w = 0;
  for (let r = 0; r < sorted.length; r++) if (r === 0 || sorted[r] !== sorted[r - 1]) sorted[w++] = sorted[r]!;
  return sorted.slice(0, w);
}

/** Below this many values the native sort wins over the radix sort's fixed cost (three passes over 2,048 counts). */
const RADIX_FROM = 256;
const RADIX_BITS = 11;
const RADIX_MASK = (1 << RADIX_BITS) - 1;
const counts = new Uint32Array(1 << RADIX_BITS);

/**
 * A copy of `values` in ascending order: a least-significant-digit radix sort, three passes of 11 bits.
 * Sorting each report's shingles was the largest single cost of signing it; this is about 3x faster
 * than TypedArray#sort on a few thousand values.
 */
function radixSort(values: Uint32Array): Uint32Array {
  let from = values.slice();
  let to = new Uint32Array(values.length);
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    counts.fill(0);
    for (let i = 0; i < from.length; i++) counts[(from[i]! >>> shift) & RADIX_MASK]!++;
    let sum = 0;
    for (let b = 0; b < counts.length; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < from.length; i++) {
      const v = from[i]!;
      to[counts[(v >>> shift) & RADIX_MASK]!++] = v;
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Size of the intersection of two sorted distinct lists. */
export function intersectCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
