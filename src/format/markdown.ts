/**
 * GitHub-flavoured Markdown for a pull-request comment: the run's summary, one table of every
 * report, then the reports sharing text (issue 7) and the findings, each folded away under <details>.
 */
import { render } from '../messages/index.js';
import type { FileResult, FormatContext, ReportResult, SimilarMatch } from '../types.js';
import { localSummary, messageText, sectionName, visibleMessages, whyFailed } from './sections.js';
import { wordsFor, type Words } from '../messages/words.js';

/** GitHub refuses comments over 65,536 characters; stay under it with room for a note. */
export const COMMENT_LIMIT = 60_000;

export default function markdown(results: readonly FileResult[], ctx: FormatContext): string {
  const w = wordsFor(ctx.lang);
  const s = localSummary(results, ctx);
  const icon = s.failed || s.fileErrors || !s.checked ? '❌' : '✅';
  const head = [`### ${icon} reportlint ${md(ctx.version)}`, '', md(w.summaryText(s)), ''];
  const reports: string[] = [];
  for (const file of results) {
    for (const e of file.errors.filter((e) => e.severity === 'error')) {
      reports.push(row([md(file.path), '—', '—', '—', '—', `⚠️ ${md(render(e.code, e.args, ctx.lang))}`, '—']));
    }
    for (const r of file.reports) reports.push(reportRow(file, r, w, ctx));
  }
  let budget = COMMENT_LIMIT - head.join('\n').length - 1000;
  // The report table may take at most 60%, so a long batch still shows some findings.
  const table = fit(reports, Math.floor(budget * 0.6), w);
  budget -= table.join('\n').length;
  const out = [...head, row([w.file, w.report, w.lines, w.ruleSet, w.score, w.result, w.missing]), row(Array(7).fill('---')), ...table];
  const similar = similarRows(results, ctx);
  if (similar.length) {
    // At most half of what is left, so the findings still show.
    const sw = w.markdownSimilar;
    const kept = fit(similar, Math.floor(budget * 0.5), w);
    budget -= kept.join('\n').length;
    out.push('', `<details><summary>${sw.heading} (${similar.length})</summary>`, '');
    out.push(row([w.file, w.report, sw.kind, sw.other, sw.similarity, sw.passages]), row(Array(6).fill('---')), ...kept, '', '</details>');
  }
  const findings = findingRows(results, ctx, w);
  if (findings.length) {
    out.push('', `<details><summary>${w.findings} (${findings.length})</summary>`, '');
    out.push(row([w.where, w.severity, w.message, w.rule]), row(Array(4).fill('---')), ...fit(findings, budget, w), '', '</details>');
  }
  return `${out.join('\n')}\n`;
}

/** The rows that fit in `budget` characters, then one line saying how many were left out. */
function fit(rows: readonly string[], budget: number, w: Words): string[] {
  let used = 0;
  const kept: string[] = [];
  for (const r of rows) {
    if (used + r.length + 1 > budget) break;
    kept.push(r);
    used += r.length + 1;
  }
  return kept.length === rows.length ? kept : [...kept, '', md(w.notListed(rows.length - kept.length))];
}

function reportRow(file: FileResult, r: ReportResult, w: Words, ctx: FormatContext): string {
  const missing = r.sections.filter((s) => s.status === 'missing').map((s) => md(sectionName(ctx, r.ruleSet, s))).join(w.listSep) || '—';
  const verdict = r.score === null ? `➖ ${w.notChecked}` : r.passed ? `✅ ${w.pass}` : `❌ ${md(whyFailed(r, ctx, file.lineUnit))}`;
  return row([
    md(file.path),
    md(r.title || w.untitled),
    `${file.lineUnit === 'paragraph' ? `${w.paragraphs} ` : ''}${r.startLine}-${r.endLine}`,
    r.ruleSet ? `\`${r.ruleSet}\`` : '—',
    r.score === null ? '—' : `${r.score}/100`,
    verdict,
    r.score === null ? '—' : missing,
  ]);
}

function findingRows(results: readonly FileResult[], ctx: FormatContext, w: Words): string[] {
  const rows: string[] = [];
  for (const file of results) {
    for (const e of file.errors.filter((e) => e.severity === 'warning' && !ctx.quiet)) {
      rows.push(row([md(`${file.path}:${e.line ?? 1}`), w.severities[e.severity], md(render(e.code, e.args, ctx.lang)), w.fileProblems]));
    }
    for (const r of file.reports) {
      for (const m of visibleMessages(r, ctx)) {
        const unit = file.lineUnit === 'paragraph' ? ` (${w.paragraphs})` : '';
        rows.push(row([md(`${file.path}:${m.line}:${m.column}${unit}`), m.waived ? w.waived : w.severities[m.severity], md(messageText(m, ctx.lang)), `\`${m.ruleId}\``]));
      }
    }
  }
  return rows;
}

/** One row per report and report it shares text with (a pair in the run shows from both sides), as the JSON's `similar` lists them. */
function similarRows(results: readonly FileResult[], ctx: FormatContext): string[] {
  const w = wordsFor(ctx.lang);
  const sw = w.markdownSimilar;
  const range = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);
  const rows: string[] = [];
  for (const file of results) {
    const unit = file.lineUnit === 'paragraph' ? ` (${w.paragraphs})` : '';
    for (const r of file.reports) {
      const matches: readonly SimilarMatch[] = (r.similar ?? []).filter((m) => !ctx.quiet || m.severity === 'error');
      for (const m of matches) {
        const kind = m.kind === 'section' ? (m.section ?? 'problems') : m.kind;
        const passages = m.passages.map((p) => `${range(p.startLine, p.endLine)}↔${range(p.otherStartLine, p.otherEndLine)}: ${md(p.excerpt)}`).join('<br>');
        rows.push(
          row([
            md(`${file.path}:${r.startLine}${unit}`),
            md(r.title || w.untitled),
            md(sw.kinds[kind]),
            `${md(m.title || w.untitled)} (${md(`${m.path}:${m.startLine}`)})`,
            `${Math.round(m.similarity * 100)}%`,
            passages || '—',
          ]),
        );
      }
    }
  }
  return rows;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Text made inert in a GFM table cell: Markdown and HTML punctuation backslash-escaped, line breaks flattened. */
export function md(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|#~!&$]/g, '\\$&');
}
