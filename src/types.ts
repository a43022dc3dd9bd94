/**
 * Every type that crosses a pipeline stage, in one place.
 *
 * load -> split -> outline -> route -> match -> score -> format.
 * Each stage is a pure function of the previous stage's output; only `load`
 * knows about bytes, encodings and .docx, and only `cli.ts` touches the process.
 * Line numbers are always 1-based in the input file.
 */
import type { Code, MessageArgs } from './messages/types.js';

/** What `load` hands on: decoded text cut into lines, plus what the source format knew. */
export interface SourceText {
  /** The path as the user gave it (`<stdin>` for standard input). */
  readonly path: string;
  /** lines[i] is line i + 1 of the input, without its line ending. */
  readonly lines: readonly string[];
  /** The encoding the bytes were decoded from, e.g. `utf-8`, `gb18030`, `utf-16le`. */
  readonly encoding: string;
  readonly format: 'text' | 'markdown' | 'docx' | 'html' | 'pdf' | 'ofd';
  readonly lineUnit: LineUnit;
  /**
   * PDF and OFD: the line each page starts on (pageStarts[0] is page 1's first line), so a line
   * number can be told as page:line. Absent for formats without pages.
   */
  readonly pageStarts?: readonly number[];
  /**
   * Per-line structure hints from formats that carry structure outside the text
   * (Word heading styles and list numbering, Markdown `#`). hints[i] belongs to line i + 1.
   */
  readonly hints?: readonly (LineHint | undefined)[];
  /** What went wrong while reading that did not stop it, e.g. characters the decoder could not read. */
  readonly notices?: readonly FileError[];
}

/**
 * What one "line" is: a text line, a Word paragraph, or a line of the text extracted from a web
 * page, PDF or OFD (one block, paragraph, table row or printed line; not a line of the file's bytes).
 */
export type LineUnit = 'line' | 'paragraph' | 'extractedLine';

export interface LineHint {
  /** Outline level 1..5 the source format gives this line (Word Heading 1, `##`, a numbered list level). */
  readonly headingLevel?: number;
  /** Numbering the source rendered outside the text, e.g. Word's automatic "一、". */
  readonly marker?: string;
  /** The line is a table row; cells as the source split them. */
  readonly cells?: readonly string[];
  /** The source's list feature numbered the line (Word's automatic "一、"): a numbered heading, never a report title. */
  readonly listItem?: boolean;
}

/** One report found inside a file. */
export interface ReportSpan {
  readonly title: string;
  /** The title line (or the first content line when a report has no title). */
  readonly startLine: number;
  /** Last non-blank line of the report. */
  readonly endLine: number;
}

export interface TocEntry {
  readonly title: string;
  readonly line: number;
  readonly page?: number;
}

/** A heading, numbered item or lead phrase of a report. */
export interface OutlineNode {
  readonly kind: 'heading' | 'lead';
  /** 1 一、  2 （一）  3 1.  4 （1）  5 ①; a lead phrase sits one below its heading. */
  readonly level: number;
  /** The enumerator as written: "一、", "（二）", "3.", "一是", "首先". */
  readonly marker: string;
  /** The heading's own words: from after the marker to the first sentence end. */
  readonly title: string;
  readonly line: number;
  /** 1-based column of the marker. */
  readonly column: number;
  /** Last line of the node's content (up to the next node at the same or a higher level). */
  readonly endLine: number;
  /** Index of the parent node in `Outline.nodes`, or -1 at the top. */
  readonly parent: number;
}

export interface Outline {
  readonly span: ReportSpan;
  /** Nodes in document order. */
  readonly nodes: readonly OutlineNode[];
}

/** Severity of a message, as in ESLint. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding. `code` plus `args` are the data; the text is rendered last by
 * `messages/` in the user's language (publint's Message, ESLint's messageId).
 */
export type Message = { readonly [C in Code]: MessageFields & { readonly code: C; readonly args: MessageArgs[C] } }[Code];

/** What every finding has besides its code and that code's arguments. */
export interface MessageFields {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  /** The first words of the line the finding is on, to find it with Word's search (set by the check stage). */
  readonly lineStart?: string;
  /** A config waiver covers this finding: it is listed, but does not fail the report or count as a warning. */
  readonly waived?: WaivedBy;
}

/** Which waiver of the config covered a finding, and why. */
export interface WaivedBy {
  /** Index of the waiver in the config's `waive:` list. */
  readonly index: number;
  readonly reason: string;
}

/**
 * Why a report failed, as data: one entry per kind of reason, rendered last by messages/verdict.ts.
 * Every format says a failed report's reason from this list (issue 13).
 */
export type FailReason =
  /** Required sections are missing (errors of code sectionMissing). */
  | { readonly code: 'requiredMissing'; readonly sections: readonly { readonly id: string; readonly name: string; readonly nameEn: string }[] }
  /** A table does not add up (errors of the tables check); `line` is the first. */
  | { readonly code: 'tableMismatch'; readonly count: number; readonly line: number }
  | { readonly code: 'belowPassMark'; readonly score: number; readonly passMark: number }
  /** Any other error-level finding (a placeholder made an error, copied text …); the first one is named. */
  | { readonly code: 'errorFinding'; readonly count: number; readonly first: { readonly ruleId: string; readonly code: string; readonly args: Readonly<Record<string, string | number>>; readonly line: number } };

export type SectionStatus = 'section' | 'mention' | 'missing';

export interface SectionFinding {
  readonly id: string;
  readonly name: string;
  readonly status: SectionStatus;
  /** Line of the best evidence, null when missing. */
  readonly line: number | null;
  /** The evidence line's text, trimmed to a readable length. */
  readonly evidence: string | null;
  /** The section exists but says nearly nothing (thin); it earns less. */
  readonly weak: boolean;
  /** False when the checklist expects figures (X 条, X 件) and the section has none. */
  readonly figures: boolean;
  /** The words that decided: the terms a heading says of the topic, or the keyword a sentence mentions. */
  readonly terms?: readonly string[];
  /** For a heading: the topic it was next most about, and the two totals, so a grader can weigh the call. */
  readonly runnerUp?: { readonly id: string; readonly score: number } | null;
  readonly score?: number;
}

export interface Routing {
  readonly ruleSet: string | null;
  /** Why: `title` pattern, `content` keywords, `forced` by --rule-set, the `fallback` rule set, or `none`. */
  readonly by: 'title' | 'content' | 'forced' | 'fallback' | 'none';
  readonly evidence: string;
}

export interface Score {
  readonly value: number;
  readonly passed: boolean;
  readonly passMark: number;
  /** Empty when the report passes. */
  readonly failedBecause: readonly FailReason[];
}

/** One checked (or unchecked) report. Shaped after the JSON contract of issue 2. */
export interface ReportResult {
  readonly title: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly ruleSet: string | null;
  readonly routing: Routing;
  readonly score: number | null;
  readonly passed: boolean | null;
  readonly passMark: number | null;
  /** Why the report failed: empty when it passed; absent when it was not checked (or in results from before issue 13). */
  readonly failedBecause?: readonly FailReason[];
  readonly sections: readonly SectionFinding[];
  readonly messages: readonly Message[];
  /** Reports sharing much of this one's text (issue 7); absent when the similarity pass did not run. */
  readonly similar?: readonly SimilarMatch[];
}

/** A passage this report shares with another (issue 7); lines are 1-based in each report's own file. */
export interface SharedPassage {
  readonly startLine: number;
  readonly endLine: number;
  readonly otherStartLine: number;
  readonly otherEndLine: number;
  /** Normalised characters that match (Han characters and figures, punctuation and boilerplate not counted). */
  readonly chars: number;
  /** The passage as this report writes it, shortened. */
  readonly excerpt: string;
}

/** Another report, or a --baseline report, that shares much of this report's text (issue 7). */
export interface SimilarMatch {
  /** report: another report of the run; baseline: a --baseline report; section: this report's problems/plans section repeats a baseline report. */
  readonly kind: 'report' | 'baseline' | 'section';
  readonly section?: 'problems' | 'plans';
  readonly path: string;
  readonly title: string;
  readonly startLine: number;
  /** Containment, 0..1: the share of the shorter text (boilerplate excluded) found in the other. */
  readonly similarity: number;
  /** Share of this report (or of its section) found in the other, 0..1. */
  readonly share: number;
  readonly severity: Severity;
  readonly passages: readonly SharedPassage[];
}

/** A problem with the file itself: unreadable, undecodable, 目录 mismatch. */
export interface FileError {
  readonly code: Code;
  readonly args: Readonly<Record<string, string | number>>;
  /** `error` stops the file from being checked; `warning` is said beside its reports. */
  readonly severity: 'error' | 'warning';
  readonly line?: number;
}

export interface FileResult {
  readonly path: string;
  readonly encoding: string | null;
  readonly lineUnit: LineUnit;
  /** As SourceText.pageStarts: present for files with pages (PDF, OFD). */
  readonly pageStarts?: readonly number[];
  readonly errors: readonly FileError[];
  readonly reports: readonly ReportResult[];
  /**
   * What the 内容雷同 pass needs of each report (reports[i]'s is signs[i]), taken while the text was decoded
   * (issue 17). Only in a run that compares reports, and taken off again once the pass has it: never output.
   */
  readonly signs?: readonly ReportSign[];
}

/** One report's signature for the 内容雷同 pass: typed arrays, cheap to clone from a worker. */
export interface ReportSign {
  /** Length and two hashes of the normalised text: identical reports share it. */
  readonly key: string;
  /** Sorted distinct shingle hashes of the normalised text, one in four by hash (similar/sign.ts SAMPLE_MASK). */
  readonly shingles: Uint32Array;
  /** The other distinct shingles, in no order: counted for boilerplate, not kept. */
  readonly rest: Uint32Array;
  /** With a baseline: the problems and plans sections (line ranges, inclusive) and their shingles. */
  readonly sections?: Partial<Record<'problems' | 'plans', SectionSign>>;
}

export interface SectionSign {
  readonly range: readonly [number, number];
  readonly shingles: Uint32Array;
}

export type Lang = 'zh' | 'en';

/** What a formatter is given besides the results; the clock and version come from outside. */
export interface FormatContext {
  readonly cwd: string;
  readonly lang: Lang;
  readonly color: boolean;
  readonly version: string;
  /** When the run happened, for pages that say so (html); absent in golden tests. */
  readonly now?: Date;
  readonly quiet: boolean;
  /** --max-warnings, for formats that say in their summary that the warnings exceed it (stylish). */
  readonly maxWarnings?: number;
  readonly ruleSets: readonly import('./ruleset/types.js').RuleSet[];
}

/** A formatter turns results into text; cli.ts writes it out. */
export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;

/**
 * A formatter that writes as results arrive (in path order), so a big run never holds them all.
 * `open` starts one run's output; the formatter's whole-results form is built from it (format/stream.ts).
 */
export interface StreamFormat {
  /** True when a file's text depends on that file alone: then worker threads may write it. */
  readonly perFile: boolean;
  readonly open: (ctx: FormatContext) => FormatWriter;
}

export interface FormatWriter {
  /** Text before the first file. */
  readonly head: string;
  /** One file's text. */
  readonly file: (result: FileResult) => string;
  /** The same text in pieces, for a file whose text may not fit in one string (200,000 reports); joined, equal to file(). */
  readonly pieces?: (result: FileResult) => Iterable<string>;
  /** Text between two files' texts (JSON's comma), so a file's text needs no word of its neighbours. */
  readonly between?: string;
  /** Text after the last file, given the run's figures. */
  readonly end: (tally: Tally) => string;
}

/** What one file adds to the run's figures and exit code: small, and cheap to send from a worker. */
export interface Tally {
  files: number;
  reports: number;
  checked: number;
  passed: number;
  scoreSum: number;
  fileErrors: number;
  /** Files skipped for their format (a .pdf or .doc a folder turned up), and files with no report in them. */
  skipped: number;
  empty: number;
  /** Warnings of checked reports, waived ones not counted (--max-warnings). */
  warnings: number;
  /** Indexes of the config's waivers that covered some finding. */
  waiversUsed: number[];
  /** Missing-section counts by section name. */
  missing: Record<string, number>;
  /** 2 when an input could not be read, else 1 when a report failed, else 0 (the run's exit code is the highest). */
  exit: number;
}
