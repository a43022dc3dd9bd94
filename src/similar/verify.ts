/**
 * Verification: re-read the texts of the candidate pairs only, find their shared passages,
 * and keep the pairs whose shared share reaches the threshold.
 */
import type { SharedPassage } from '../types.js';
import type { IsBoilerplate } from './boilerplate.js';
import { SECTION_IDS, type FileSource, type FoundPair, type ReportRef, type SectionKind, type SimilarFile } from './model.js';
import { linePositions, normalise, type Normalised } from './normalize.js';
import type { SimilarOptions } from './options.js';
import { comparePair, coveredShare, type Comparison, type Span } from './passages.js';

export interface Candidate {
  readonly a: { readonly file: number; readonly report: number };
  readonly b: { readonly file: number; readonly report: number };
  readonly baseline: boolean;
  readonly section?: SectionKind;
}

/** Files kept loaded while verifying; candidates are sorted by file so a small cache suffices. */
const CACHE = 64;
const EXCERPT = 40;

export async function verifyPairs(
  source: FileSource,
  candidates: readonly Candidate[],
  isBoilerplate: IsBoilerplate,
  options: SimilarOptions,
): Promise<FoundPair[]> {
  const cache = new Map<number, SimilarFile | null>();
  const load = async (file: number) => {
    if (!cache.has(file)) {
      if (cache.size >= CACHE) cache.delete(cache.keys().next().value!);
      cache.set(file, await source.load(file));
    }
    return cache.get(file) ?? null;
  };
  const sorted = [...candidates].sort((x, y) => x.a.file - y.a.file || x.b.file - y.b.file);
  const found: FoundPair[] = [];
  const sectionsDone = new Set<string>();
  for (const c of sorted) {
    const fa = await load(c.a.file);
    const fb = await load(c.b.file);
    const ra = fa?.reports[c.a.report];
    const rb = fb?.reports[c.b.report];
    if (!fa || !fb || !ra || !rb) continue;
    const range = c.section ? ra.sections[c.section] : undefined;
    const na = normalise(fa.lines, range?.[0] ?? ra.startLine, range?.[1] ?? ra.endLine);
    const nb = normalise(fb.lines, rb.startLine, rb.endLine);
    const cmp = comparePair(na.text, nb.text, isBoilerplate, options.minPassageChars);
    const shareA = coveredShare(cmp.coveredA, cmp.ignoredA);
    const shareB = coveredShare(cmp.coveredB, cmp.ignoredB);
    const refA: ReportRef = { ...c.a, path: fa.path, title: ra.title, startLine: ra.startLine };
    const refB: ReportRef = { ...c.b, path: fb.path, title: rb.title, startLine: rb.startLine };
    const pair = (kind: FoundPair['kind'], similarity: number, share: number, line: number, section?: SectionKind, within?: readonly [number, number]): FoundPair => ({
      kind, a: refA, b: refB, similarity, shareA: share, shareB, line,
      ...(section ? { section } : {}),
      passagesA: passages(cmp, na, nb, fa.lines, options.maxPassages, 'a', within),
      passagesB: kind === 'report' ? passages(cmp, nb, na, fb.lines, options.maxPassages, 'b') : [],
    });
    if (c.section && range) {
      const key = `${c.a.file}:${c.a.report}:${c.section}`;
      if (shareA >= options.sectionThreshold && !sectionsDone.has(key)) {
        sectionsDone.add(key);
        found.push(pair('section', shareA, shareA, range[0], c.section, range));
      }
      continue;
    }
    const similarity = Math.max(shareA, shareB);
    if (similarity >= options.threshold) found.push(pair(c.baseline ? 'baseline' : 'report', similarity, shareA, ra.startLine));
    if (!c.baseline) continue;
    // A report below the line as a whole can still carry last year's problems or plans word for word.
    for (const section of SECTION_IDS) {
      const r = ra.sections[section];
      const key = `${c.a.file}:${c.a.report}:${section}`;
      if (!r || sectionsDone.has(key)) continue;
      const [from, to] = linePositions(na, r);
      const share = coveredShare(cmp.coveredA, cmp.ignoredA, from, to);
      if (share < options.sectionThreshold) continue;
      sectionsDone.add(key);
      found.push(pair('section', share, share, r[0], section, r));
    }
  }
  return found;
}

function passages(
  cmp: Comparison, self: Normalised, other: Normalised, lines: readonly string[], max: number, side: 'a' | 'b', range?: readonly [number, number],
): SharedPassage[] {
  const view = (p: Span) => (side === 'a' ? { s: p.aStart, e: p.aEnd, os: p.bStart, oe: p.bEnd } : { s: p.bStart, e: p.bEnd, os: p.aStart, oe: p.aEnd });
  const [from, to] = range ? linePositions(self, range) : [0, self.text.length];
  return cmp.passages
    .map((p) => clip({ ...view(p), chars: p.matched }, from, to))
    .filter((v) => v.e > v.s)
    .sort((x, y) => y.chars - x.chars)
    .slice(0, max)
    .sort((x, y) => x.s - y.s)
    .map((v) => ({
      startLine: self.line[v.s]!,
      endLine: self.line[v.e - 1]!,
      otherStartLine: other.line[v.os]!,
      otherEndLine: other.line[v.oe - 1]!,
      chars: v.chars,
      excerpt: excerpt(lines, self, v.s, v.e),
    }));
}

/** The part of a passage inside [from, to) of this side, the other side cut by as much (a passage is one alignment). */
function clip<T extends { s: number; e: number; os: number; oe: number; chars: number }>(v: T, from: number, to: number): T {
  if (v.s >= from && v.e <= to) return v;
  const s = Math.max(v.s, from);
  const e = Math.min(v.e, to);
  if (e <= s) return { ...v, s, e: s };
  const os = Math.min(v.oe - 1, v.os + (s - v.s));
  const oe = Math.max(os + 1, v.oe - (v.e - e));
  return { ...v, s, e, os, oe, chars: Math.round((v.chars * (e - s)) / (v.e - v.s)) };
}

/** The passage as written (from its first kept character), on one line and shortened. */
function excerpt(lines: readonly string[], n: Normalised, s: number, e: number): string {
  const first = n.line[s]!;
  const last = n.line[e - 1]!;
  let text = '';
  for (let l = first; l <= last && text.length < EXCERPT * 2; l++) {
    // Columns count in the NFKC form; the raw line is shown when folding kept every offset (nearly always).
    const raw = lines[l - 1] ?? '';
    const folded = raw.normalize('NFKC');
    const line = folded.length === raw.length ? raw : folded;
    // A passage that starts with its line keeps the line's opening enumerator and brackets ("（二）").
    const lineStart = s === 0 || n.line[s - 1] !== first;
    text += l === first && !lineStart ? line.slice(n.col[s]) : line;
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}
