/**
 * The batch-level hook: the pairs found among the results (and with the --baseline), attached to the
 * results as `similar` plus one message per pair.
 */
import type { FileResult, Message, ReportResult, SharedPassage, SimilarMatch, SourceText } from '../types.js';
import { applyPolicy, type Policy } from '../score/policy.js';
import { reVerdict } from '../score/verdict.js';
import { SimilarPass } from './engine.js';
import type { FoundPair } from './model.js';
import type { SimilarOptions } from './options.js';
import { signFile } from './source.js';
import type { Code } from '../messages/types.js';

export interface AttachInput {
  readonly options: SimilarOptions;
  /** Reads a file again (the pass does not keep texts); null when it can no longer be read. */
  readonly loadSource: (path: string) => Promise<SourceText | null>;
  /** Severities and waivers (issue 13), applied to the pass's findings as to every other finding. */
  readonly policy?: Policy;
}

/** The pass over results checked without signatures (the page's file): each is read again to sign it. */
export async function attachSimilar(results: readonly FileResult[], input: AttachInput): Promise<FileResult[]> {
  const pass = new SimilarPass(input.options);
  for (const [i, r] of results.entries()) {
    const source = r.reports.length ? await input.loadSource(r.path) : null;
    if (source) pass.add(i, r.path, false, r.reports, signFile(source, r, false));
  }
  const found = await pass.find(async (_, path) => (await input.loadSource(path))?.lines ?? null);
  return attachFound(results, found, input.options, input.policy);
}

/** `found` attached to `results`; a pair's batch side (`file`) is its index in `results`. */
export function attachFound(results: readonly FileResult[], found: readonly FoundPair[], options: SimilarOptions, policy?: Policy): FileResult[] {
  const byReport = new Map<string, { matches: SimilarMatch[]; messages: Message[] }>();
  const add = (file: number, report: number, match: SimilarMatch, message: Message) => {
    const key = `${file}:${report}`;
    const entry = byReport.get(key) ?? { matches: [], messages: [] };
    entry.matches.push(match);
    entry.messages.push(message);
    byReport.set(key, entry);
  };
  for (const p of found) {
    add(p.a.file, p.a.report, ...sideA(p, options));
    if (p.kind === 'report') add(p.b.file, p.b.report, ...sideB(p, options));
  }
  return results.map((file, i) => ({
    ...file,
    reports: file.reports.map((r, j): ReportResult => {
      const found = byReport.get(`${i}:${j}`);
      if (!found) return { ...r, similar: [] };
      const entry = policed(found, r.ruleSet ?? '', file.path, policy);
      const messages = [...r.messages, ...entry.messages].sort((x, y) => x.line - y.line || x.column - y.column);
      // A similarity finding of severity error fails the report: its verdict is said again with it.
      return reVerdict({ ...r, similar: entry.matches.sort((x, y) => y.similarity - x.similarity), messages });
    }),
  }));
}

const CODES = { report: 'similarReport', baseline: 'similarToBaseline', problems: 'copiedProblems', plans: 'copiedPlans' } as const;

function sideA(p: FoundPair, options: SimilarOptions): [SimilarMatch, Message] {
  const code = p.kind === 'section' ? CODES[p.section!] : CODES[p.kind];
  const line = p.kind === 'section' ? p.line : (p.passagesA[0]?.startLine ?? p.a.startLine);
  return [
    { kind: p.kind, ...(p.section ? { section: p.section } : {}), path: p.b.path, title: p.b.title, startLine: p.b.startLine, similarity: round(p.similarity), share: round(p.shareA), severity: options.severity, passages: p.passagesA },
    message(code, p.b, p.similarity, p.passagesA, line, options),
  ];
}

function sideB(p: FoundPair, options: SimilarOptions): [SimilarMatch, Message] {
  const line = p.passagesB[0]?.startLine ?? p.b.startLine;
  return [
    { kind: 'report', path: p.a.path, title: p.a.title, startLine: p.a.startLine, similarity: round(p.similarity), share: round(p.shareB), severity: options.severity, passages: p.passagesB },
    message(CODES.report, p.a, p.similarity, p.passagesB, line, options),
  ];
}

function message(code: Code, other: FoundPair['a'], similarity: number, passages: readonly SharedPassage[], line: number, options: SimilarOptions): Message {
  // The first few passages as line ranges in both files, so every format (not only JSON) says where to look.
  const where = passages.slice(0, 3).map((p) => `${range(p.startLine, p.endLine)}↔${range(p.otherStartLine, p.otherEndLine)}`).join(', ');
  return {
    ruleId: 'similar',
    code,
    args: { title: other.title, path: other.path, line: other.startLine, percent: Math.round(similarity * 100), passages: passages.length, where: passages.length > 3 ? `${where} …` : where },
    severity: options.severity,
    line,
    column: 1,
  } as Message; // one of the four similarity codes, all of these arguments (messages/types.ts)
}

const range = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);

/** Three decimals: enough to rank, and stable in JSON output. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The policy on a report's similarity findings: a match whose message is turned off goes with it,
 * and a match takes its message's new severity, so every format and the exit code agree.
 */
function policed(entry: { matches: SimilarMatch[]; messages: Message[] }, ruleSet: string, path: string, policy: Policy | undefined) {
  if (!policy) return entry;
  const matches: SimilarMatch[] = [];
  const messages: Message[] = [];
  entry.messages.forEach((m, k) => {
    const [kept] = applyPolicy([m], ruleSet, path, policy);
    if (!kept) return;
    messages.push(kept);
    matches.push(kept.severity === entry.matches[k]!.severity ? entry.matches[k]! : { ...entry.matches[k]!, severity: kept.severity });
  });
  return { matches, messages };
}
