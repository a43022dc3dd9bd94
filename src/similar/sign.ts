/**
 * A report's signature for the 内容雷同 pass (issue 17), taken where its text is already decoded: in the
 * check (run.ts calls the signer made here, in a worker when there are workers) or, for a result that
 * comes without one (a --cache hit, a result given to the API), from its text read again (source.ts).
 */
import type { OutlineNode, ReportResult, ReportSign, SectionFinding, SectionSign } from '../types.js';
import { SECTION_IDS, type SectionKind } from './model.js';
import { linePositions, normalise, normalisedCodes } from './normalize.js';
import { codesOf, distinct, distinctSample, SHINGLE, shingleHashes } from './shingle.js';


/**
 * A report keeps the shingles whose hash has these bits clear (one in four), chosen by hash so both sides
 * of a pair keep the same ones. The kept sets are the pass's largest store until it ends: one in two cost
 * 3.6 KB a report; one in four still finds every planted pair of `npm run bench:similar` at 10,000 and
 * 40,000 reports with none invented, and verification reads the texts whole anyway (issue 17). Boilerplate is counted on all of them (a signature carries the others
 * too, until the pass has counted them), so that verification masks a stock run of text from end to end.
 */
export const SAMPLE_MASK = 3;

export type Ranges = Partial<Record<SectionKind, readonly [number, number]>>;

/** Signs lines `startLine..endLine`; with `sections`, those sections' shingles (all of them) too. */
export function signReport(lines: readonly string[], startLine: number, endLine: number, sections?: Ranges): ReportSign {
  const wanted = SECTION_IDS.filter((id) => sections?.[id]);
  // Positions only when a section must be cut out of the text: most reports need the characters alone.
  const norm = wanted.length ? normalise(lines, startLine, endLine) : null;
  const codes = norm ? codesOf(norm.text) : normalisedCodes(lines, startLine, endLine);
  const hashes = shingleHashes(codes);
  const { sample, rest } = distinctSample(hashes, SAMPLE_MASK);
  const sign: { key: string; shingles: Uint32Array; rest: Uint32Array; sections?: Partial<Record<SectionKind, SectionSign>> } = { key: textKey(codes), shingles: sample, rest };
  for (const id of wanted) {
    const range = sections![id]!;
    // A section's shingles are those of the report that start inside it and end before it does.
    const [from, to] = linePositions(norm!, range);
    (sign.sections ??= {})[id] = { range, shingles: distinct(hashes.subarray(from, Math.max(from, to - SHINGLE + 1))) };
  }
  return sign;
}

/**
 * The problems and plans sections of a checked report: the outline node whose heading the checker
 * pointed at, down to its last content line. Empty when the checker found neither as a section.
 */
export function sectionRanges(sections: readonly SectionFinding[], nodes: () => readonly OutlineNode[]): Ranges {
  const ranges: Ranges = {};
  let outline: readonly OutlineNode[] | null = null;
  for (const id of SECTION_IDS) {
    const f = sections.find((s) => s.id === id && s.status === 'section' && s.line !== null);
    if (!f || f.line === null) continue;
    outline ??= nodes();
    const node = outline.filter((n) => n.line === f.line).sort((x, y) => y.endLine - x.endLine)[0];
    ranges[id] = [f.line, Math.max(f.line, node?.endLine ?? f.line)];
  }
  return ranges;
}

/** What the check calls for each report it checked (its outline's nodes when it built one); see CheckOptions.sign. */
export type Signer = (lines: readonly string[], report: ReportResult, nodes: readonly OutlineNode[] | null) => ReportSign;

/** The check's signer: sections only when there is a baseline to compare them with. */
export function reportSigner(withSections: boolean): Signer {
  return (lines, report, nodes) =>
    signReport(lines, report.startLine, report.endLine, withSections && nodes ? sectionRanges(report.sections, () => nodes) : undefined);
}

/**
 * Reports with the same normalised text share this key: its length and two 53-bit hashes (cyrb53
 * with two seeds, in one pass). Pure JavaScript, so the engine also runs in the offline page.
 */
export function textKey(codes: Uint16Array): string {
  let a1 = 0xdeadbeef ^ SEED_A;
  let a2 = 0x41c6ce57 ^ SEED_A;
  let b1 = 0xdeadbeef ^ SEED_B;
  let b2 = 0x41c6ce57 ^ SEED_B;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    a1 = Math.imul(a1 ^ c, 2654435761);
    a2 = Math.imul(a2 ^ c, 1597334677);
    b1 = Math.imul(b1 ^ c, 2654435761);
    b2 = Math.imul(b2 ^ c, 1597334677);
  }
  return `${codes.length}:${finish(a1, a2).toString(36)}:${finish(b1, b2).toString(36)}`;
}

const SEED_A = 0x9e3779b1;
const SEED_B = 0x85ebca6b;

/** cyrb53's last mix of its two lanes into 53 bits. */
function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
