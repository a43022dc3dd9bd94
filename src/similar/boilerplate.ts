/**
 * Boilerplate: shingles that many reports of the batch share (the opening formula, the 条例's wording,
 * a template's headings) plus configured phrases. Document frequency is counted in a one-row count-min
 * sketch, so 20,000 reports cost a fixed 32 MB instead of a map of every shingle ever seen; collisions only
 * over-count, by about one report per cell at 30 million distinct shingles, far below any cut that matters.
 */
import { shingleHashes, distinct } from './shingle.js';
import { normalisePhrase } from './normalize.js';

const BITS = 24;
const MASK = (1 << BITS) - 1;

/** Document frequency per shingle, over-counted only by hash collisions (never under-counted). */
export class DocFrequency {
  private readonly cells = new Uint16Array(1 << BITS);
  /** Reports counted so far. */
  documents = 0;

  /** Counts one report's distinct shingles (given in one or two lists that share none). */
  add(distinctHashes: Uint32Array, more?: Uint32Array): void {
    this.documents++;
    const cells = this.cells;
    for (const list of more ? [distinctHashes, more] : [distinctHashes]) {
      for (let i = 0; i < list.length; i++) {
        const c = list[i]! & MASK;
        if (cells[c]! < 0xffff) cells[c]!++;
      }
    }
  }

  count(h: number): number {
    return this.cells[h & MASK]!;
  }

  /** Makes a shingle count as found everywhere: how configured phrases become boilerplate without a second lookup. */
  saturate(h: number): void {
    this.cells[h & MASK] = 0xffff;
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
  for (const phrase of options.phrases) for (const h of distinct(shingleHashes(normalisePhrase(phrase)))) df.saturate(h);
  const cut = Math.max(options.minReports, Math.floor(options.share * df.documents) + 1);
  return (h) => df.count(h) >= cut;
}
