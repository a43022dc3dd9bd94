/**
 * Labels and phrases the formats and commands share, in both languages (finding texts are zh.ts and
 * en.ts). Each language's table (words-zh.ts, words-en.ts) is typed `Words`, so the compiler fails
 * when one lacks a label the other has.
 */
import type { Lang, SectionStatus, Severity } from '../types.js';
import { enWords } from './words-en.js';
import { zhWords } from './words-zh.js';

/** The run's figures a summary line says (format/summary.ts RunSummary). */
export interface SummaryFigures {
  readonly files: number;
  readonly reports: number;
  readonly passed: number;
  readonly failed: number;
  readonly notChecked: number;
  readonly averageScore: number | null;
  readonly mostMissing: readonly { readonly name: string; readonly count: number }[];
}

export interface Words {
  /** `<html lang>` of the page formats. */
  readonly htmlLang: string;
  /** Between the items of a list in running text: 、 or , . */
  readonly listSep: string;
  readonly file: string;
  readonly report: string;
  readonly lines: string;
  readonly startLine: string;
  /** One line / one paragraph, before a single number. */
  readonly line: string;
  readonly paragraph: string;
  readonly endLine: string;
  readonly paragraphs: string;
  readonly ruleSet: string;
  readonly score: string;
  readonly passMark: string;
  readonly result: string;
  readonly pass: string;
  readonly fail: string;
  readonly notChecked: string;
  readonly untitled: string;
  readonly missing: string;
  readonly errors: string;
  readonly warnings: string;
  readonly findings: string;
  readonly where: string;
  readonly severity: string;
  readonly message: string;
  readonly rule: string;
  readonly fileProblems: string;
  readonly noFindings: string;
  readonly scoreboard: string;
  readonly coverage: string;
  readonly details: string;
  readonly summary: string;
  readonly evidence: string;
  readonly rank: string;
  readonly generated: string;
  readonly weak: string;
  readonly weakLabel: (label: string) => string;
  readonly status: Readonly<Record<SectionStatus, string>>;
  readonly severities: Readonly<Record<Severity, string>>;
  /** A waived finding's severity cell, and the CSV column counting them. */
  readonly waived: string;
  /** Tooltip of a finding's search string. */
  readonly findHint: string;
  readonly average: string;
  readonly mostMissing: string;
  /** The column or label for why a report failed (the text is messages/verdict.ts). */
  readonly failedBecause: string;
  readonly summaryText: (s: SummaryFigures) => string;
  /** Rows left out of a size-limited output (a pull-request comment). */
  readonly notListed: (n: number) => string;
  /** The terminal format's own labels (format/stylish.ts). */
  readonly stylish: { readonly pass: string; readonly fail: string; readonly notChecked: string; readonly score: string; readonly ruleSet: string; readonly lines: string; readonly untitled: string; readonly paragraph: string; readonly pageLine: string; readonly tooManyWarnings: (warnings: number, max: number) => string };
  /** SARIF's descriptors: a section's rule title, the verdict rule, the similarity rules, a shared passage (format/sarif.ts). */
  readonly sarif: {
    readonly ruleTitle: (ruleSet: { readonly title: string; readonly titleEn: string }, section: { readonly name: string; readonly nameEn: string }) => string;
    readonly verdictRule: string;
    readonly similar: Readonly<Record<'similarReport' | 'similarToBaseline' | 'copiedProblems' | 'copiedPlans', { readonly short: string; readonly help: string }>>;
    readonly passage: (title: string, there: string, here: string, excerpt: string) => string;
  };
  /** The HTML page's filter bar (format/html.ts). */
  readonly filter: { readonly search: string; readonly searchHint: string; readonly failedOnly: string; readonly all: string; readonly any: string; readonly shown: string };
  /** Labels of the similarity pass (issue 7) on the HTML page. */
  readonly similar: {
    readonly heading: string;
    readonly pairsInRun: string;
    readonly pairsWithBaseline: string;
    readonly summaryText: (inRun: number, baseline: number, sections: number) => string;
    readonly kinds: Readonly<Record<'report' | 'baseline' | 'problems' | 'plans', string>>;
    readonly similarity: (percent: number) => string;
    readonly share: (percent: number) => string;
    readonly here: string;
    readonly there: string;
    readonly chars: string;
    readonly excerpt: string;
    readonly baselineTag: string;
  };
  /** The Markdown format's similarity table (format/markdown.ts). */
  readonly markdownSimilar: {
    readonly heading: string;
    readonly kind: string;
    readonly other: string;
    readonly similarity: string;
    readonly passages: string;
    readonly kinds: Readonly<Record<'report' | 'baseline' | 'problems' | 'plans', string>>;
  };
  /** A waived finding's note after its message: "（已豁免：理由）" (format/sections.ts). */
  readonly waivedNote: (reason: string) => string;
  /** A folded finding's note: "（共 17 处，另见 6:20、9:13 等）" (format/fold.ts); `etc` when more places were left out. */
  readonly foldNote: (count: number, places: readonly string[], etc: boolean) => string;
  /** The run's notes on standard error (commands/verdict.ts), and what init and page say they did. */
  readonly notes: {
    readonly tooManyWarnings: (warnings: number, max: number) => string;
    readonly ignored: (n: number) => string;
    readonly skipped: (n: number) => string;
    readonly unreadable: (n: number) => string;
    readonly empty: (n: number) => string;
    readonly noRuleSet: (n: number) => string;
    /** "No report was checked", with the reasons above. */
    readonly nothingChecked: (found: number, why: readonly string[]) => string;
    readonly waiverExpired: (where: string, what: string, until: string) => string;
    readonly waiverUnused: (where: string, what: string) => string;
    readonly configExists: (path: string) => string;
    readonly configWritten: (path: string) => string;
    readonly pageWritten: (path: string) => string;
  };
  /** `reportlint explain` (commands/explain.ts). */
  readonly explain: {
    readonly passMark: (passMark: number, ordered: boolean) => string;
    readonly required: string;
    readonly recommended: string;
    readonly weight: string;
    readonly terms: string;
    readonly minChars: (n: number) => string;
    readonly figures: string;
    readonly example: string;
  };
  /** `reportlint rules list | show | validate` (commands/rules.ts). */
  readonly rules: { readonly priority: string; readonly sections: string; readonly passMark: string; readonly weight: string; readonly file: string; readonly ok: string; readonly fallback: string; readonly terms: string; readonly notHeadings: string; readonly keywords: string; readonly notKeywords: string; readonly titles: string; readonly encloses: string; readonly unclaimed: string };
}

/** A section's status as a cell text, thin sections marked. */
export function statusLabel(w: Words, status: SectionStatus, weak: boolean): string {
  return weak ? w.weakLabel(w.status[status]) : w.status[status];
}

/** The label table for a language. */
export function wordsFor(lang: Lang): Words {
  return lang === 'en' ? enWords : zhWords;
}
