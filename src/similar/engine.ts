/**
 * The similarity pass: reports are added with their signatures as their checks end (sign.ts), boilerplate
 * is learned from the batch as they come, and at the end candidate pairs are found by LSH and verified on
 * the texts (verify.ts), read again for those pairs only. No pair is compared in full unless its signatures
 * already agree.
 */
import { boilerplateTest, DocFrequency, type IsBoilerplate } from './boilerplate.js';
import { bandingFor, candidatePairs } from './lsh.js';
import { agreesOn, BINS, signature } from './minhash.js';
import { SECTION_IDS, type FileSource, type FoundPair, type SectionKind, type SimilarFile, type SimilarReport } from './model.js';
import type { SimilarOptions } from './options.js';
import { intersectCount } from './shingle.js';
import { signReport } from './sign.js';
import { verifyPairs, type Candidate } from './verify.js';
import type { ReportSign } from '../types.js';

/** A signed unit: a whole report, or one of its sections. */
interface Doc {
  readonly file: number;
  readonly report: number;
  readonly baseline: boolean;
  readonly section?: SectionKind;
  /** Sampled distinct shingles; boilerplate removed once the batch has been counted. */
  set: Uint32Array;
  /** A batch report's text key (sign.ts textKey), until the pass groups identical reports. */
  key: string | undefined;
  /** For a batch report whose normalised text an earlier one has too: that one's index in docs. */
  copyOf?: number;
}

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

/** A file as the pass keeps it while the batch is checked: everything but its text. */
export type FileMeta = Omit<SimilarFile, 'lines'>;

/**
 * The pass fed file by file, in any order (workers finish out of order): `add` counts a report's shingles
 * for boilerplate at once and keeps only its sampled set; `find` orders the units by file, so which of
 * identical reports is "the first" does not depend on which check ended first, and finds the pairs.
 * Files are numbered by the caller: batch files first, then baseline files, each in path order.
 */
export class SimilarPass {
  private readonly df = new DocFrequency();
  private readonly docs: Doc[] = [];
  private readonly files = new Map<number, FileMeta>();
  /** Text keys of batch reports counted already: a copy adds nothing to the document frequencies. */
  private readonly counted = new Set<string>();
  private readonly sets = new Arena();

  constructor(private readonly options: SimilarOptions) {}

  /** A file's reports (`reports[i]` signed by `signs[i]`); section ranges come from the signatures. */
  add(file: number, path: string, baseline: boolean, reports: readonly Omit<SimilarReport, 'sections'>[], signs: readonly ReportSign[]): void {
    const kept: SimilarReport[] = [];
    signs.forEach((sign, report) => {
      const r = reports[report]!;
      const sections: Partial<Record<SectionKind, readonly [number, number]>> = {};
      // A text repeated 40 times is not a template: only the first of identical batch reports is counted.
      if (baseline || !this.counted.has(sign.key)) {
        if (!baseline) this.counted.add(sign.key);
        this.df.add(sign.shingles, sign.rest);
      }
      this.docs.push({ file, report, baseline, set: this.sets.copy(sign.shingles), key: baseline ? undefined : sign.key });
      for (const id of SECTION_IDS) {
        const s = sign.sections?.[id];
        if (!s) continue;
        sections[id] = s.range;
        this.docs.push({ file, report, baseline, section: id, set: this.sets.copy(s.shingles), key: undefined });
      }
      kept.push({ title: r.title, startLine: r.startLine, endLine: r.endLine, sections });
    });
    this.files.set(file, { path, baseline, reports: kept });
  }

  /** The verified pairs; `load` reads a file's lines again (for candidate pairs only), null when it cannot. */
  async find(load: (file: number, path: string) => Promise<readonly string[] | null>, stats?: SimilarStats): Promise<FoundPair[]> {
    const docs = this.docs.sort((x, y) => x.file - y.file || x.report - y.report || rank(x) - rank(y));
    // Problems and plans sections are only compared with a baseline.
    const hasBaseline = docs.some((d) => d.baseline);
    const units = hasBaseline ? docs : docs.filter((d) => d.section === undefined);
    // Identical reports of the batch (by a hash of their normalised text) are paired with the first of
    // them only, not with each other: 40 copies of a compilation made every copy a candidate of every
    // other (quadratic: 104 s for 40 copies, more than 600 s for 100 MB of them).
    const firstWith = new Map<string, number>();
    units.forEach((d, i) => {
      if (d.key === undefined) return;
      const first = firstWith.get(d.key);
      if (first === undefined) firstWith.set(d.key, i);
      else d.copyOf = first;
      // Not `delete`: that would put 10,000 units in dictionary mode for the search that follows.
      d.key = undefined;
    });
    const { options, files } = this;
    const source: FileSource = {
      count: files.size,
      hasBaseline,
      load: async (file) => {
        const meta = files.get(file);
        const lines = meta ? await load(file, meta.path) : null;
        return meta && lines ? { ...meta, lines } : null;
      },
    };
    return pairsOf(units, this.df, source, options, stats);
  }
}

/**
 * The kept sets, copied into 4 MB blocks rather than kept as tens of thousands of small arrays, each with a
 * backing store of its own allocated among the check's garbage (40,000 reports, one run each: peak RSS
 * 467 MB before, 452 MB after).
 */
class Arena {
  private block = new Uint32Array(0);
  private used = 0;

  copy(values: Uint32Array): Uint32Array {
    const n = values.length;
    if (n > BLOCK / 4) return values.slice();
    if (this.used + n > this.block.length) {
      this.block = new Uint32Array(BLOCK);
      this.used = 0;
    }
    const out = this.block.subarray(this.used, this.used + n);
    out.set(values);
    this.used += n;
    return out;
  }
}

const BLOCK = 1 << 20;

const rank = (d: Doc) => (d.section === undefined ? 0 : 1 + SECTION_IDS.indexOf(d.section));

/**
 * Every file of `source` read and signed here, then the pass: for callers that have the texts at hand
 * (the similarity bench, tests). A run signs its reports while checking them instead (engine/similar.ts).
 */
export async function findSimilar(source: FileSource, options: SimilarOptions, stats?: SimilarStats): Promise<FoundPair[]> {
  const pass = new SimilarPass(options);
  for (let file = 0; file < source.count; file++) {
    const loaded = await source.load(file);
    if (!loaded) continue;
    const signs = loaded.reports.map((r) => signReport(loaded.lines, r.startLine, r.endLine, source.hasBaseline ? r.sections : undefined));
    pass.add(file, loaded.path, loaded.baseline, loaded.reports, signs);
  }
  return pass.find(async (file) => (await source.load(file))?.lines ?? null, stats);
}

/** Candidates among the signed units, verified. */
async function pairsOf(docs: Doc[], df: DocFrequency, source: FileSource, options: SimilarOptions, stats?: SimilarStats): Promise<FoundPair[]> {
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
 * The set less what `isBoilerplate` says, filtered in place: the sets are the pass's largest store, and a
 * filtered copy of each held them twice at the peak, just as the search began (issue 17). The set is the
 * pass's own copy (Arena), so nothing else sees it change.
 */
function without(set: Uint32Array, isBoilerplate: IsBoilerplate): Uint32Array {
  let n = 0;
  for (let k = 0; k < set.length; k++) if (!isBoilerplate(set[k]!)) set[n++] = set[k]!;
  return n === set.length ? set : set.subarray(0, n);
}

export type { IsBoilerplate };
