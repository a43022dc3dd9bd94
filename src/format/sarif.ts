/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, the rule sets' sections
 * as rule metadata, one result per finding, per failed report and per file problem.
 * A similarity finding (issue 7) points at the other report's shared passages as related locations.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ReportingDescriptor, Result } from 'sarif';
import { render, type Args } from '../messages/index.js';
import type { FileError, FileResult, FormatContext, Lang, Message, ReportResult, Severity, SimilarMatch, StreamFormat } from '../types.js';
import { collected } from './stream.js';
import { reasonsOf } from '../score/verdict.js';
import { visibleMessages, whyFailed } from './sections.js';
import { wordsFor } from '../messages/words.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Rule ids for what is not a rule-set section: a report's verdict and problems with the file itself. */
const SCORE_RULE = 'reportlint/score';
const fileRule = (code: string) => `reportlint/file/${code}`;
/**
 * One rule per kind of similarity finding (the message code), so each has its own help text and
 * viewers group "copied from last year" apart from "copied from a neighbour". The ids are part of the output's contract.
 */
export const similarRule = (code: string) => `reportlint/similar/${code}`;

/**
 * Written file by file. A result's ruleIndex points into the run's rule list, which grows as new
 * kinds of findings are met, so the list (in `tool`) comes after the results: JSON keys have no
 * order, and a consumer reads the whole log before using either. Main thread only (`perFile: false`):
 * the indexes are shared by all files of the run.
 */
export const stream: StreamFormat = {
  perFile: false,
  open(ctx) {
    const rules = sectionRules(ctx);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const addRule = (rule: ReportingDescriptor) => {
      if (!index.has(rule.id)) index.set(rule.id, rules.push(rule) - 1);
    };
    let first = true;
    // Columns count UTF-16 code units, as JavaScript strings do. The run object is written open
    // (its closing "\n}" cut off) so that "results" and then "tool" can follow.
    const run = JSON.stringify({ columnKind: 'utf16CodeUnits', originalUriBaseIds: { '%SRCROOT%': { uri: toFileUri(ctx.cwd, true) } } }, null, 2);
    return {
      head: `{\n  "$schema": ${JSON.stringify(SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    ${indent(run.slice(0, -2), 4)},\n      "results": [`,
      file: (file) => {
        const out: Result[] = [];
        const uri = toArtifact(file.path, ctx.cwd);
        for (const e of file.errors) {
          if (ctx.quiet && e.severity !== 'error') continue;
          addRule({ id: fileRule(e.code), name: e.code, shortDescription: { text: e.code } });
          out.push(fileResult(e, uri, ctx));
        }
        for (const report of file.reports) out.push(...reportResults(report, uri, file.lineUnit, ctx, addRule));
        // A check outside the rule sets (placeholders, tables, …) still gets a descriptor, so no result is left without its rule.
        for (const r of out) {
          if (r.ruleId) addRule({ id: r.ruleId, name: r.ruleId, shortDescription: { text: r.ruleId } });
          r.ruleIndex = index.get(r.ruleId!) ?? -1;
        }
        let text = '';
        for (const r of out) {
          text += `${first ? '' : ','}\n        ${indent(JSON.stringify(r, null, 2), 8)}`;
          first = false;
        }
        return text;
      },
      end: () => {
        const tool = JSON.stringify({ driver: { name: 'reportlint', version: ctx.version, semanticVersion: ctx.version, rules } }, null, 2);
        return `${first ? '' : '\n      '}],\n      "tool": ${indent(tool, 6)}\n    }\n  ]\n}\n`;
      },
    };
  },
};

export default collected(stream);

/** Indents every line but the first by `n` spaces (JSON strings hold no raw line breaks). */
function indent(json: string, n: number): string {
  return json.replace(/\n/g, `\n${' '.repeat(n)}`);
}

/** Every section of every loaded rule set, so viewers can explain a result by its rule. */
function sectionRules(ctx: FormatContext): ReportingDescriptor[] {
  return ctx.ruleSets.flatMap((set) =>
    set.sections.map((s) => {
      const title = wordsFor(ctx.lang).sarif.ruleTitle(set, s);
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
  const results: Result[] = visibleMessages(report, ctx).map((m) => {
    if (m.ruleId === SIMILAR_ID) {
      addRule(similarDescriptor(m.code, ctx.lang));
      return similarResult(m, report, uri, props, ctx);
    }
    return {
      ruleId: m.ruleId,
      level: level(m.severity),
      message: { text: render(m.code, m.args, ctx.lang) },
      locations: [location(uri, m.line, m.column)],
      // A config waiver is an external suppression, accepted with its reason (SARIF 3.35).
      ...(m.waived ? { suppressions: [{ kind: 'external' as const, status: 'accepted' as const, justification: m.waived.reason }] } : {}),
      properties: props,
    };
  });
  if (report.passed === false && report.score !== null && report.passMark !== null) {
    const w = wordsFor(ctx.lang);
    addRule({ id: SCORE_RULE, name: 'verdict', shortDescription: { text: w.sarif.verdictRule } });
    results.unshift({
      ruleId: SCORE_RULE,
      level: 'error',
      message: { text: `${report.title || w.untitled}: ${whyFailed(report, ctx, lineUnit)}` },
      locations: [location(uri, report.startLine, 1)],
      properties: { ...props, score: report.score, passMark: report.passMark, failedBecause: reasonsOf(report) },
    });
  }
  return results;
}

/** The `ruleId` of the similarity pass's messages. */
const SIMILAR_ID = 'similar';

function similarDescriptor(code: string, lang: Lang): ReportingDescriptor {
  const text = (wordsFor(lang).sarif.similar as Readonly<Record<string, { short: string; help: string } | undefined>>)[code] ?? { short: code, help: code };
  return {
    id: similarRule(code),
    name: code,
    shortDescription: { text: text.short },
    fullDescription: { text: text.help },
    help: { text: text.help },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: [SIMILAR_ID] },
  };
}

const KIND_OF_CODE: Readonly<Record<string, Pick<SimilarMatch, 'kind' | 'section'>>> = {
  similarReport: { kind: 'report' },
  similarToBaseline: { kind: 'baseline' },
  copiedProblems: { kind: 'section', section: 'problems' },
  copiedPlans: { kind: 'section', section: 'plans' },
};

/** The `similar` entry a similarity message speaks of: same kind, and the other report's path and first line. */
export function matchOf(report: ReportResult, m: Message): SimilarMatch | undefined {
  const kind = KIND_OF_CODE[m.code];
  const args: Args = m.args;
  return report.similar?.find(
    (s) => s.kind === kind?.kind && s.section === kind.section && s.path === String(args['path']) && s.startLine === Number(args['line']),
  );
}

/** A similarity finding: its place here (to the end of the passage it starts), the other report's passages as related locations. */
function similarResult(m: Message, report: ReportResult, uri: Artifact, props: object, ctx: FormatContext): Result {
  const match = matchOf(report, m);
  const first = match?.passages.find((p) => p.startLine === m.line);
  const result: Result = {
    ruleId: similarRule(m.code),
    level: level(m.severity),
    message: { text: render(m.code, m.args, ctx.lang) },
    locations: [location(uri, m.line, m.column, first?.endLine)],
    properties: props,
  };
  if (!match) return result;
  const other = toArtifact(match.path, ctx.cwd);
  const range = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);
  result.relatedLocations = match.passages.map((p, id) => ({
    id,
    physicalLocation: {
      artifactLocation: other,
      region: { startLine: Math.max(1, p.otherStartLine), endLine: Math.max(1, p.otherStartLine, p.otherEndLine) },
    },
    message: {
      text: wordsFor(ctx.lang).sarif.passage(match.title, range(p.otherStartLine, p.otherEndLine), range(p.startLine, p.endLine), p.excerpt),
    },
  }));
  result.properties = {
    ...props,
    similarity: match.similarity,
    share: match.share,
    kind: match.kind,
    ...(match.section ? { section: match.section } : {}),
    otherPath: match.path,
    otherTitle: match.title,
    otherStartLine: match.startLine,
  };
  return result;
}

function fileResult(e: FileError, uri: Artifact, ctx: FormatContext): Result {
  return {
    ruleId: fileRule(e.code),
    level: level(e.severity),
    message: { text: render(e.code, e.args, ctx.lang) },
    locations: [e.line ? location(uri, e.line, 1) : { physicalLocation: { artifactLocation: uri } }],
  };
}

/** A place in a file; `endLine` when the finding spans lines (a shared passage). */
function location(uri: Artifact, line: number, column: number, endLine?: number) {
  const startLine = Math.max(1, line);
  return {
    physicalLocation: {
      artifactLocation: uri,
      region: { startLine, startColumn: Math.max(1, column), ...(endLine !== undefined && endLine > startLine ? { endLine } : {}) },
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
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  // `../` would climb out of %SRCROOT%: a --baseline folder beside the working one is named in full.
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  if (!outside) return { uri: encodePath(isAbsolute(path) ? rel : path), uriBaseId: '%SRCROOT%' };
  return { uri: toFileUri(absolute, false) };
}

function encodePath(path: string): string {
  return encodeURI(path.split(sep).join('/')).replace(/[?#]/g, (c) => encodeURIComponent(c));
}

function toFileUri(path: string, dir: boolean): string {
  const encoded = encodePath(path);
  const rooted = encoded.startsWith('/') ? encoded : `/${encoded}`;
  return `file://${rooted}${dir && !rooted.endsWith('/') ? '/' : ''}`;
}
