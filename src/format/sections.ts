/** What several formatters ask of the results: the sections seen, their names in the user's language, the findings to show. */
import type { RuleSet } from '../ruleset/types.js';
import type { FileResult, FormatContext, Message, ReportResult } from '../types.js';
import { render } from '../messages/index.js';
import { wordsFor } from '../messages/words.js';
import { failedText } from '../messages/verdict.js';
import { reasonsOf } from '../score/verdict.js';
import { summarize, type RunSummary } from './summary.js';

/** One column of a coverage grid or CSV: a section of a rule set that some report was checked with. */
export interface SectionColumn {
  readonly ruleSet: string;
  readonly id: string;
  readonly name: string;
}

/**
 * Sections of every rule set some report was checked with, in rule-set then checklist order.
 * Taken from ctx.ruleSets when the rule set is known there (so names follow --lang), else from the findings.
 */
export function sectionColumns(results: readonly FileResult[], ctx: FormatContext): SectionColumn[] {
  const columns: SectionColumn[] = [];
  const seen = new Set<string>();
  for (const id of ruleSetsSeen(results)) {
    const known = ctx.ruleSets.find((r) => r.id === id);
    const sections = known
      ? known.sections.map((s) => ({ id: s.id, name: ctx.lang === 'en' ? s.nameEn : s.name }))
      : results.flatMap((f) => f.reports.filter((r) => r.ruleSet === id).flatMap((r) => r.sections));
    for (const s of sections) {
      const key = `${id}/${s.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      columns.push({ ruleSet: id, id: s.id, name: s.name });
    }
  }
  return columns;
}

/** Rule-set ids reports were checked with, in first-seen order. */
export function ruleSetsSeen(results: readonly FileResult[]): string[] {
  const ids = new Set<string>();
  for (const f of results) for (const r of f.reports) if (r.ruleSet) ids.add(r.ruleSet);
  return [...ids];
}

/** A rule set's display title in the user's language, or its id when it is not loaded. */
export function ruleSetTitle(ctx: FormatContext, id: string): string {
  const known: RuleSet | undefined = ctx.ruleSets.find((r) => r.id === id);
  if (!known) return id;
  return ctx.lang === 'en' ? known.titleEn : known.title;
}

/** A section finding's name in the user's language (the rule set's English name under --lang en, when loaded). */
export function sectionName(ctx: FormatContext, ruleSet: string | null, finding: { readonly id: string; readonly name: string }): string {
  if (ctx.lang !== 'en') return finding.name;
  const section = ctx.ruleSets.find((r) => r.id === ruleSet)?.sections.find((s) => s.id === finding.id);
  return section?.nameEn ?? finding.name;
}

/** The findings a formatter lists: all of them, or only errors under --quiet. */
export function visibleMessages(report: ReportResult, ctx: FormatContext): readonly Message[] {
  return ctx.quiet ? report.messages.filter((m) => m.severity === 'error') : report.messages;
}

/** The run's summary with the most-often-missing sections named in the user's language. */
export function localSummary(results: readonly FileResult[], ctx: FormatContext): RunSummary {
  return localized(summarize(results), ctx);
}

/** A summary's most-often-missing sections named in the user's language (their English names under --lang en). */
export function localized(s: RunSummary, ctx: Pick<FormatContext, 'lang' | 'ruleSets'>): RunSummary {
  if (ctx.lang !== 'en') return s;
  const english = (name: string) => ctx.ruleSets.flatMap((r) => r.sections).find((x) => x.name === name)?.nameEn ?? name;
  return { ...s, mostMissing: s.mostMissing.map((m) => ({ ...m, name: english(m.name) })) };
}

/** Why a failed report failed, one sentence in the user's language; '' for a report that passed or was not checked. */
export function whyFailed(report: ReportResult, ctx: Pick<FormatContext, 'lang'>, unit: FileResult['lineUnit']): string {
  const reasons = reasonsOf(report);
  return reasons.length ? failedText(reasons, ctx.lang, unit) : '';
}

/** A waived finding's note, "（已豁免：理由）", to put after its message; '' when it is not waived. */
export function waivedNote(m: Message, lang: FormatContext['lang']): string {
  if (!m.waived) return '';
  return wordsFor(lang).waivedNote(m.waived.reason);
}

/** A finding's message text in the user's language, with its waiver said after it. */
export function messageText(m: Message, lang: FormatContext['lang']): string {
  return render(m.code, m.args, lang) + waivedNote(m, lang);
}
