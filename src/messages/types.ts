/**
 * Every message code and the arguments its text is made from. Both catalogs (zh.ts, en.ts) are typed
 * `Catalog`, so the compiler fails when one lacks a code, has one too many, or reads an argument
 * the code does not carry; a test (tests/messages/catalogs.test.ts) checks that both read the same
 * ones. Chinese texts read `name`/`hint`, English ones `nameEn`/`hintEn`: the pairs count as one.
 */

/** An interpolated value. */
type V = string | number;

/** A section of a rule set, as its findings carry it. */
type Section = { readonly section: string; readonly name: string; readonly nameEn: string; readonly hint: string; readonly hintEn: string };
/** A file error names its file (results and every format show it beside the text). */
type File = { readonly path: string };
type Text = { readonly text: string };
type Similar = { readonly title: string; readonly path: string; readonly line: number; readonly percent: number; readonly where: string };

export interface MessageArgs {
  readonly sectionMissing: Section;
  readonly sectionOnlyMentioned: Section & { readonly words: string };
  readonly sectionWeak: Section;
  readonly sectionNoFigures: Section;
  readonly sectionOutOfOrder: { readonly name: string; readonly after: string };
  readonly 'placeholder-mask': Text;
  readonly 'placeholder-blank': Text;
  readonly 'placeholder-todo': Text;
  readonly 'placeholder-date': Text;
  readonly 'placeholder-ellipsis': Text;
  readonly sectionTemplateText: { readonly section: string; readonly name: string; readonly nameEn: string };
  readonly 'placeholder-mojibake': Text;
  readonly placeholderMore: { readonly count: number };
  readonly planYearPast: { readonly named: number; readonly year: number; readonly next: number };
  readonly statYearMismatch: { readonly named: number; readonly year: number };
  readonly tableRowTotal: { readonly label: string; readonly sum: V; readonly total: V };
  readonly tableBalance: { readonly column: number; readonly fresh: V; readonly carried: V; readonly total: V; readonly carryOver: V };
  readonly tableOutcomeSum: { readonly column: number; readonly sum: V; readonly total: V };
  readonly tableReviewTotal: { readonly group: string; readonly sum: V; readonly total: V };
  readonly internalError: File & { readonly detail: string };
  readonly patternTimeout: File & { readonly seconds: number; readonly ruleSet: string; readonly pattern: string; readonly where: string };
  readonly patternTimeoutUnknown: File & { readonly seconds: number };
  readonly unreadable: File & { readonly reason: V };
  readonly tooLarge: File & { readonly sizeMb: number; readonly limitMb: number };
  readonly decodeLossy: { readonly count: number; readonly encoding: string };
  /** A file found by its bytes because its name is not UTF-8 (load/index.ts nameNoted). */
  readonly nameNotUtf8: Record<never, never>;
  readonly docxEncrypted: File;
  readonly docxCorrupt: File & { readonly detail: string };
  readonly docxNotWord: File;
  readonly docxTooLarge: File & { readonly limitMb: number };
  readonly docxTooManyElements: File & { readonly limit: number };
  readonly docxTimeout: File & { readonly seconds: number };
  readonly docxOutOfMemory: File & { readonly limitMb: number };
  readonly unsupportedFormat: File & { readonly ext: string };
  readonly binary: File;
  readonly tocMissingInBody: { readonly listed: number; readonly found: number; readonly count: number; readonly titles: string };
  readonly bodyMissingInToc: { readonly count: number; readonly titles: string };
  readonly tocTitleDiffers: { readonly count: number; readonly titles: string };
  readonly notChecked: Record<never, never>;
  readonly noReports: Record<never, never>;
  readonly similarReport: Similar & { readonly passages: number };
  readonly similarToBaseline: Similar;
  readonly copiedProblems: Similar;
  readonly copiedPlans: Similar;
  readonly docxUnreadable: File & { readonly reason: string };
  readonly unsupportedSkipped: File & { readonly ext: string };
  readonly htmlEmpty: File;
  readonly pdfScanned: File;
  readonly pdfEncrypted: File;
  readonly pdfCorrupt: File & { readonly reason: string };
  readonly ofdCorrupt: File & { readonly detail: string };
  readonly ofdNotOfd: File;
  readonly ofdTooLarge: File & { readonly limitMb: number };
  readonly ofdEmpty: File;
  readonly sofficeMissing: File & { readonly ext: string; readonly name: string };
  readonly sofficeFailed: File & { readonly reason: string };
  readonly skippedFile: File & { readonly reason: string; readonly ext: string };
}

/** Every message code. */
export type Code = keyof MessageArgs;

/** Arguments as findings carry them (results are data: JSON, the cache, a worker's clone). */
export type Args = Readonly<Record<string, string | number>>;

/** A language's texts: one function per code, of exactly that code's arguments. */
export type Catalog = { readonly [C in Code]: (args: MessageArgs[C]) => string };
