/**
 * The similarity pass: sign every report (and every problems/plans section), learn boilerplate from the batch,
 * find candidate pairs by LSH, and verify each candidate on the texts (verify.ts).
 * No pair is compared in full unless its signatures already agree.
 */
import { boilerplateTest, DocFrequency, type IsBoilerplate } from './boilerplate.js';
import { bandingFor, candidatePairs } from './lsh.js';
import { agreesOn, BINS, signature } from './minhash.js';
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
 * The least similar pair the search must find, as a Jaccard similarity: containment t between units up to
 * LENGTH_RATIO apart in length is t / (1 + ratio - t). Reports may be 3x apart (0.5 → 0.14); a section is
 * compared with a baseline section of similar length (0.6 → 0.43). The LSH bands are chosen from it (bandingFor).
 */
const LENGTH_RATIO = { report: 3, section: 1 };
/**
 * Signatures must agree on this share of the line's Jaccard (in bins) before the sampled sets are intersected:
 * well under what a pair at the line has (at the defaults 0.071 for reports, 0.21 for sections).
 */
const AGREEMENT_SHARE = 0.5;
/** Batch reports pair with anything; masks sharing a bit never pair (two baseline units; two batch sections). */
const APART = { batchReport: 0, baseline: 1, batchSection: 2 };
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

/** Counts of one run, for benchmarks and tests. */
export interface SimilarStats {
  /** Signed units: reports, and their sections when there is a baseline. */
  docs: number;
  /** Pairs whose signatures were compared (LSH), or whose sets were (a small batch): what grows with the batch. */
  pairChecks: number;
  /** Largest LSH bucket before it was split (0 for a small batch). */
  largestBucket: number;
  /** Pairs read again. */
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
  const counts = { pairChecks: 0, largestBucket: 0 };
  const found = candidates(docs, exhaustive, options, counts);
  if (stats) Object.assign(stats, { docs: docs.length, ...counts, candidates: found.length });
  return verifyPairs(source, found, isBoilerplate, options);
}

/** Pairs worth reading the texts for, batch report first. */
function candidates(docs: readonly Doc[], exhaustive: boolean, options: SimilarOptions, counts: { pairChecks: number; largestBucket: number }): Candidate[] {
  // A copy is not signed: having its first's text, it borrows that signature.
  const sigs = exhaustive ? [] : docs.map((d) => (d.copyOf === undefined ? signature(d.set) : null));
  const sigOf = (i: number) => sigs[docs[i]!.copyOf ?? i] ?? null;
  const line = {
    report: lineJaccard(options.threshold, LENGTH_RATIO.report),
    section: lineJaccard(options.sectionThreshold, LENGTH_RATIO.section),
  };
  const need = { report: Math.ceil(AGREEMENT_SHARE * line.report * BINS), section: Math.ceil(AGREEMENT_SHARE * line.section * BINS) };
  // Only pairs that pass the signature test are remembered: millions of pairs are checked, few pass.
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
    counts.pairChecks++;
    if (!exhaustive) {
      const [x, y] = [sigOf(i), sigOf(j)];
      if (!x || !y || !agreesOn(x, y, need[a.section ? 'section' : 'report'])) return;
    }
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
  docs.forEach((d, i) => {
    if (d.copyOf === undefined) return;
    const list = copies.get(d.copyOf);
    if (list) list.push(i);
    else copies.set(d.copyOf, [i]);
  });
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
  else {
    const apart = Uint8Array.from(docs, (d) => (d.baseline ? APART.baseline : d.section ? APART.batchSection : APART.batchReport));
    // Reports and sections are searched apart, each with the bands its own threshold asks for.
    for (const kind of ['report', 'section'] as const) {
      const own = sigs.map((sig, i) => ((docs[i]!.section === undefined) === (kind === 'report') ? sig : null));
      const lsh = candidatePairs(own, search, { banding: bandingFor(line[kind]), apart });
      counts.largestBucket = Math.max(counts.largestBucket, lsh.largestBucket);
    }
  }
  docs.forEach((d, i) => d.copyOf !== undefined && visit(d.copyOf, i));
  return out;
}

const lineJaccard = (containment: number, lengthRatio: number) => containment / (1 + lengthRatio - containment);

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
