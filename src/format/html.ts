/**
 * One self-contained page for batch grading: the run's summary, a scoreboard sorted by score,
 * a coverage grid (reports x sections) per rule set, and each report's findings with the evidence lines quoted.
 * No scripts and no outside resources, so the page opens offline and from any mail attachment.
 */
import { render } from '../messages/index.js';
import type { FileResult, FormatContext, ReportResult } from '../types.js';
import { HTML_STYLE } from './html-style.js';
import { localSummary, ruleSetTitle, ruleSetsSeen, sectionColumns, sectionName, visibleMessages } from './sections.js';
import { statusLabel, wordsFor, type Words } from './words.js';
import { escapeXml as h } from './xml.js';

interface Entry {
  readonly id: string;
  readonly file: FileResult;
  readonly report: ReportResult;
}

export default function html(results: readonly FileResult[], ctx: FormatContext): string {
  const w = wordsFor(ctx.lang);
  const entries: Entry[] = results.flatMap((file) => file.reports.map((report) => ({ id: '', file, report }))).map((e, i) => ({ ...e, id: `r${i + 1}` }));
  const when = ctx.now ? ` · ${w.generated} ${ctx.now.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${ctx.lang === 'en' ? 'en' : 'zh-CN'}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load from outside: the page is data, shown as it is.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>reportlint · ${h(w.scoreboard)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>reportlint · ${h(w.scoreboard)}</h1><p class="meta">reportlint ${h(ctx.version)}${h(when)}</p></header>`,
    summarySection(results, ctx, w),
    scoreboard(entries, ctx, w),
    coverage(results, entries, ctx, w),
    details(entries, ctx, w),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function summarySection(results: readonly FileResult[], ctx: FormatContext, w: Words): string {
  const s = localSummary(results, ctx);
  const card = (cls: string, n: number | string, label: string) => `<div class="card ${cls}"><b>${h(n)}</b>${h(label)}</div>`;
  const missing = s.mostMissing.map((m) => `<li>${h(m.name)} <span class="muted">× ${m.count}</span></li>`).join('');
  // Unreadable files and 目录 mismatches (warnings, unless --quiet) alike: a grader needs both.
  const problems = results.flatMap((f) => f.errors.filter((e) => e.severity === 'error' || !ctx.quiet).map((e) => ({ f, e })));
  return [
    `<section id="summary"><h2>${h(w.summary)}</h2>`,
    `<p class="summary-text">${h(w.summaryText(s))}</p>`,
    '<div class="cards">',
    card('reports', s.reports, w.report),
    card('pass', s.passed, w.pass),
    card('fail', s.failed, w.fail),
    card('unchecked', s.notChecked, w.notChecked),
    card('average', s.averageScore ?? '—', w.average),
    '</div>',
    missing ? `<h3>${h(w.mostMissing)}</h3><ol class="most-missing">${missing}</ol>` : '',
    problems.length ? `<h3>${h(w.fileProblems)}</h3><ul class="file-problems">${problems.map(({ f, e }) => `<li><span class="sev-${e.severity}">${h(w.severities[e.severity])}</span> <code>${h(f.path)}${e.line ? `:${e.line}` : ''}</code> ${h(render(e.code, e.args, ctx.lang))}</li>`).join('')}</ul>` : '',
    '</section>',
  ].join('\n');
}

function scoreboard(entries: readonly Entry[], ctx: FormatContext, w: Words): string {
  // Best first; unchecked reports last; ties keep file and position order, so the page is stable.
  const sorted = [...entries].sort((a, b) => (b.report.score ?? -1) - (a.report.score ?? -1));
  const rows = sorted.map((e) => {
    const r = e.report;
    // Ties share a rank (1, 1, 3), as in any results table.
    const rank = sorted.findIndex((o) => o.report.score === r.score) + 1;
    const cls = r.score === null ? 'unchecked' : r.passed ? 'pass' : 'fail';
    const verdict = r.score === null ? w.notChecked : r.passed ? w.pass : w.fail;
    return `<tr class="${cls}" data-report="${e.id}"><td class="num rank">${r.score === null ? '' : rank}</td><td><a href="#${e.id}">${h(r.title || w.untitled)}</a></td><td><code>${h(e.file.path)}</code></td><td>${h(r.ruleSet ? ruleSetTitle(ctx, r.ruleSet) : '—')}</td><td class="num score">${r.score ?? '—'}</td><td class="verdict">${h(verdict)}</td></tr>`;
  });
  return [
    `<section id="scoreboard"><h2>${h(w.scoreboard)}</h2>`,
    `<table class="scoreboard"><thead><tr><th>${h(w.rank)}</th><th>${h(w.report)}</th><th>${h(w.file)}</th><th>${h(w.ruleSet)}</th><th>${h(w.score)}</th><th>${h(w.result)}</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody></table></section>`,
  ].join('\n');
}

function coverage(results: readonly FileResult[], entries: readonly Entry[], ctx: FormatContext, w: Words): string {
  const columns = sectionColumns(results, ctx);
  const grids = ruleSetsSeen(results).map((id) => {
    const cols = columns.filter((c) => c.ruleSet === id);
    const head = cols.map((c) => `<th data-section="${h(c.id)}">${h(c.name)}</th>`).join('');
    const rows = entries
      .filter((e) => e.report.ruleSet === id)
      .map((e) => {
        const cells = cols.map((c) => {
          const s = e.report.sections.find((f) => f.id === c.id);
          if (!s) return '<td class="cell"></td>';
          const one = e.file.lineUnit === 'paragraph' ? w.paragraph : w.line;
          const tip = s.line === null ? '' : ` title="${h(`${one} ${s.line}: ${s.evidence ?? ''}`)}"`;
          return `<td class="cell cell-${s.status}${s.weak ? ' weak' : ''}" data-section="${h(c.id)}"${tip}>${h(statusLabel(w, s.status, s.weak))}</td>`;
        });
        return `<tr data-report="${e.id}"><th><a href="#${e.id}">${h(e.report.title || w.untitled)}</a></th><td class="num score">${e.report.score ?? ''}</td>${cells.join('')}</tr>`;
      });
    return `<h3>${h(ruleSetTitle(ctx, id))} <code>${h(id)}</code></h3>\n<div class="grid-wrap"><table class="grid" data-rule-set="${h(id)}"><thead><tr><th>${h(w.report)}</th><th>${h(w.score)}</th>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
  });
  const legend = (['section', 'mention', 'missing'] as const).map((s) => `<span class="cell-${s}">${h(w.status[s])}</span>`).join('');
  return [`<section id="coverage"><h2>${h(w.coverage)}</h2>`, `<p class="legend">${legend}</p>`, ...grids, '</section>'].join('\n');
}

function details(entries: readonly Entry[], ctx: FormatContext, w: Words): string {
  return [`<section id="details"><h2>${h(w.details)}</h2>`, ...entries.map((e) => reportArticle(e, ctx, w)), '</section>'].join('\n');
}

function reportArticle({ id, file, report: r }: Entry, ctx: FormatContext, w: Words): string {
  const unit = file.lineUnit === 'paragraph' ? w.paragraphs : w.lines;
  const cls = r.score === null ? 'unchecked' : r.passed ? 'pass' : 'fail';
  const verdict = r.score === null ? render('notChecked', {}, ctx.lang) : `${w.score} ${r.score}/100 · ${r.passed ? w.pass : w.fail}`;
  const meta = `<p class="meta"><code>${h(file.path)}</code> · ${h(unit)} ${r.startLine}-${r.endLine}${r.ruleSet ? ` · ${h(ruleSetTitle(ctx, r.ruleSet))}` : ''} · <b class="verdict">${h(verdict)}</b></p>`;
  const messages = visibleMessages(r, ctx);
  const findings = messages.length
    ? `<table class="findings"><thead><tr><th>${h(w.where)}</th><th>${h(w.severity)}</th><th>${h(w.message)}</th><th>${h(w.rule)}</th></tr></thead><tbody>${messages
        .map((m) => `<tr><td class="num">${m.line}:${m.column}</td><td class="sev-${m.severity}">${h(w.severities[m.severity])}</td><td class="message">${h(render(m.code, m.args, ctx.lang))}</td><td><code>${h(m.ruleId)}</code></td></tr>`)
        .join('')}</tbody></table>`
    : r.score === null
      ? ''
      : `<p class="muted">${h(w.noFindings)}</p>`;
  const evidence = r.sections.length
    ? `<h4>${h(w.evidence)}</h4><ul class="evidence">${r.sections
        .map((s) => {
          const quote = s.evidence === null ? '' : `<blockquote data-line="${s.line}"><span class="muted">${h(file.lineUnit === 'paragraph' ? w.paragraph : w.line)} ${s.line}</span> ${h(s.evidence)}</blockquote>`;
          return `<li><span class="tag cell-${s.status}${s.weak ? ' weak' : ''}">${h(statusLabel(w, s.status, s.weak))}</span> ${h(sectionName(ctx, r.ruleSet, s))}${quote}</li>`;
        })
        .join('')}</ul>`
    : '';
  return `<article class="report ${cls}" id="${id}"><h3>${h(r.title || w.untitled)}</h3>\n${meta}\n${findings}\n${evidence}</article>`;
}
