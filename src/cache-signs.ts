/**
 * A cached file's 内容雷同 signatures (issue 17): kept beside its result so that a --cache hit feeds the
 * pass without its file being read, decoded and signed again. Written as its own JSON segment of the
 * cache line (cache-file.ts), so a run that does not compare reports never parses it:
 * `{"scheme":"…","sections":true|false,"signs":[["key","<base64 shingles>","<base64 rest>",{"problems":[from,to,"<base64>"]}?],…]}`.
 * `sections` says whether the file was signed with its problems and plans sections (a run with a
 * --baseline): a run that needs them takes only entries that have them. A damaged segment (bad
 * JSON or base64, arrays that are not sorted distinct hashes, a section outside its report) makes
 * the entry a miss (cache.ts): never a crash.
 */
import { createHash } from 'node:crypto';
import { SECTION_IDS } from './similar/model.js';
import type { ReportSign, SectionSign } from './types.js';

/** What a run asks of cached signatures: made with the signer's scheme; with sections when it has a baseline. */
export interface SignWant {
  readonly scheme: string;
  readonly sections: boolean;
}

/**
 * What cached signatures must be to stand for this run's: made by the same signer (its fingerprint: the
 * signature of a fixed text, so a change of normalising, shingling or sampling leaves old ones unused
 * even under the same tool version), with sections when the run compares them.
 */
export async function signWant(sections: boolean): Promise<SignWant> {
  // Loaded here, not at the top: a --no-similar run with --cache never loads the signer.
  const { signReport } = await import('./similar/sign.js');
  const probe = SIGN_PROBE.split('\n');
  const s = signReport(probe, 1, probe.length, { plans: [3, 4] });
  const sets = [s.shingles, s.rest, s.sections?.plans?.shingles ?? new Uint32Array(0)].map((a) => a.slice().sort().join(','));
  return { scheme: `${s.key}/${createHash('sha1').update(sets.join(';')).digest('hex')}`, sections };
}

/** Written for the fingerprint above: headings, full- and half-width signs, figures, repeated phrases. */
const SIGN_PROBE = [
  '某某县2099年政务公开工作总结',
  '一、主要做法：全年主动公开信息1234条，办理依申请公开56件，答复率100%。',
  '二、存在问题 部分单位更新不及时，栏目内容不全；部分单位更新不及时。',
  '三、下一步工作 (1) 加强培训；(2) 完善制度，ABC abc ０１２３，推进重点领域信息公开。',
].join('\n');

type Sections = NonNullable<ReportSign['sections']>;

/** The segment for `signs` made under `want` (one signature per report, in report order). */
export function encodeSigns(signs: readonly ReportSign[], want: SignWant): string {
  const rows = signs.map((s) => {
    // `rest` comes in no order: sorted, so a damaged entry's duplicates (counted twice as boilerplate) are refused on reading.
    const row: unknown[] = [s.key, b64(s.shingles), b64(s.rest.slice().sort())];
    if (s.sections) {
      const sections: Record<string, unknown> = {};
      for (const id of SECTION_IDS) {
        const sec = s.sections[id];
        if (sec) sections[id] = [sec.range[0], sec.range[1], b64(sec.shingles)];
      }
      row.push(sections);
    }
    return row;
  });
  return JSON.stringify({ scheme: want.scheme, sections: want.sections, signs: rows });
}

/** The report spans a segment's signatures must fit. */
interface Span {
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * The signatures in `text` for `reports`, without their sections when the run does not compare
 * sections (they would only take memory). Null when they do not fit `want` (another scheme, or no
 * sections for a run with a baseline): the file is then read again for the pass. Throws when damaged.
 */
export function decodeSigns(text: string, reports: readonly Span[], want: SignWant): ReportSign[] | null {
  const data: unknown = JSON.parse(text);
  if (!isRecord(data) || typeof data.scheme !== 'string' || typeof data.sections !== 'boolean') throw new Error('damaged signatures');
  if (data.scheme !== want.scheme || (want.sections && !data.sections)) return null;
  const rows = data.signs;
  if (!Array.isArray(rows) || rows.length !== reports.length) throw new Error('damaged signatures');
  const signs: ReportSign[] = [];
  for (let i = 0; i < rows.length; i++) {
    const sign = decodeRow(rows[i], reports[i]!, want.sections);
    if (!sign) throw new Error('damaged signatures');
    signs.push(sign);
  }
  return signs;
}

function decodeRow(row: unknown, report: Span, withSections: boolean): ReportSign | null {
  if (!Array.isArray(row) || (row.length !== 3 && row.length !== 4) || typeof row[0] !== 'string') return null;
  const shingles = hashes(row[1]);
  const rest = hashes(row[2]);
  if (!shingles || !rest) return null;
  if (row.length === 3 || !withSections) return row.length === 3 || isRecord(row[3]) ? { key: row[0], shingles, rest } : null;
  const given = row[3];
  if (!isRecord(given)) return null;
  const sections: { -readonly [K in keyof Sections]: SectionSign } = {};
  for (const id of SECTION_IDS) {
    const sec = given[id];
    if (sec === undefined) continue;
    if (!Array.isArray(sec) || sec.length !== 3) return null;
    const [from, to] = sec as unknown[];
    const set = hashes(sec[2]);
    // A section lies inside its report (similar/sign.ts sectionRanges).
    if (!set || !Number.isInteger(from) || !Number.isInteger(to)) return null;
    if ((from as number) < report.startLine || (from as number) > (to as number) || (to as number) > report.endLine) return null;
    sections[id] = { range: [from as number, to as number], shingles: set };
  }
  return Object.keys(sections).length ? { key: row[0], shingles, rest, sections } : { key: row[0], shingles, rest };
}

/** A base64 Uint32Array of strictly increasing hashes (the pass merges sorted sets), or null. */
function hashes(value: unknown): Uint32Array | null {
  if (typeof value !== 'string') return null;
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length % 4 !== 0) return null;
  const words = new Uint32Array(bytes.length / 4);
  new Uint8Array(words.buffer).set(bytes);
  for (let i = 1; i < words.length; i++) if (words[i - 1]! >= words[i]!) return null;
  return words;
}

function b64(words: Uint32Array): string {
  return Buffer.from(words.buffer, words.byteOffset, words.byteLength).toString('base64');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
