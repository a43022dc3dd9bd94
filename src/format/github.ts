/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, one per finding,
 * so findings show as annotations on the pull request; then the run's summary as a plain log line.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { render } from '../messages/index.js';
import type { FileResult, FormatContext, Severity } from '../types.js';
import { localSummary, messageText, visibleMessages, whyFailed } from './sections.js';
import { wordsFor } from '../messages/words.js';

export default function github(results: readonly FileResult[], ctx: FormatContext): string {
  const w = wordsFor(ctx.lang);
  // [rank, command]: GitHub shows only the first 10 errors and 10 warnings of a step, so the
  // verdicts and file problems go first, then errors, warnings and notices (stable within each).
  const out: [number, string][] = [];
  for (const file of results) {
    const path = repoPath(file.path, ctx.cwd);
    for (const e of file.errors) {
      if (ctx.quiet && e.severity !== 'error') continue;
      out.push([e.severity === 'error' ? 0 : 2, command(e.severity, { file: path, line: e.line, title: `reportlint ${e.code}` }, render(e.code, e.args, ctx.lang))]);
    }
    for (const r of file.reports) {
      const title = r.title || w.untitled;
      if (r.passed === false && r.score !== null) {
        out.push([0, command('error', { file: path, line: r.startLine, title: `reportlint: ${title}` }, whyFailed(r, ctx, file.lineUnit))]);
      }
      for (const m of visibleMessages(r, ctx)) {
        // A waived finding is a notice: listed, never an error on the pull request.
        const severity = m.waived ? 'info' : m.severity;
        out.push([RANK[severity], command(severity, { file: path, line: m.line, col: m.column, title: `${m.ruleId} · ${title}` }, messageText(m, ctx.lang))]);
      }
    }
  }
  const lines = out.sort((a, b) => a[0] - b[0]).map(([, text]) => text);
  return `${[...lines, w.summaryText(localSummary(results, ctx))].join('\n')}\n`;
}

const RANK: Record<Severity, number> = { error: 1, warning: 2, info: 3 };

/** Annotations attach to paths relative to the repository (the job's working folder), with forward slashes. */
function repoPath(path: string, cwd: string): string {
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

interface Props {
  readonly file: string;
  readonly line?: number | undefined;
  readonly col?: number;
  readonly title: string;
}

function command(severity: Severity, props: Props, message: string): string {
  const name = severity === 'info' ? 'notice' : severity;
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name} ${list}::${escapeData(message)}`;
}

/** The message part: %, CR and LF would end or corrupt the command (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which separate the command's parts (actions/toolkit `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
