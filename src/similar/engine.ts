/**
 * The similarity pass: sign every report (and every problems/plans section), learn boilerplate from the batch,
 * find candidate pairs by LSH, and verify each candidate on the texts (verify.ts).
 * No pair is compared in full unless its signatures already agree.
 */
import { boilerplateTest, DocFrequency, type IsBoilerplate } from './boilerplate.js';
import { candidatePairs } from './lsh.js';
import { agreement, signature } from './minhash.js';
import type { FileSource, FoundPair, SectionKind } from './model.js';
import { normalise } from './normalize.js';
import type { SimilarOptions } from './options.js';
import { distinct, intersectCount, shingleHashes } from './shingle.js';
import { verifyPairs, type Candidate } from './verify.js';

/** A signed unit: a whole report, or one of its sections. */
interface Doc {
  readonly file: number;
  readonly report: number;
  readonly baseline: boolean;
  readonly section?: SectionKind;
  /** Sampled distinct shingles; boilerplate removed once the batch has been counted. */
  set: Uint32Array;
}

/** Reports keep every other shingle (chosen by hash, so both sides keep the same ones); sections keep all. */
const REPORT_SAMPLE = 1;
/** Signatures must agree on this share of bins before the sampled sets are intersected. */
const MIN_AGREEMENT = 0.06;

export async function findSimilar(source: FileSource, options: SimilarOptions): Promise<FoundPair[]> {
  const df = new DocFrequency();
  const docs: Doc[] = [];
  for (let file = 0; file < source.count; file++) {
    const loaded = await source.load(file);
    if (!loaded) continue;
    loaded.reports.forEach((r, report) => {
      const all = distinct(shingleHashes(normalise(loaded.lines, r.startLine, r.endLine).text));
      df.add(all);
      docs.push({ file, report, baseline: loaded.baseline, set: sample(all, REPORT_SAMPLE) });
      if (!source.hasBaseline) return;
      for (const section of ['problems', 'plans'] as const) {
        const range = r.sections[section];
        if (!range) continue;
        const set = distinct(shingleHashes(normalise(loaded.lines, range[0], range[1]).text));
        docs.push({ file, report, baseline: loaded.baseline, section, set });
      }
    });
  }
  const isBoilerplate = boilerplateTest(df, options.boilerplate);
  for (const d of docs) d.set = d.set.filter((h) => !isBoilerplate(h));
  return verifyPairs(source, candidates(docs, options), isBoilerplate, options);
}

/** Pairs worth reading the texts for, batch report first. */
function candidates(docs: readonly Doc[], options: SimilarOptions): Candidate[] {
  const sigs = docs.map((d) => signature(d.set));
  const seen = new Set<string>();
  const out: Candidate[] = [];
  candidatePairs(sigs, (i, j) => {
    let a = docs[i]!;
    let b = docs[j]!;
    if (a.baseline) [a, b] = [b, a];
    if (a.baseline) return; // last year against last year is not asked for
    if ((a.section === undefined) !== (b.section === undefined)) return;
    if (a.section !== undefined && !b.baseline) return; // sections are compared with the baseline only
    if (a.file === b.file && a.report === b.report) return;
    if (agreement(sigs[i]!, sigs[j]!) < MIN_AGREEMENT) return;
    const key = `${a.file}:${a.report}:${a.section ?? ''}|${b.file}:${b.report}:${b.section ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    // The sampled sets estimate containment well; verification only needs the pairs near or over the line.
    const inter = intersectCount(a.set, b.set);
    const share = inter / Math.max(1, Math.min(a.set.length, b.set.length));
    const limit = a.section ? options.sectionThreshold : options.threshold;
    if (share < limit * 0.5) return;
    out.push({ a: { file: a.file, report: a.report }, b: { file: b.file, report: b.report }, baseline: b.baseline, ...(a.section ? { section: a.section } : {}) });
  });
  return out;
}

function sample(all: Uint32Array, mask: number): Uint32Array {
  return mask ? all.filter((h) => (h & mask) === 0) : all;
}

export type { IsBoilerplate };
