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
export function shingleHashes(text: string | Uint16Array, k = SHINGLE): Uint32Array {
  const codes = typeof text === 'string' ? codesOf(text) : text;
  const n = codes.length - k + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  let top = 1; // BASE^(k-1)
  for (let i = 1; i < k; i++) top = Math.imul(top, BASE);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + codes[i]!) | 0;
  out[0] = fmix32(h);
  for (let p = 1; p < n; p++) {
    h = (Math.imul(h - Math.imul(codes[p - 1]!, top), BASE) + codes[p + k - 1]!) | 0;
    out[p] = fmix32(h);
  }
  return out;
}

/** A string's UTF-16 code units. */
export function codesOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/** Sorted distinct values of a hash list. */
export function distinct(hashes: Uint32Array): Uint32Array {
  const sorted = hashes.length < RADIX_MIN ? hashes.slice().sort() : hashSorted(hashes);
  let w = 0;
  for (let r = 0; r < sorted.length; r++) if (r === 0 || sorted[r] !== sorted[r - 1]) sorted[w++] = sorted[r]!;
  return sorted.slice(0, w);
}

/**
 * The distinct values of a hash list in two parts: those with `mask`'s bits clear, sorted (the sample a
 * report keeps), and the others in no order (counted for boilerplate, then dropped). Duplicates are found
 * in a hash table, so only the sample is sorted: half the work of `distinct` on a report's shingles.
 */
export function distinctSample(hashes: Uint32Array, mask: number): { sample: Uint32Array; rest: Uint32Array } {
  const n = hashes.length;
  let size = 1024;
  while (size < 2 * n) size *= 2;
  if (slots.length < size) {
    slots = new Uint32Array(size);
    stamps = new Uint32Array(size);
    picked = new Uint32Array(size);
  }
  // A new stamp empties the table without clearing it; on wrap-around it is cleared once.
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const slotMask = size - 1;
  // One buffer for both parts (size >= 2n): the sample from the front, the rest from the back.
  const both = picked;
  let ns = 0;
  let nr = 0;
  for (let i = 0; i < n; i++) {
    const h = hashes[i]!;
    // Shingle hashes are already mixed (fmix32): their low bits index the table well.
    let at = h & slotMask;
    let seen = false;
    while (stamps[at] === stamp) {
      if (slots[at] === h) {
        seen = true;
        break;
      }
      at = (at + 1) & slotMask;
    }
    if (seen) continue;
    stamps[at] = stamp;
    slots[at] = h;
    if ((h & mask) === 0) both[ns++] = h;
    else both[size - ++nr] = h;
  }
  const kept = both.subarray(0, ns);
  return { sample: ns < RADIX_MIN ? kept.slice().sort() : hashSorted(kept), rest: both.slice(size - nr, size) };
}

let slots = new Uint32Array(0);
let stamps = new Uint32Array(0);
let picked = new Uint32Array(0);
let stamp = 0;

/** Below this many values the built-in sort is as quick; above it, four counting passes (a byte each) are 3-5x quicker. */
const RADIX_MIN = 256;
const counts = new Uint32Array(4 * 256);
let scratch = new Uint32Array(4096);

let buckets = new Uint32Array(1024);

/**
 * A sorted copy of hash values (spread evenly, as fmix32 makes them): one counting pass on the top bits
 * puts each value in a bucket of about one, and an insertion pass finishes the order. Values bunched in
 * a few buckets (a hostile text) would make that pass quadratic: past a budget the radix sort takes over.
 */
function hashSorted(values: Uint32Array): Uint32Array {
  const n = values.length;
  let bits = 1;
  while (1 << bits < n && bits < 20) bits++;
  const size = 1 << bits;
  if (buckets.length < size + 1) buckets = new Uint32Array(size + 1);
  const count = buckets.subarray(0, size + 1);
  count.fill(0);
  const shift = 32 - bits;
  for (let i = 0; i < n; i++) count[(values[i]! >>> shift) + 1]!++;
  for (let b = 1; b <= size; b++) count[b]! += count[b - 1]!;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    out[count[v >>> shift]!++] = v;
  }
  let moves = 0;
  const budget = 8 * n;
  for (let i = 1; i < n; i++) {
    const v = out[i]!;
    let j = i - 1;
    while (j >= 0 && out[j]! > v) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = v;
    moves += i - 1 - j;
    if (moves > budget) return radixSorted(values);
  }
  return out;
}

/** A sorted copy of `values`: least significant byte first, all four byte counts taken in one pass. */
function radixSorted(values: Uint32Array): Uint32Array {
  const n = values.length;
  let from = values.slice();
  if (scratch.length < n) scratch = new Uint32Array(n * 2);
  let to = scratch.subarray(0, n);
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const v = from[i]!;
    counts[v & 0xff]!++;
    counts[256 + ((v >>> 8) & 0xff)]!++;
    counts[512 + ((v >>> 16) & 0xff)]!++;
    counts[768 + (v >>> 24)]!++;
  }
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 256;
    const shift = pass * 8;
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const c = counts[base + b]!;
      counts[base + b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = from[i]!;
      to[counts[base + ((v >>> shift) & 0xff)]!++] = v;
    }
    [from, to] = [to, from];
  }
  // After four passes (an even number of swaps) the sorted values are back in the copy made first.
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
