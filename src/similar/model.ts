/** What the similarity engine reads and returns; independent of how files were loaded or checked. */
import type { SharedPassage } from '../types.js';

export type SectionKind = 'problems' | 'plans';

/** Section ids (as rule sets name them) whose copying from last year gets its own message, in report order. */
export const SECTION_IDS: readonly SectionKind[] = ['problems', 'plans'];

/** One report as the similarity pass sees it. */
export interface SimilarReport {
  readonly title: string;
  readonly startLine: number;
  readonly endLine: number;
  /** Line ranges (inclusive) of the problems and plans sections, when the checker found them as sections. */
  readonly sections: Partial<Record<SectionKind, readonly [number, number]>>;
}

/** One file: its lines and reports; baseline files are last year's (or any reference set). */
export interface SimilarFile {
  readonly path: string;
  readonly lines: readonly string[];
  readonly baseline: boolean;
  readonly reports: readonly SimilarReport[];
}

/**
 * The files, readable more than once: the pass reads each once to sign it and again only
 * for the few candidate pairs, so 10,000 reports' texts are never held at once.
 */
export interface FileSource {
  readonly count: number;
  /** Problems and plans sections are only compared with a baseline. */
  readonly hasBaseline: boolean;
  load(file: number): Promise<SimilarFile | null>;
}

export interface ReportRef {
  readonly file: number;
  readonly report: number;
  readonly path: string;
  readonly title: string;
  readonly startLine: number;
}

/** A verified pair: `a` is always a report of the batch; `b` is another batch report or a baseline report. */
export interface FoundPair {
  /** report: two batch reports; baseline: a report and a baseline report; section: a problems/plans section and a baseline report. */
  readonly kind: 'report' | 'baseline' | 'section';
  readonly section?: SectionKind;
  readonly a: ReportRef;
  readonly b: ReportRef;
  /** Containment: the larger of the two shares (the shorter text's share found in the other). */
  readonly similarity: number;
  /** Share of a's text (or of a's section) found in b, and of b's in a. */
  readonly shareA: number;
  readonly shareB: number;
  /** First line of a's section, for `section` pairs. */
  readonly line: number;
  /** Passages seen from a (lines in a, other lines in b) and from b. */
  readonly passagesA: readonly SharedPassage[];
  readonly passagesB: readonly SharedPassage[];
}
