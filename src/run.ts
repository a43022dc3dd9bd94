/**
 * One file through the pipeline: split -> outline -> route -> match -> score.
 * Pure: takes loaded text and compiled rule sets, returns a FileResult. No I/O here.
 */
import { runChecks } from './checks/index.js';
import { templateLeftovers } from './checks/template-text.js';
import { bodyStart, buildOutline } from './outline/index.js';
import { matchSections } from './match/index.js';
import { route } from './ruleset/route.js';
import { score } from './score/index.js';
import { applyPolicy, type Policy } from './score/policy.js';
import { splitReports } from './split/index.js';
import { simplifiedLines } from './split/traditional.js';
import type { RuleSet } from './ruleset/types.js';
import type { FileResult, Message, OutlineNode, ReportResult, ReportSign, ReportSpan, SourceText } from './types.js';

export interface CheckOptions {
  readonly ruleSets: readonly RuleSet[];
  /** --rule-set: check every report with this one. */
  readonly forced?: RuleSet;
  /** --min-score: overrides every rule set's pass mark. */
  readonly minScore?: number;
  /** Severities and waivers from the config and the command line (issue 13). */
  readonly policy?: Policy;
  /**
   * The 内容雷同 pass's signer (similar/sign.ts reportSigner), given by a run that compares reports: each
   * report is signed here, on the text already decoded, with the outline already built (issue 17).
   */
  readonly sign?: (lines: readonly string[], report: ReportResult, nodes: readonly OutlineNode[] | null) => ReportSign;
}

export function checkSource(original: SourceText, options: CheckOptions): FileResult {
  const lines = simplifiedLines(original.lines);
  const source = lines === original.lines ? original : { ...original, lines };
  const split = splitReports(source.lines, source.hints);
  const { sign } = options;
  const signs: ReportSign[] = [];
  const reports = split.reports.map((span) => {
    const seen: { nodes?: readonly OutlineNode[] } = {};
    const report = checkReport(source, span, options, seen);
    // The lines as loaded, not their simplified form: verification reads the file again and compares those.
    if (sign) signs.push(sign(original.lines, report, seen.nodes ?? null));
    return report;
  });
  const notices = [...(source.notices ?? []), ...split.notices];
  const errors = reports.length ? notices : [...notices, { code: 'noReports' as const, args: {}, severity: 'warning' as const }];
  return {
    path: source.path, encoding: source.encoding, lineUnit: source.lineUnit, ...(source.pageStarts ? { pageStarts: source.pageStarts } : {}), errors, reports,
    ...(sign ? { signs } : {}),
  };
}

/** One report checked; `seen.nodes` gets the outline's nodes when one was built (for the signer). */
export function checkReport(source: SourceText, span: ReportSpan, options: CheckOptions, seen?: { nodes?: readonly OutlineNode[] }): ReportResult {
  const { lines } = source;
  // The body is only read when the title does not decide the rule set: built on demand.
  const body = () => lines.slice(bodyStart(span) - 1, span.endLine).join('\n');
  const { ruleSet, routing } = route(span.title, body, options.ruleSets, options.forced);
  const { title, startLine, endLine } = span;
  if (!ruleSet) {
    return { title, startLine, endLine, routing, ruleSet: null, score: null, passed: null, passMark: null, sections: [], messages: [] };
  }
  const outline = buildOutline(lines, span, source.hints);
  if (seen) seen.nodes = outline.nodes;
  const matched = matchSections(ruleSet, outline, lines);
  const { sections, messages: sectionMessages } = templateLeftovers(ruleSet, outline, lines, matched.sections, matched.messages);
  const found = [...sectionMessages, ...runChecks({ ruleSet, outline, lines, sections })];
  const messages = applyPolicy(found, ruleSet.id, source.path, options.policy).map((m) => withLineStart(m, lines));
  const result = score(ruleSet, sections, messages, options.minScore);
  // Spelled out rather than spread (hot path); the key order is the JSON output's.
  return {
    title,
    startLine,
    endLine,
    routing,
    ruleSet: ruleSet.id,
    score: result.value,
    passed: result.passed,
    passMark: result.passMark,
    failedBecause: result.failedBecause,
    sections,
    // `messages` is this function's own array, so it is sorted in place.
    messages: messages.sort((a, b) => a.line - b.line || a.column - b.column),
  };
}

/** Characters of a line's start a Word or WPS user can search for (Ctrl+F) to find a finding. */
const LINE_START = 16;

/**
 * A missing section has no place of its own (it points at the title), so it gets none. A table row
 * gives its first cell: Word's search does not cross cells.
 */
function withLineStart(m: Message, lines: readonly string[]): Message {
  if (m.code === 'sectionMissing') return m;
  const text = lines[m.line - 1]?.trim().split(/\t| \| |\s{2,}/u)[0]!.slice(0, LINE_START).trim();
  // Figures alone ("1" of a table row) find nothing in particular.
  return text && !/^[\d\s.,%]+$/u.test(text) ? { ...m, lineStart: text.replace(/\s+/gu, ' ') } : m;
}
