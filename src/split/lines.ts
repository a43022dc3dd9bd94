/** Line predicates the splitter shares: what is blank, what is noise, what looks like a title. */
import { ENUMERATORS, LEADING_NOISE } from '../outline/numbering.js';

/** Blank: only white space of any width, zero-width marks, or a lone mojibake "?". */
export function isBlank(line: string): boolean {
  return /^[\s\u200b-\u200d\u2060?？�]*$/u.test(line);
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
const KIND_WORD = /(?:总结|报告|汇报)(?:[(（][^)）]*[)）])?$|(?:总结|报告)[和及暨与].{0,16}(?:思路|计划|打算|安排|要点)$/u;
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

/**
 * What a government web page shows around a report: breadcrumbs (当前位置), the 索引号/发布机构 block,
 * dates and visit counts, font-size and share widgets, site navigation. Never a title, never content.
 */
const TABLE_KEYS = '索\\s*引\\s*号|发布机构|成文日期|组配分类|主题分类|发文日期';
const METADATA_KEYS = `${TABLE_KEYS}|发文机关|信息来源|来\\s*源|发布时间|发布日期|公开日期|生成日期|体裁分类|文\\s*号|发文字号|名\\s*称|标\\s*题|浏览次数|阅读次数|访问次数|浏览量|点击数|有\\s*效\\s*性|公开方式|公开范围|时\\s*间`;
/* eslint-disable regexp/no-super-linear-backtracking -- polynomial at worst, and isChrome only tests lines of at most 120 characters */
const CHROME = new RegExp(
  [
    '当前位置|您的位置|所在的?位置|现在的位置',
    '^\\s*[>＞»]\\s*$|首页\\s*[>＞»]|[>＞»][^>＞»]{1,20}[>＞»]',
    // A metadata line: a short key and its value ("效力状态:有效"), an index number, a bare date.
    '^[\\s•·]*\\p{Script=Han}[\\p{Script=Han}\\s]{1,7}[:：][^。，,]{0,40}$',
    '^[0-9A-Z]{8,}[/-][0-9-]+$|^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$',
    // The 索引号 block's keys, followed by a colon, or by a space where a page lays the block out as a table.
    `^[\\s•·]*(?:${METADATA_KEYS})\\s*[:：]`,
    `^[\\s•·]*(?:${TABLE_KEYS})\\s`,
    // View counts and publishing dates anywhere in a short line; font-size and print widgets.
    '(?:浏览|阅读|访问|点击)(?:次数|量|数)|(?:发布|发表|成文|公开)(?:时间|日期)\\s*[:：]?\\s*\\d{4}',
    '字[体号](?:大小)?\\s*(?:[:：]\\s*)?[[【(（]|分享到|打印本页|打印整页|打印内容|点击查看|关闭窗口|我要纠错|无障碍|关怀版|长辈版|设为首页|加入收藏|会员登录|返回首页|网站首页|扫一扫|^\\s*分享[:：]?\\s*$|^\\s*字[体号][:：]?\\s*$',
  ].join('|'),
  'u',
);
/* eslint-enable regexp/no-super-linear-backtracking */

export function isChrome(line: string): boolean {
  return line.length <= 120 && CHROME.test(line);
}
