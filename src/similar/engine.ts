/**
 * The similarity pass: sign every report (and every problems/plans section), learn boilerplate from the batch,
 * find candidate pairs by LSH, and verify each candidate on the texts (verify.ts).
 * No pair is compared in full unless its signatures already agree.
 */
import { boilerplateTest, DocFrequency, type IsBoilerplate } from './boilerplate.js';
import { candidatePairs } from './lsh.js';
import { agreement, signature } from './minhash.js';
import type { FileSource, FoundPair, SectionKind } from './model.js';
import { linePositions, normalise } from './normalize.js';
import type { SimilarOptions } from './options.js';
import { distinct, intersectCount, SHINGLE, shingleHashes } from './shingle.js';
import { verifyPairs, type Candidate } from './verify.js';

/** A signed unit: a whole report, or one of its sections. */
interface Doc {
  readonly file: number;
  readonly report: number;
  readonly baseline: boolean;
  readonly section?: SectionKind;
  /** Sampled distinct shingles; boilerplate removed once the batch has been counted. */
  set: Uint32Array;
  /** For a batch report whose normalised text an earlier one has too: that one's index in docs. */
  copyOf?: number;
}

/** Reports keep every other shingle (chosen by hash, so both sides keep the same ones); sections keep all. */
const REPORT_SAMPLE = 1;
/**
 * Signatures must agree on this share of bins before the sampled sets are intersected: well under the Jaccard
 * a pair at the threshold has (containment 0.5 between reports up to 3x apart in length is Jaccard 0.14;
 * a section 0.6 contained in a baseline section of similar length is about 0.4).
 */
const MIN_AGREEMENT = { report: 0.07, section: 0.2 };
/**
 * Up to this many signed units every pair is intersected (80,000 intersections of a few hundred hashes,
 * milliseconds), so a small batch has no LSH misses even with a low --similar-threshold.
 */
const EXHAUSTIVE = 400;
/**
 * In LSH mode, shingles in more than this share of the reports (and more than COMMON_MIN of them) are left out of
 * candidate sets: 200 of 10,000 reports sharing a sentence is a template, not a copy ring.
 */
const COMMON_SHARE = 0.02;
const COMMON_MIN = 50;
/** Candidates whose sampled containment is under this share of the threshold are not read again. */
const PREFILTER = 0.6;

/** Counts of one run, for benchmarks and tests: signed units and candidate pairs read again. */
export interface SimilarStats {
  docs: number;
  candidates: number;
}

export async function findSimilar(source: FileSource, options: SimilarOptions, stats?: SimilarStats): Promise<FoundPair[]> {
  const df = new DocFrequency();
  const docs: Doc[] = [];
  // Identical reports of the batch (by a hash of their normalised text) are paired with the first of
  // them only, not with each other: 40 copies of a compilation made every copy a candidate of every
  // other (quadratic: 104 s for 40 copies, more than 600 s for 100 MB of them).
  const firstWith = new Map<string, number>();
  for (let file = 0; file < source.count; file++) {
    const loaded = await source.load(file);
    if (!loaded) continue;
    loaded.reports.forEach((r, report) => {
      const norm = normalise(loaded.lines, r.startLine, r.endLine);
      const hashes = shingleHashes(norm.text);
      const all = distinct(hashes);
      const key = loaded.baseline ? null : textKey(norm.text);
      const copyOf = key === null ? undefined : firstWith.get(key);
      if (key !== null && copyOf === undefined) firstWith.set(key, docs.length);
      // A copy adds nothing to the document frequencies: a text repeated 40 times is not a template.
      if (copyOf === undefined) df.add(all);
      docs.push({ file, report, baseline: loaded.baseline, set: sample(all, REPORT_SAMPLE), ...(copyOf !== undefined ? { copyOf } : {}) });
      if (!source.hasBaseline) return;
      for (const section of ['problems', 'plans'] as const) {
        const range = r.sections[section];
        if (!range) continue;
        // A section's shingles are those of the report that start inside it and end before it does.
        const [from, to] = linePositions(norm, range);
        const set = distinct(hashes.subarray(from, Math.max(from, to - SHINGLE + 1)));
        docs.push({ file, report, baseline: loaded.baseline, section, set });
      }
    });
  }
  const isBoilerplate = boilerplateTest(df, options.boilerplate);
  // In a big batch candidates are judged on their rarer shingles: a pair sharing only stock phrases that a
  // template spread through dozens of reports is not worth reading, while a copy shares phrases only the two
  // of them have. Verification still counts everything that is not boilerplate. A small batch compares all.
  const exhaustive = docs.length <= EXHAUSTIVE;
  const cap = Math.max(COMMON_MIN, Math.ceil(COMMON_SHARE * df.documents));
  const skip = exhaustive ? isBoilerplate : (h: number) => isBoilerplate(h) || df.count(h) > cap;
  for (const d of docs) d.set = without(d.set, skip);
  const found = candidates(docs, exhaustive, options);
  if (stats) Object.assign(stats, { docs: docs.length, candidates: found.length });
  return verifyPairs(source, found, isBoilerplate, options);
}

/** Pairs worth reading the texts for, batch report first. */
function candidates(docs: readonly Doc[], exhaustive: boolean, options: SimilarOptions): Candidate[] {
  const sigs = exhaustive ? [] : docs.map((d) => signature(d.set));
  const seen = new Set<number>();
  const out: Candidate[] = [];
  const visit = (i: number, j: number) => {
    let a = docs[i]!;
    let b = docs[j]!;
    if (a.baseline) [a, b] = [b, a];
    if (a.baseline) return; // last year against last year is not asked for
    if ((a.section === undefined) !== (b.section === undefined)) return;
    if (a.section !== undefined && !b.baseline) return; // sections are compared with the baseline only
    if (a.file === b.file && a.report === b.report) return;
    if (!exhaustive && agreement(sigs[i]!, sigs[j]!) < MIN_AGREEMENT[a.section ? 'section' : 'report']) return;
    const key = i * docs.length + j;
    if (seen.has(key)) return;
    seen.add(key);
    // The sampled sets estimate containment well; verification only needs the pairs near or over the line.
    const inter = intersectCount(a.set, b.set);
    const share = inter / Math.max(1, Math.min(a.set.length, b.set.length));
    const limit = a.section ? options.sectionThreshold : options.threshold;
    if (share < limit * PREFILTER) return;
    out.push({ a: { file: a.file, report: a.report }, b: { file: b.file, report: b.report }, baseline: b.baseline, ...(a.section ? { section: a.section } : {}) });
  };
  // Copies take no part in the search; each is paired with its first, and with what that one meets in the baseline.
  const copies = new Map<number, number[]>();
  docs.forEach((d, i) => d.copyOf !== undefined && copies.set(d.copyOf, [...(copies.get(d.copyOf) ?? []), i]));
  const search = (i: number, j: number) => {
    if (docs[i]!.copyOf !== undefined || docs[j]!.copyOf !== undefined) return;
    const before = out.length;
    visit(i, j);
    if (out.length === before || !out[before]!.baseline) return;
    const first = docs[i]!.baseline ? j : i;
    const other = first === i ? j : i;
    for (const copy of copies.get(first) ?? []) visit(copy, other);
  };
  if (exhaustive) for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) search(i, j);
  else candidatePairs(sigs, search);
  docs.forEach((d, i) => d.copyOf !== undefined && visit(d.copyOf, i));
  return out;
}

/**
 * Reports with the same normalised text share this key: its length and two 53-bit hashes (cyrb53
 * with two seeds). Pure JavaScript, so the engine also runs in the offline page.
 */
function textKey(text: string): string {
  return `${text.length}:${cyrb53(text, 0x9e3779b1).toString(36)}:${cyrb53(text, 0x85ebca6b).toString(36)}`;
}

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function without(set: Uint32Array, isBoilerplate: IsBoilerplate): Uint32Array {
  const out = new Uint32Array(set.length);
  let n = 0;
  for (let k = 0; k < set.length; k++) if (!isBoilerplate(set[k]!)) out[n++] = set[k]!;
  return out.slice(0, n);
}

function sample(all: Uint32Array, mask: number): Uint32Array {
  return mask ? all.filter((h) => (h & mask) === 0) : all;
}

export type { IsBoilerplate };
