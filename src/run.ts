/**
 * One file through the pipeline: split -> outline -> route -> match -> score.
 * Pure: takes loaded text and compiled rule sets, returns a FileResult. No I/O here.
 */
import { runChecks } from './checks/index.js';
import { bodyStart, buildOutline } from './outline/index.js';
import { matchSections } from './match/index.js';
import { route } from './ruleset/route.js';
import { score } from './score/index.js';
import { splitReports } from './split/index.js';
import type { RuleSet } from './ruleset/types.js';
import type { FileResult, ReportResult, ReportSpan, SourceText } from './types.js';

export interface CheckOptions {
  readonly ruleSets: readonly RuleSet[];
  /** --rule-set: check every report with this one. */
  readonly forced?: RuleSet;
  /** --min-score: overrides every rule set's pass mark. */
  readonly minScore?: number;
}

export function checkSource(source: SourceText, options: CheckOptions): FileResult {
  const split = splitReports(source.lines, source.hints);
  const reports = split.reports.map((span) => checkReport(source, span, options));
  const notices = [...(source.notices ?? []), ...split.notices];
  const errors = reports.length ? notices : [...notices, { code: 'noReports', args: {}, severity: 'warning' as const }];
  return { path: source.path, encoding: source.encoding, lineUnit: source.lineUnit, errors, reports };
}

export function checkReport(source: SourceText, span: ReportSpan, options: CheckOptions): ReportResult {
  const { lines } = source;
  // The body is only read when the title does not decide the rule set: built on demand.
  const body = () => lines.slice(bodyStart(span) - 1, span.endLine).join('\n');
  const { ruleSet, routing } = route(span.title, body, options.ruleSets, options.forced);
  const { title, startLine, endLine } = span;
  if (!ruleSet) {
    return { title, startLine, endLine, routing, ruleSet: null, score: null, passed: null, passMark: null, sections: [], messages: [] };
  }
  const outline = buildOutline(lines, span, source.hints);
  const matched = matchSections(ruleSet, outline, lines);
  const { sections } = matched;
  const messages = [...matched.messages, ...runChecks({ ruleSet, outline, lines, sections })];
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
