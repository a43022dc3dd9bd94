/** The JSON contract (issue 2): stable; add fields, never rename. */
import { render } from '../messages/index.js';
import type { FileResult, FormatContext, ReportResult, StreamFormat } from '../types.js';
import { pageOf } from './pages.js';
import { reasonsOf } from '../score/verdict.js';
import { collected } from './stream.js';

export function toJsonObject(results: readonly FileResult[], ctx: FormatContext) {
  return { version: 1, files: results.map((file) => fileJson(file, ctx)) };
}

function fileJson(file: FileResult, ctx: FormatContext) {
  // PDF and OFD: `line` stays the extracted-text line; `page` says which page it is on, and
  // pageStarts (the line each page starts on) turns it into a line within the page.
  const page = (line: number | null | undefined) => (file.pageStarts && line ? { page: pageOf(file.pageStarts, line)!.page } : {});
  return {
    path: file.path,
    encoding: file.encoding,
    lineUnit: file.lineUnit,
    ...(file.pageStarts ? { pageStarts: file.pageStarts } : {}),
    errors: file.errors.map((e) => ({
      code: e.code,
      severity: e.severity,
      line: e.line ?? null,
      ...page(e.line),
      message: render(e.code, e.args, ctx.lang),
    })),
    reports: file.reports.map((r) => reportJson(file, r, ctx)),
  };
}

/** One report's JSON object. */
function reportJson(file: FileResult, r: ReportResult, ctx: FormatContext) {
  const page = (line: number | null | undefined) => (file.pageStarts && line ? { page: pageOf(file.pageStarts, line)!.page } : {});
  return {
    title: r.title,
    startLine: r.startLine,
    endLine: r.endLine,
    ruleSet: r.ruleSet,
    routing: r.routing,
    score: r.score,
    passed: r.passed,
    passMark: r.passMark,
    ...(file.pageStarts ? { startPage: pageOf(file.pageStarts, r.startLine)!.page, endPage: pageOf(file.pageStarts, r.endLine)!.page } : {}),
    // Why it failed ([] when it passed, null when not checked): codes with their arguments (issue 13).
    failedBecause: r.score === null ? null : reasonsOf(r),
    sections: r.sections.map((s) => ({
      id: s.id,
      name: s.name,
      status: s.status,
      line: s.line,
      ...page(s.line),
      weak: s.weak,
      figures: s.figures,
      evidence: s.evidence,
      // Why: the words that decided, and for a heading the topic it was next most about.
      terms: s.terms ?? [],
      ...(s.status === 'section' ? { score: s.score ?? 0, runnerUp: s.runnerUp ?? null } : {}),
    })),
    messages: r.messages.map((m) => ({
      ruleId: m.ruleId,
      code: m.code,
      severity: m.severity,
      line: m.line,
      ...page(m.line),
      column: m.column,
      message: render(m.code, m.args, ctx.lang),
      // Beside a finding a config waiver covers (issue 13), and the first words of its line for Word's search.
      ...(m.waived ? { waived: { reason: m.waived.reason } } : {}),
      ...(m.lineStart !== undefined ? { lineStart: m.lineStart } : {}),
    })),
    // Only when the similarity pass ran; each entry names the other report and the shared passages.
    ...(r.similar ? { similar: r.similar } : {}),
  };
}

/**
 * Written file by file, byte for byte what `JSON.stringify(toJsonObject(…), null, 2)` gives:
 * each file object is indented two levels (JSON strings hold no raw line breaks, so re-indenting
 * the lines is safe).
 */
export const stream: StreamFormat = {
  perFile: true,
  open(ctx) {
    return {
      head: '{\n  "version": 1,\n  "files": [',
      file: (file) => `\n    ${JSON.stringify(fileJson(file, ctx), null, 2).replace(/\n/g, '\n    ')}`,
      pieces: (file) => filePieces(file, ctx),
      between: ',',
      end: (tally) => `${tally.files ? '\n  ' : ''}]\n}\n`,
    };
  },
};

export default collected(stream);

/**
 * The same text as the writer's file(), a report at a time: a file of 200,000 reports has more JSON
 * than one string can hold. `reports` is the file object's last key, so its text is the object's with
 * `[]` opened up; every line is indented as file() indents it.
 */
function* filePieces(file: FileResult, ctx: FormatContext): Generator<string> {
  const indent = (text: string) => text.replace(/\n/g, '\n    ');
  const empty = JSON.stringify(fileJson({ ...file, reports: [] }, ctx), null, 2);
  if (!file.reports.length) {
    yield `\n    ${indent(empty)}`;
    return;
  }
  yield `\n    ${indent(empty.slice(0, -'[]\n}'.length))}[`;
  for (const [i, r] of file.reports.entries()) yield indent(`${i ? ',' : ''}\n    ${indent(JSON.stringify(reportJson(file, r, ctx), null, 2))}`);
  yield indent('\n  ]\n}');
}
