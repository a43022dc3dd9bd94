/**
 * One self-contained page for batch grading: the run's summary, a scoreboard sorted by score,
 * a coverage grid (reports x sections) per rule set, and each report's findings with the evidence lines quoted
 * and the reports it shares text with (issue 7), passage by passage.
 * No outside resources, so the page opens offline and from any mail attachment; one inline script
 * (html-script.ts, allowed by its hash) filters and sorts the scoreboard for a grader with 40+ reports.
 */
import { render } from '../messages/index.js';
import type { FileResult, FormatContext, ReportResult, SimilarMatch } from '../types.js';
import { fold, foldNote } from './fold.js';
import { HTML_SCRIPT, HTML_SCRIPT_HASH } from './html-script.js';
import { HTML_STYLE } from './html-style.js';
import { localSummary, ruleSetTitle, ruleSetsSeen, sectionColumns, sectionName, messageText, visibleMessages, whyFailed } from './sections.js';
import { statusLabel, wordsFor, type Words } from '../messages/words.js';
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
    `<html lang="${w.htmlLang}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load from outside: the page is data, shown as it is.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${HTML_SCRIPT_HASH}'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>reportlint · ${h(w.scoreboard)}</title>`,
    `<style>${HTML_STYLE}${SIMILAR_STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>reportlint · ${h(w.scoreboard)}</h1><p class="meta">reportlint ${h(ctx.version)}${h(when)}</p></header>`,
    summarySection(results, entries, ctx, w),
    scoreboard(entries, ctx, w),
    coverage(results, entries, ctx, w),
    details(entries, ctx, w),
    `<script>${HTML_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function summarySection(results: readonly FileResult[], entries: readonly Entry[], ctx: FormatContext, w: Words): string {
  const s = localSummary(results, ctx);
  const pairs = similarPairs(entries, ctx);
  const sw = w.similar;
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
    // Only when the similarity pass ran.
    ...(pairs ? [card('similar', pairs.inRun.length, sw.pairsInRun)] : []),
    ...(pairs?.baseline.length ? [card('similar-baseline', pairs.baseline.length, sw.pairsWithBaseline)] : []),
    '</div>',
    ...(pairs ? [similarSummary(pairs, sw)] : []),
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
    const missing = missingOf(e, ctx);
    // data-* for the filters (html-script.ts); data-sort where the text does not sort as it should.
    const data = `data-report="${e.id}" data-status="${cls}" data-rule-set="${h(r.ruleSet ?? '')}" data-missing="${h(missing.map((m) => m.key).join(' '))}" data-search="${h(`${r.title} ${e.file.path}`.toLowerCase())}"`;
    const order = r.score === null ? 2 : r.passed ? 0 : 1;
    return `<tr class="${cls}" ${data}><td class="num rank" data-sort="${r.score === null ? '' : rank}">${r.score === null ? '' : rank}</td><td><a href="#${e.id}">${h(r.title || w.untitled)}</a></td><td><code>${h(e.file.path)}</code></td><td>${h(r.ruleSet ? ruleSetTitle(ctx, r.ruleSet) : '—')}</td><td class="num score" data-sort="${r.score ?? ''}">${r.score ?? '—'}</td><td class="verdict" data-sort="${order}">${h(verdict)}${r.passed === false ? `<div class="why">${h(whyFailed(r, ctx, e.file.lineUnit))}</div>` : ''}</td><td class="missing" data-sort="${String(missing.length).padStart(3, '0')}">${h(missing.map((m) => m.name).join(w.listSep))}</td></tr>`;
  });
  const th = (label: string, num = false) => `<th${num ? ' data-type="num"' : ''}><button type="button">${h(label)}</button></th>`;
  return [
    `<section id="scoreboard"><h2>${h(w.scoreboard)}</h2>`,
    filterBar(entries, ctx, w),
    `<table class="scoreboard"><thead><tr>${th(w.rank, true)}${th(w.report)}${th(w.file)}${th(w.ruleSet)}${th(w.score, true)}${th(w.result)}${th(w.missing)}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody></table></section>`,
  ].join('\n');
}

/** A report's missing sections: `<rule set>/<section id>` keys for the filter, names to show. */
function missingOf(e: Entry, ctx: FormatContext): { key: string; name: string }[] {
  const r = e.report;
  if (r.score === null) return [];
  return r.sections.filter((s) => s.status === 'missing').map((s) => ({ key: `${r.ruleSet}/${s.id}`, name: sectionName(ctx, r.ruleSet, s) }));
}

/** The filters above the scoreboard; hidden until the script shows them, so a page without scripts shows no dead controls. */
function filterBar(entries: readonly Entry[], ctx: FormatContext, w: Words): string {
  const f = w.filter;
  const ruleSets = [...new Set(entries.flatMap((e) => (e.report.ruleSet ? [e.report.ruleSet] : [])))];
  const missing = new Map<string, { name: string; count: number }>();
  for (const e of entries) {
    for (const m of missingOf(e, ctx)) {
      const label = ruleSets.length > 1 ? `${ruleSetTitle(ctx, e.report.ruleSet!)}：${m.name}` : m.name;
      missing.set(m.key, { name: label, count: (missing.get(m.key)?.count ?? 0) + 1 });
    }
  }
  const option = (value: string, label: string) => `<option value="${h(value)}">${h(label)}</option>`;
  return [
    `<form id="filters" class="filters" hidden>`,
    `<label>${h(f.search)} <input type="search" id="f-search" placeholder="${h(f.searchHint)}"></label>`,
    `<label><input type="checkbox" id="f-failed"> ${h(f.failedOnly)}</label>`,
    `<label>${h(w.ruleSet)} <select id="f-rule-set">${option('', f.all)}${ruleSets.map((id) => option(id, ruleSetTitle(ctx, id))).join('')}</select></label>`,
    `<label>${h(w.missing)} <select id="f-missing">${option('', f.any)}${[...missing].map(([key, m]) => option(key, `${m.name} (${m.count})`)).join('')}</select></label>`,
    `<output id="f-shown" data-text="${h(f.shown)}"></output>`,
    '</form>',
  ].join('');
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
  return [`<section id="details"><h2>${h(w.details)}</h2>`, ...entries.map((e) => reportArticle(e, entries, ctx, w)), '</section>'].join('\n');
}

function reportArticle(entry: Entry, entries: readonly Entry[], ctx: FormatContext, w: Words): string {
  const { id, file, report: r } = entry;
  const unit = file.lineUnit === 'paragraph' ? w.paragraphs : w.lines;
  const cls = r.score === null ? 'unchecked' : r.passed ? 'pass' : 'fail';
  const verdict = r.score === null ? render('notChecked', {}, ctx.lang) : `${w.score} ${r.score}/100 · ${r.passed ? w.pass : w.fail}`;
  const why = r.passed === false ? `\n<p class="why">${h(whyFailed(r, ctx, file.lineUnit))}</p>` : '';
  const meta = `<p class="meta"><code>${h(file.path)}</code> · ${h(unit)} ${r.startLine}-${r.endLine}${r.ruleSet ? ` · ${h(ruleSetTitle(ctx, r.ruleSet))}` : ''} · <b class="verdict">${h(verdict)}</b></p>${why}`;
  const messages = visibleMessages(r, ctx);
  // Repeats folded onto their first; each with the first words of its line, to search for in Word (issue 13).
  const findings = messages.length
    ? `<table class="findings"><thead><tr><th>${h(w.where)}</th><th>${h(w.severity)}</th><th>${h(w.message)}</th><th>${h(w.rule)}</th></tr></thead><tbody>${fold(messages)
        .map(({ first: m, ...f }) => {
          const find = m.lineStart ? `<div class="find" title="${h(w.findHint)}">${h(m.lineStart)}</div>` : '';
          const unit = file.lineUnit === 'paragraph' ? `${w.paragraph} ` : '';
          return `<tr${m.waived ? ' class="waived"' : ''}><td class="num">${h(unit)}${m.line}:${m.column}${find}</td><td class="sev-${m.waived ? 'waived' : m.severity}">${h(m.waived ? w.waived : w.severities[m.severity])}</td><td class="message">${h(messageText(m, ctx.lang))}${f.count > 1 ? `<span class="folded">${h(foldNote({ first: m, ...f }, ctx.lang))}</span>` : ''}</td><td><code>${h(m.ruleId)}</code></td></tr>`;
        })
        .join('')}</tbody></table>`
    : r.score === null
      ? ''
      : `<p class="muted">${h(w.noFindings)}</p>`;
  // Closed by default: on a page of 40+ reports the quoted evidence is most of the height; the grid says the same at a glance.
  const evidence = r.sections.length
    ? `<details class="evidence"><summary>${h(w.evidence)} <span class="muted">${h(evidenceCount(r, w))}</span></summary><ul class="evidence">${r.sections
        .map((s) => {
          const quote = s.evidence === null ? '' : `<blockquote data-line="${s.line}"><span class="muted">${h(file.lineUnit === 'paragraph' ? w.paragraph : w.line)} ${s.line}</span> ${h(s.evidence)}</blockquote>`;
          return `<li><span class="tag cell-${s.status}${s.weak ? ' weak' : ''}">${h(statusLabel(w, s.status, s.weak))}</span> ${h(sectionName(ctx, r.ruleSet, s))}${quote}</li>`;
        })
        .join('')}</ul></details>`
    : '';
  const similar = similarList(entry, entries, ctx, w);
  return `<article class="report ${cls}" id="${id}"><h3>${h(r.title || w.untitled)}</h3>\n${meta}\n${findings}\n${evidence}${similar ? `\n${similar}` : ''}</article>`;
}

/** "有标题 5 · 仅提及 1 · 缺少 1": a report's sections by status, for the closed evidence list's summary. */
function evidenceCount(r: ReportResult, w: Words): string {
  return (['section', 'mention', 'missing'] as const)
    .map((status) => [status, r.sections.filter((s) => s.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${w.status[status]} ${n}`)
    .join(' · ');
}

/** Styles of the similarity lists, beside the page's own. */
const SIMILAR_STYLE = `ul.similar, ul.similar-pairs { list-style: none; padding: 0; margin: 0; }
ul.similar > li, ul.similar-pairs > li { margin: 6px 0; }
ul.similar p { margin: 0; }
.similar-kind { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; background: #e8eaf6; color: #283593; }
.percent { color: #e65100; }
table.passages td.excerpt { color: #3c4043; background: #f8f9fa; }
`;

const percent = (x: number) => Math.round(x * 100);
const range = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);
const kindKey = (m: SimilarMatch) => (m.kind === 'section' ? (m.section ?? 'problems') : m.kind);

/** The `similar` entries shown: all, or only errors under --quiet (as with findings). */
function visibleSimilar(r: ReportResult, ctx: FormatContext): readonly SimilarMatch[] {
  const all = r.similar ?? [];
  return ctx.quiet ? all.filter((m) => m.severity === 'error') : all;
}

/** The run's report a `similar` entry names, when it is one of this run's. */
function entryOf(m: SimilarMatch, entries: readonly Entry[]): Entry | undefined {
  return m.kind === 'report' ? entries.find((e) => e.file.path === m.path && e.report.startLine === m.startLine) : undefined;
}

interface Pairs {
  /** Each pair of this run's reports once (both reports list it). */
  readonly inRun: readonly { readonly a: Entry; readonly b: Entry; readonly match: SimilarMatch }[];
  /** Each report's findings against a baseline report. */
  readonly baseline: readonly { readonly a: Entry; readonly match: SimilarMatch }[];
}

/** Pairs for the summary, most similar first; undefined when the similarity pass did not run. */
function similarPairs(entries: readonly Entry[], ctx: FormatContext): Pairs | undefined {
  if (!entries.some((e) => e.report.similar)) return undefined;
  const inRun: Pairs['inRun'][number][] = [];
  const baseline: Pairs['baseline'][number][] = [];
  const seen = new Set<string>();
  for (const a of entries) {
    for (const match of visibleSimilar(a.report, ctx)) {
      if (match.kind !== 'report') {
        baseline.push({ a, match });
        continue;
      }
      const b = entryOf(match, entries);
      if (!b) continue;
      const key = [a.id, b.id].sort().join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      inRun.push({ a, b, match });
    }
  }
  const bySimilarity = <T extends { match: SimilarMatch }>(x: T, y: T) => y.match.similarity - x.match.similarity;
  return { inRun: inRun.sort(bySimilarity), baseline: baseline.sort(bySimilarity) };
}

function similarSummary(pairs: Pairs, sw: Words['similar']): string {
  const link = (e: Entry) => `<a href="#${e.id}">${h(e.report.title || e.file.path)}</a>`;
  const sections = pairs.baseline.filter((p) => p.match.kind === 'section').length;
  const items = [
    ...pairs.inRun.map((p) => `<li data-kind="report">${link(p.a)} ↔ ${link(p.b)} <b class="percent">${percent(p.match.similarity)}%</b></li>`),
    ...pairs.baseline.map(
      (p) =>
        `<li data-kind="${h(kindKey(p.match))}">${link(p.a)} ↔ <span class="tag similar-kind">${h(sw.kinds[kindKey(p.match)])}</span> ${h(p.match.title)} <code>${h(p.match.path)}</code> <b class="percent">${percent(p.match.similarity)}%</b></li>`,
    ),
  ];
  return [
    `<h3>${h(sw.heading)}</h3>`,
    `<p class="similar-summary">${h(sw.summaryText(pairs.inRun.length, pairs.baseline.length, sections))}</p>`,
    items.length ? `<ul class="similar-pairs">${items.join('')}</ul>` : '',
  ].join('');
}

/** A report's `similar` entries: the other report, the figures, and each shared passage with its lines on both sides. */
function similarList({ file, report }: Entry, entries: readonly Entry[], ctx: FormatContext, w: Words): string {
  const matches = visibleSimilar(report, ctx);
  if (!matches.length) return '';
  const sw = w.similar;
  const unitHere = file.lineUnit === 'paragraph' ? w.paragraph : w.line;
  const items = matches.map((m) => {
    const other = entryOf(m, entries);
    // The other side's unit: from the run when it is there; a baseline .docx counts paragraphs too.
    const paragraphs = other ? other.file.lineUnit === 'paragraph' : /\.docx$/i.test(m.path);
    const unitThere = paragraphs ? w.paragraph : w.line;
    const title = h(m.title || w.untitled);
    const name = other ? `<a href="#${other.id}">${title}</a>` : title;
    const rows = m.passages
      .map(
        (p) =>
          `<tr><td class="num">${h(unitHere)} ${range(p.startLine, p.endLine)}</td><td class="num">${h(unitThere)} ${range(p.otherStartLine, p.otherEndLine)}</td><td class="num">${p.chars}</td><td class="excerpt">${h(p.excerpt)}</td></tr>`,
      )
      .join('');
    const passages = rows
      ? `<table class="passages"><thead><tr><th>${h(sw.here)}</th><th>${h(sw.there)}</th><th>${h(sw.chars)}</th><th>${h(sw.excerpt)}</th></tr></thead><tbody>${rows}</tbody></table>`
      : '';
    return `<li class="similar-match" data-kind="${h(kindKey(m))}"><p><span class="tag similar-kind">${h(sw.kinds[kindKey(m)])}</span> <span class="sev-${m.severity}">${h(w.severities[m.severity])}</span> <b class="other">${name}</b> <code>${h(m.path)}</code> <span class="muted">${h(unitThere)} ${m.startLine}</span> · <b class="percent">${h(sw.similarity(percent(m.similarity)))}</b> · <span class="muted">${h(sw.share(percent(m.share)))}</span></p>${passages}</li>`;
  });
  return `<h4>${h(sw.heading)}</h4><ul class="similar">${items.join('')}</ul>`;
}
