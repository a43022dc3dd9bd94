/**
 * The Chinese heading hierarchy as data: 一、 / （一） / 1. 1、 1． / （1） / ①, full- and half-width alike,
 * and the lead phrases that enumerate items inside a paragraph (一是…二是…, 首先/其次).
 */

export interface Enumerator {
  readonly level: number;
  /** Anchored at the start of the (cleaned) line; group 0 is the marker. */
  readonly pattern: RegExp;
}

const HAN_NUM = '[一二三四五六七八九十]{1,3}';

export const ENUMERATORS: readonly Enumerator[] = [
  // 一、 一． 一. ; "一 、" with a stray space happens in pasted text
  { level: 1, pattern: new RegExp(`^${HAN_NUM}\\s?[、．.，,]`, 'u') },
  { level: 2, pattern: new RegExp(`^[（(]\\s?${HAN_NUM}\\s?[）)][、．.]?`, 'u') },
  // 1. 1、 1． and the occasional 1。 — but not a decimal figure such as 1.5万
  { level: 3, pattern: /^\d{1,2}\s?[.．、。](?!\d)/u },
  { level: 4, pattern: /^[（(]\s?\d{1,2}\s?[）)][、．.]?/u },
  { level: 5, pattern: /^[\u2460-\u2473\u2776-\u277f]/u },
];

/** The level a lead phrase sits at: below every numbered level. */
export const LEAD_LEVEL = 6;

/**
 * Lead phrases. They start a sentence: at the line start or after sentence punctuation or a space.
 * 其次/再次/最后 only count when 首先 began the list, which the outline checks.
 */
export const LEAD_PATTERN = new RegExp(
  `(?<=^|[。；;：:！？!，,\\s])(?:(${HAN_NUM})是|(首先|其次|再次|最后)[，,：:])`,
  'gu',
);

/** Characters that stand before a heading in real files and are not part of it. */
export const LEADING_NOISE = /^[\s\u200b-\u200d\u2060?？�#*>]+/u;

/** Where a heading's own words end: the first sentence end. */
export const TITLE_END = /[。；;！!？]/u;
export const CLAUSE_END = /[，,：:]/u;
