/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, the rule sets' sections
 * as rule metadata, one result per finding, per failed report and per file problem.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { render } from '../messages/index.js';
import type { FileError, FileResult, FormatContext, ReportResult, Severity } from '../types.js';
import { visibleMessages } from './sections.js';
import { wordsFor } from './words.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Rule ids for what is not a rule-set section: a report's verdict and problems with the file itself. */
const SCORE_RULE = 'reportlint/score';
const fileRule = (code: string) => `reportlint/file/${code}`;

export default function sarif(results: readonly FileResult[], ctx: FormatContext): string {
  const rules = sectionRules(ctx);
  const out: Result[] = [];
  const addRule = (rule: ReportingDescriptor) => {
    if (!rules.some((r) => r.id === rule.id)) rules.push(rule);
  };
  for (const file of results) {
    const uri = toArtifact(file.path, ctx.cwd);
    for (const e of file.errors) {
      if (ctx.quiet && e.severity !== 'error') continue;
      addRule({ id: fileRule(e.code), name: e.code, shortDescription: { text: e.code } });
      out.push(fileResult(e, uri, ctx));
    }
    for (const report of file.reports) out.push(...reportResults(report, uri, file.lineUnit, ctx, addRule));
  }
  for (const r of out) r.ruleIndex = rules.findIndex((rule) => rule.id === r.ruleId);
  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'reportlint', version: ctx.version, semanticVersion: ctx.version, rules } },
        // Columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: toFileUri(ctx.cwd, true) } },
        results: out,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Every section of every loaded rule set, so viewers can explain a result by its rule. */
function sectionRules(ctx: FormatContext): ReportingDescriptor[] {
  return ctx.ruleSets.flatMap((set) =>
    set.sections.map((s) => {
      const title = ctx.lang === 'en' ? `${set.titleEn}: ${s.nameEn}` : `${set.title}：${s.name}`;
      const hint = ctx.lang === 'en' ? s.hintEn : s.hint;
      return {
        id: `${set.id}/${s.id}`,
        name: s.id,
        shortDescription: { text: title },
        fullDescription: { text: hint },
        help: { text: hint },
        defaultConfiguration: { level: s.severity },
        properties: { tags: [set.id], weight: s.weight },
      };
    }),
  );
}

function reportResults(
  report: ReportResult,
  uri: Artifact,
  lineUnit: FileResult['lineUnit'],
  ctx: FormatContext,
  addRule: (rule: ReportingDescriptor) => void,
): Result[] {
  const props = { reportTitle: report.title, lineUnit };
  const results: Result[] = visibleMessages(report, ctx).map((m) => ({
    ruleId: m.ruleId,
    level: level(m.severity),
    message: { text: render(m.code, m.args, ctx.lang) },
    locations: [location(uri, m.line, m.column)],
    properties: props,
  }));
  if (report.passed === false && report.score !== null && report.passMark !== null) {
    const w = wordsFor(ctx.lang);
    addRule({ id: SCORE_RULE, name: 'score', shortDescription: { text: ctx.lang === 'en' ? 'Report score below its pass mark' : '报告得分低于及格线' } });
    results.unshift({
      ruleId: SCORE_RULE,
      level: 'error',
      message: { text: `${report.title || w.untitled}: ${w.failedBecause(report.score, report.passMark)}` },
      locations: [location(uri, report.startLine, 1)],
      properties: { ...props, score: report.score, passMark: report.passMark },
    });
  }
  return results;
}

function fileResult(e: FileError, uri: Artifact, ctx: FormatContext): Result {
  return {
    ruleId: fileRule(e.code),
    level: level(e.severity),
    message: { text: render(e.code, e.args, ctx.lang) },
    locations: [e.line ? location(uri, e.line, 1) : { physicalLocation: { artifactLocation: uri } }],
  };
}

function location(uri: Artifact, line: number, column: number) {
  return {
    physicalLocation: {
      artifactLocation: uri,
      region: { startLine: Math.max(1, line), startColumn: Math.max(1, column) },
    },
  };
}

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'info' ? 'note' : severity;
}

type Artifact = { readonly uri: string; readonly uriBaseId?: string };

/**
 * A path as an artifact location: relative to the working folder when it lies inside it
 * (what code scanning matches against the repository), else an absolute file: URI.
 */
export function toArtifact(path: string, cwd: string): Artifact {
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  if (!isAbsolute(rel)) return { uri: encodePath(rel), uriBaseId: '%SRCROOT%' };
  return { uri: toFileUri(path, false) };
}

function encodePath(path: string): string {
  return encodeURI(path.split(sep).join('/')).replace(/[?#]/g, (c) => encodeURIComponent(c));
}

function toFileUri(path: string, dir: boolean): string {
  const encoded = encodePath(path);
  const rooted = encoded.startsWith('/') ? encoded : `/${encoded}`;
  return `file://${rooted}${dir && !rooted.endsWith('/') ? '/' : ''}`;
}
