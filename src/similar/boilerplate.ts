/**
 * Boilerplate: shingles that many reports of the batch share (the opening formula, the 条例's wording,
 * a template's headings) plus configured phrases. Document frequency is counted in a count-min sketch,
 * so 20,000 reports cost a fixed 16 MB instead of a map of every shingle ever seen.
 */
import { fmix32, shingleHashes, distinct } from './shingle.js';
import { normalisePhrase } from './normalize.js';

const BITS = 22;
const MASK = (1 << BITS) - 1;

/** Document frequency per shingle, over-counted only by hash collisions (never under-counted). */
export class DocFrequency {
  private readonly rowA = new Uint16Array(1 << BITS);
  private readonly rowB = new Uint16Array(1 << BITS);
  /** Reports counted so far. */
  documents = 0;

  /** Counts one report's distinct shingles. */
  add(distinctHashes: Uint32Array): void {
    this.documents++;
    for (const h of distinctHashes) {
      const a = h & MASK;
      const b = fmix32(h ^ 0x5bd1e995) & MASK;
      if (this.rowA[a]! < 0xffff) this.rowA[a]!++;
      if (this.rowB[b]! < 0xffff) this.rowB[b]!++;
    }
  }

  count(h: number): number {
    return Math.min(this.rowA[h & MASK]!, this.rowB[fmix32(h ^ 0x5bd1e995) & MASK]!);
  }
}

export interface BoilerplateOptions {
  /** A shingle in more than this share of all reports (batch and baseline) is boilerplate. */
  readonly share: number;
  /** …and in at least this many reports, so a few copies in a small batch are not mistaken for boilerplate. */
  readonly minReports: number;
  /** Phrases that never count, whatever the batch. */
  readonly phrases: readonly string[];
}

/** A predicate over shingle hashes: true for boilerplate. */
export type IsBoilerplate = (h: number) => boolean;

export function boilerplateTest(df: DocFrequency, options: BoilerplateOptions): IsBoilerplate {
  const fixed = new Set<number>();
  for (const phrase of options.phrases) for (const h of distinct(shingleHashes(normalisePhrase(phrase)))) fixed.add(h);
  const cut = Math.max(options.minReports, Math.floor(options.share * df.documents) + 1);
  return (h) => fixed.has(h) || df.count(h) >= cut;
}
