/** Line predicates the splitter shares: what is blank, what is noise, what looks like a title. */
import { ENUMERATORS, LEADING_NOISE } from '../outline/numbering.js';

/** Blank: only white space of any width, zero-width marks, or a lone mojibake "?". */
export function isBlank(line: string): boolean {
  return /^[\s\u3000\u200b-\u200d\u2060\ufeff?？�]*$/u.test(line);
}

/**
 * Text that belongs to no report: paywall markers, reprint footers, advertisements.
 * Only ever trimmed from a report's tail, never cut out of its middle.
 */
const TRAILER = /##paid(?:begin|end)##|转载|注明出处|https?:\/\/|www\.|^【[^】]{1,16}】\s*[—–-]|欢迎(?:加入|关注)|扫码|会员/u;

export function isTrailer(line: string): boolean {
  return TRAILER.test(line);
}

/** Removes what stands before a heading in real files: odd spaces, mojibake, Markdown marks. */
export function clean(line: string): string {
  return line.replace(LEADING_NOISE, '').trim();
}

export function hasEnumerator(text: string): boolean {
  return ENUMERATORS.some((e) => e.pattern.test(text));
}

/** The kinds of document a report title names. */
const KIND_WORD = /(?:总结|报告|汇报)(?:[(（][^)）]*[)）])?$|(?:总结|报告)(?:和|及|暨|与).{0,16}(?:思路|计划|打算|安排|要点)$/u;
/** Weaker kinds that also end ordinary headings ("主动公开情况"): a title only with a year. */
const DATED_KIND_WORD = /\d{4}\s*年.*(?:情况|要点)(?:[(（][^)）]*[)）])?$/u;

/**
 * A line that reads like a report title: short, no enumerator, no sentence punctuation,
 * and names a kind of document. "一、2023年工作总结" is a heading, not a title.
 */
export function isTitleLike(line: string): boolean {
  const t = clean(line);
  if (t.length < 4 || t.length > 60) return false;
  if (hasEnumerator(t)) return false;
  if (/[。，,；;：:！!]/u.test(t)) return false;
  return KIND_WORD.test(t) || DATED_KIND_WORD.test(t);
}

/** A compilation's own title, e.g. "2023年度工作总结汇编（17篇）". */
export function isCompilationTitle(line: string): boolean {
  return /汇编|合集|选编|文集/u.test(clean(line)) && clean(line).length <= 60;
}

/** Compares titles the way a reader does: ignoring spaces, punctuation width and mojibake. */
export function titleKey(title: string): string {
  return clean(title)
    .normalize('NFKC')
    .replace(/[\s?？�“”"'‘’《》<>「」]/gu, '');
}
