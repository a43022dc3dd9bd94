/**
 * Exact verification of a candidate pair: the passages two normalised texts share, found by seeding on
 * common shingles and extending each match as far as the characters agree (greedy string tiling, one pass).
 * Matches separated by a short edit (a changed unit or place name) are merged into one passage.
 */
import type { IsBoilerplate } from './boilerplate.js';
import { FIGURE } from './normalize.js';
import { SHINGLE, shingleHashes } from './shingle.js';

/** A shared passage in normalised positions, end exclusive. */
export interface Span {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Characters that match exactly, boilerplate and figures excluded (gaps of merged edits too). */
  matched: number;
}

export interface Comparison {
  readonly passages: readonly Span[];
  /** Per position of a / b: 1 when covered by a kept passage. */
  readonly coveredA: Uint8Array;
  readonly coveredB: Uint8Array;
  /** Per position: 1 when boilerplate or a figure; such positions count on neither side of a share. */
  readonly ignoredA: Uint8Array;
  readonly ignoredB: Uint8Array;
}

/** Longest edit (in normalised characters, both sides) still bridged inside one passage. */
const MAX_GAP = 8;
/** Positions of one shingle tried as match starts; more only happens in repetitive text. */
const MAX_SEEDS = 8;

export function comparePair(a: string, b: string, isBoilerplate: IsBoilerplate, minPassageChars: number): Comparison {
  const ha = shingleHashes(a);
  const hb = shingleHashes(b);
  const ignoredA = ignoredMask(a, ha, isBoilerplate);
  const ignoredB = ignoredMask(b, hb, isBoilerplate);
  const index = new Map<number, number[]>();
  for (let j = 0; j < hb.length; j++) {
    const h = hb[j]!;
    if (isBoilerplate(h)) continue;
    const list = index.get(h);
    if (!list) index.set(h, [j]);
    else if (list.length < MAX_SEEDS) list.push(j);
  }
  const raw: Span[] = [];
  let i = 0;
  while (i < ha.length) {
    const seeds = index.get(ha[i]!);
    if (!seeds) {
      i++;
      continue;
    }
    let best = -1;
    let bestLen = 0;
    for (const j of seeds) {
      let len = 0;
      while (i + len < a.length && j + len < b.length && a.charCodeAt(i + len) === b.charCodeAt(j + len)) len++;
      if (len > bestLen) [best, bestLen] = [j, len];
    }
    if (bestLen < SHINGLE) {
      i++; // a hash collision, not a match
      continue;
    }
    raw.push({ aStart: i, aEnd: i + bestLen, bStart: best, bEnd: best + bestLen, matched: countFree(ignoredA, i, i + bestLen) });
    i += bestLen;
  }
  const passages = merge(raw).filter((p) => p.matched >= minPassageChars);
  const coveredA = new Uint8Array(a.length);
  const coveredB = new Uint8Array(b.length);
  for (const p of passages) {
    coveredA.fill(1, p.aStart, p.aEnd);
    coveredB.fill(1, p.bStart, p.bEnd);
  }
  return { passages, coveredA, coveredB, ignoredA, ignoredB };
}

/** Share of counted positions (not boilerplate, not figures) in [from, to) that are covered. */
export function coveredShare(covered: Uint8Array, ignored: Uint8Array, from = 0, to = covered.length): number {
  let content = 0;
  let hit = 0;
  for (let p = from; p < to; p++) {
    if (ignored[p]) continue;
    content++;
    if (covered[p]) hit++;
  }
  return content ? hit / content : 0;
}

/** Figures match any figure, so they may join a passage but are no evidence of copying by themselves. */
function ignoredMask(text: string, hashes: Uint32Array, isBoilerplate: IsBoilerplate): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (let p = 0; p < hashes.length; p++) if (isBoilerplate(hashes[p]!)) mask.fill(1, p, p + SHINGLE);
  for (let p = 0; p < text.length; p++) if (text.charCodeAt(p) === FIGURE_CODE) mask[p] = 1;
  return mask;
}

const FIGURE_CODE = FIGURE.charCodeAt(0);

function countFree(mask: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let p = from; p < to; p++) if (!mask[p]) n++;
  return n;
}

/** Joins matches that continue each other in both texts after a short edit. */
function merge(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    const gapA = last ? s.aStart - last.aEnd : -1;
    const gapB = last ? s.bStart - last.bEnd : -1;
    if (last && gapA >= 0 && gapA <= MAX_GAP && gapB >= 0 && gapB <= MAX_GAP) {
      last.aEnd = s.aEnd;
      last.bEnd = s.bEnd;
      last.matched += s.matched;
    } else out.push({ ...s });
  }
  return out;
}
