/** The JSON contract (issue 2): stable; add fields, never rename. */
import { render } from '../messages/index.js';
import type { FileResult, FormatContext } from '../types.js';

export function toJsonObject(results: readonly FileResult[], ctx: FormatContext) {
  return {
    version: 1,
    files: results.map((file) => ({
      path: file.path,
      encoding: file.encoding,
      lineUnit: file.lineUnit,
      errors: file.errors.map((e) => ({
        code: e.code,
        severity: e.severity,
        line: e.line ?? null,
        message: render(e.code, e.args, ctx.lang),
      })),
      reports: file.reports.map((r) => ({
        title: r.title,
        startLine: r.startLine,
        endLine: r.endLine,
        ruleSet: r.ruleSet,
        routing: r.routing,
        score: r.score,
        passed: r.passed,
        passMark: r.passMark,
        sections: r.sections.map((s) => ({ id: s.id, name: s.name, status: s.status, line: s.line, weak: s.weak, figures: s.figures, evidence: s.evidence })),
        messages: r.messages.map((m) => ({
          ruleId: m.ruleId,
          code: m.code,
          severity: m.severity,
          line: m.line,
          column: m.column,
          message: render(m.code, m.args, ctx.lang),
        })),
        // Only when the similarity pass ran; each entry names the other report and the shared passages.
        ...(r.similar ? { similar: r.similar } : {}),
      })),
    })),
  };
}

export default function json(results: readonly FileResult[], ctx: FormatContext): string {
  return `${JSON.stringify(toJsonObject(results, ctx), null, 2)}\n`;
}
