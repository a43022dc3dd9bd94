/**
 * One checked file -> the page's HTML: per report its verdict with the reason, the checklist with
 * evidence and deciding words, the 目录 and table findings, and the text with each finding at its
 * line. Texts come from the CLI's own modules (messages/, format/sections.ts), so they read the same.
 */
import { render } from '../messages/index.js';
import { messageText, ruleSetTitle, sectionName, whyFailed } from '../format/sections.js';
import { buildOutline } from '../outline/index.js';
import type { RuleSet, Section } from '../ruleset/types.js';
import type { FileResult, FormatContext, Lang, Message, OutlineNode, ReportResult, SectionFinding, SourceText } from '../types.js';
import type { Checked } from './engine.js';
import { labelsFor, type Labels } from '../messages/page-labels.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The codes of the split stage's 目录 (table of contents) findings, which belong to the file. */
const isToc = (code: string) => code.startsWith('toc');

export function renderFile(checked: Checked, ctx: FormatContext): string {
  const { result } = checked;
  const l = labelsFor(ctx.lang);
  const unit = result.lineUnit;
  const problems = result.errors.filter((e) => !isToc(e.code));
  const toc = result.errors.filter((e) => isToc(e.code));
  const parts = [
    `<h2 class="file-name">${esc(l.file)}：${esc(result.path)}</h2>`,
    problems.length
      ? `<section class="file-problems"><h3>${esc(l.fileProblems)}</h3><ul>${problems.map((e) => `<li class="sev-${e.severity}">${esc(render(e.code, e.args, ctx.lang))}${e.line ? ` <a href="#L${e.line}">${esc(l.line(unit, e.line))}</a>` : ''}</li>`).join('')}</ul></section>`
      : '',
    result.reports.length ? `<p class="count">${esc(l.reports(result.reports.length))}</p>` : problems.length ? '' : `<p>${esc(l.noReports)}</p>`,
    result.reports.length > 1 ? contents(result.reports, l) : '',
    toc.length ? `<section class="toc"><h3>${esc(l.toc)}</h3><ul>${toc.map((e) => `<li class="sev-${e.severity}">${esc(render(e.code, e.args, ctx.lang))}</li>`).join('')}</ul></section>` : '',
    ...result.reports.map((r, i) => renderReport(r, i, checked, ctx, l)),
  ];
  return parts.join('');
}

/** A compilation's reports at a glance, each linked to its part of the page. */
function contents(reports: readonly ReportResult[], l: Labels): string {
  const rows = reports.map((r, i) => {
    const verdict = r.passed === null ? l.notChecked : r.passed ? l.verdictPass : l.verdictFail;
    return `<li class="${r.passed === null ? 'unchecked' : r.passed ? 'pass' : 'fail'}"><a href="#report-${i + 1}">${esc(r.title || '—')}</a> <strong>${esc(verdict)}</strong>${r.score !== null ? ` ${r.score}/100` : ''}</li>`;
  });
  return `<ol class="contents">${rows.join('')}</ol>`;
}

function renderReport(r: ReportResult, index: number, { result, source }: Checked, ctx: FormatContext, l: Labels): string {
  const unit = result.lineUnit;
  const ruleSet = ctx.ruleSets.find((x) => x.id === r.ruleSet);
  const verdict = r.passed === null ? 'unchecked' : r.passed ? 'pass' : 'fail';
  const verdictText = r.passed === null ? l.notChecked : r.passed ? l.verdictPass : l.verdictFail;
  const why = whyFailed(r, ctx, unit);
  const head = `<header class="report-head">
<h2 id="report-${index + 1}">${esc(r.title || '—')}</h2>
<p class="verdict ${verdict}" data-verdict="${verdict}"><strong>${esc(verdictText)}</strong>${r.score !== null ? ` <span class="score">${esc(l.score)} ${r.score}/100（${esc(l.passMark)} ${r.passMark}）</span>` : ''}</p>
${why ? `<p class="why">${esc(why)}</p>` : ''}
${r.ruleSet ? `<p class="ruleset">${esc(l.ruleSet)}：${esc(ruleSetTitle(ctx, r.ruleSet))} <code>${esc(r.ruleSet)}</code></p>` : ''}
<p class="lines">${esc(l.line(unit, r.startLine))} – ${esc(l.line(unit, r.endLine))}</p>
</header>`;
  if (!ruleSet) return `<article class="report ${verdict}">${head}</article>`;
  const tables = r.messages.filter((m) => m.ruleId === 'tables');
  const sectionIds = new Set(ruleSet.sections.map((s) => `${ruleSet.id}/${s.id}`));
  const other = r.messages.filter((m) => m.ruleId !== 'tables' && !sectionIds.has(m.ruleId));
  return `<article class="report ${verdict}">${head}
<section><h3>${esc(l.checklist)}</h3>${checklist(r, ruleSet, ctx, l, unit)}</section>
<section class="tables"><h3>${esc(l.tables)}</h3>${findingList(tables, ctx, l, unit)}</section>
<section class="other"><h3>${esc(l.other)}</h3>${findingList(other, ctx, l, unit)}</section>
${source ? `<section class="text"><h3>${esc(l.text)}</h3><p class="hint">${esc(l.textHint)}</p>${textView(r, ruleSet, source, ctx, l, index)}</section>` : ''}
</article>`;
}

function checklist(r: ReportResult, ruleSet: RuleSet, ctx: FormatContext, l: Labels, unit: FileResult['lineUnit']): string {
  const rows = r.sections.map((s) => {
    const section = ruleSet.sections.find((x) => x.id === s.id);
    const kind = section?.severity === 'error' ? l.required : l.recommended;
    const flags = [s.weak ? l.weak : '', s.status === 'section' && !s.figures ? l.noFigures : ''].filter(Boolean);
    const words = s.terms?.length ? `<div class="terms">${esc(l.decidingWords)}：${s.terms.map((t) => `<mark>${esc(t)}</mark>`).join(' ')}</div>` : '';
    const help = s.status === 'section' && !s.weak ? '' : advice(ruleSet, section, ctx.lang, l);
    return `<tr class="st-${s.status}${s.weak ? ' weak' : ''}" data-section="${esc(s.id)}">
<th scope="row">${esc(sectionName(ctx, r.ruleSet, s))}<small>${esc(kind)}</small></th>
<td class="status">${esc(l.status3[s.status])}${flags.length ? `<small>${esc(flags.join('、'))}</small>` : ''}</td>
<td>${s.line ? `<a href="#L${s.line}">${esc(l.line(unit, s.line))}</a>` : '—'}</td>
<td>${s.evidence ? `<q>${esc(s.evidence)}</q>` : ''}${words}${help}</td></tr>`;
  });
  return `<table class="checklist"><thead><tr><th scope="col">${esc(l.part)}</th><th scope="col">${esc(l.status)}</th><th scope="col">${esc(l.where)}</th><th scope="col">${esc(l.evidence)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * What `reportlint explain` says a section needs: its hint, and the rule set's example when it has
 * one. Under a finding in the text the hint is left out: the finding's message already ends with it.
 */
function advice(ruleSet: RuleSet, section: Section | undefined, lang: Lang, l: Labels, withHint = true): string {
  if (!section) return '';
  const hint = lang === 'en' ? section.hintEn : section.hint;
  const example = ruleSet.spec.sections.find((x) => x.id === section.id)?.example;
  if (!withHint && !example) return '';
  return `<div class="advice">${withHint ? `<strong>${esc(l.whatToAdd)}：</strong>${esc(hint)}` : ''}${example ? `<details><summary>${esc(l.example)}</summary><pre>${esc(example.trimEnd())}</pre></details>` : ''}</div>`;
}

function findingList(messages: readonly Message[], ctx: FormatContext, l: Labels, unit: FileResult['lineUnit']): string {
  if (!messages.length) return `<p class="none">${esc(l.none)}</p>`;
  return `<ul class="findings">${messages.map((m) => `<li class="sev-${m.severity}"><span class="sev">${esc(l.severities[m.severity])}</span> <a href="#L${m.line}">${esc(l.line(unit, m.line))}</a> ${esc(messageText(m, ctx.lang))}</li>`).join('')}</ul>`;
}

/** The report's lines, headings indented by level, each finding (and a missing part's advice) under its line. */
function textView(r: ReportResult, ruleSet: RuleSet, source: SourceText, ctx: FormatContext, l: Labels, index: number): string {
  const outline = buildOutline(source.lines, r, source.hints);
  const headings = new Map<number, OutlineNode>();
  for (const node of outline.nodes) if (node.kind === 'heading' && !headings.has(node.line)) headings.set(node.line, node);
  const byLine = new Map<number, Message[]>();
  for (const m of r.messages) byLine.set(m.line, [...(byLine.get(m.line) ?? []), m]);
  const missing = new Map(r.sections.filter((s) => s.status !== 'section').map((s) => [s.id, s] as const));
  const out: string[] = [];
  for (let n = r.startLine; n <= r.endLine; n++) {
    const text = source.lines[n - 1] ?? '';
    const found = byLine.get(n) ?? [];
    const heading = headings.get(n);
    const lv = n === r.startLine && r.title ? 0 : heading?.level;
    const cls = [lv !== undefined ? `h h${lv}` : '', found.length ? `has-findings worst-${worst(found)}` : '', text.trim() ? '' : 'blank'].filter(Boolean).join(' ');
    // Line anchors are unique per page: a compilation's reports never share a line.
    out.push(`<div class="ln ${cls}" id="L${n}"><span class="no">${n}</span><span class="tx">${heading ? headingText(text, heading) : esc(text)}</span></div>`);
    if (found.length) out.push(`<ul class="notes">${found.map((m) => note(m, ruleSet, missing, ctx, l)).join('')}</ul>`);
  }
  return `<div class="source" data-report="${index + 1}">${out.join('')}</div>`;
}

/** A heading line with the heading's own words (marker and title) in bold, the text after it plain. */
function headingText(text: string, node: OutlineNode): string {
  const at = node.title ? text.indexOf(node.title, node.column - 1) : -1;
  const end = at < 0 ? text.length : at + node.title.length;
  return `<strong>${esc(text.slice(0, end))}</strong>${esc(text.slice(end))}`;
}

function note(m: Message, ruleSet: RuleSet, missing: ReadonlyMap<string, SectionFinding>, ctx: FormatContext, l: Labels): string {
  const sectionId = m.ruleId.startsWith(`${ruleSet.id}/`) ? m.ruleId.slice(ruleSet.id.length + 1) : '';
  const section = missing.has(sectionId) || m.code === 'sectionWeak' ? ruleSet.sections.find((s) => s.id === sectionId) : undefined;
  return `<li class="sev-${m.severity}"><span class="sev">${esc(l.severities[m.severity])}</span> ${esc(messageText(m, ctx.lang))}${section ? advice(ruleSet, section, ctx.lang, l, false) : ''}</li>`;
}

function worst(messages: readonly Message[]): string {
  return messages.some((m) => m.severity === 'error') ? 'error' : messages.some((m) => m.severity === 'warning') ? 'warning' : 'info';
}
