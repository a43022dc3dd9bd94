/**
 * A parsed page -> the report's lines: the title first, then the main container's text with
 * <p>, <br>, <div> and <h1>-<h6> as line breaks, and each row of a data table as one line
 * (cells joined by " | ", kept in LineHint.cells as for .docx). Pure: no I/O, no parser import.
 */
import { Element, type ChildNode, type Document } from 'domhandler';
import type { LineHint } from '../types.js';
import { countChars, DROPPED, INLINE, isElement, isNoise, mainContainer, measureAll, reportPartOfTitle } from './html-main.js';

export interface HtmlLines {
  readonly lines: string[];
  readonly hints: (LineHint | undefined)[];
  /** How the title was found, for tests and docs: a heading element, the <title> element, or none. */
  readonly titleFrom: 'heading' | 'title' | 'none';
}

interface Line {
  text: string;
  chars: number;
  linkChars: number;
  hint?: LineHint;
  heading?: number;
}

/** Site furniture that sits inside the article box on most government pages. */
const META_FIELD = /^【?\s*(?:索\s*引\s*号|发布机构|发文机关|发布日期|发布时间|成文日期|发文字号|主题分类|主题词|生成日期|信息来源|来源|作者|浏览次数|浏览量|点击数|点击量|阅读次数|访问次数|访问量|字号|字体|责任编辑|编辑|审核|时间)\s*[:：]/u;
const FURNITURE = /^[[【(（]?\s*(?:分享到|打印本页|打印|关闭窗口|关闭|当前位置|您当前的位置|您现在的位置|您的位置|所在位置|扫一扫|上一篇|下一篇|相关链接|相关文章|大\s*中\s*小|默认|收藏|返回顶部)/u;
const REPORT_WORDS = /报告|总结/u;
const TITLE_CLASS = /(?:^|[\s_-])(?:title|bt|biaoti|tit|headline|article-title|art-title)(?:$|[\s_\-\d])/i;

export function htmlLines(doc: Document): HtmlLines {
  const html = (doc.children.find((c) => isElement(c) && c.name === 'html') as Element | undefined) ?? wrap(doc);
  const body = (html.children.find((c) => isElement(c) && c.name === 'body') as Element | undefined) ?? html;
  const measures = measureAll(body);
  const container = mainContainer(body, measures);
  const pageTitle = textOf(findFirst(html, 'title')).trim();
  const heading = titleHeading(body, container, pageTitle);
  const title = heading ? squash(textOf(heading)) : reportPartOfTitle(squash(pageTitle));

  let lines = linearize(container).filter((l) => keep(l));
  // The title line: where the page has it among the first lines, everything above it is furniture.
  const key = (s: string) => s.replace(/\s+/g, '');
  const at = title ? lines.slice(0, 12).findIndex((l) => key(l.text) === key(title)) : -1;
  if (at >= 0) {
    lines = lines.slice(at);
    delete lines[0]!.heading;
  } else if (title) lines = [{ text: title, chars: countChars(title), linkChars: 0 }, ...lines];

  const levels = lines.map((l) => l.heading).filter((h): h is number => h !== undefined);
  const top = levels.length ? levels.reduce((a, b) => Math.min(a, b)) : 1; // no spread: a page of 200,000 headings overflows the stack
  return {
    lines: lines.map((l) => l.text),
    hints: lines.map((l) => l.hint ?? (l.heading !== undefined ? { headingLevel: Math.min(l.heading - top + 1, 5) } : undefined)),
    titleFrom: heading ? 'heading' : title ? 'title' : 'none',
  };
}

/** Empty lines, short lines that are nothing but a link (menus, "上一篇"), and 索引号-style fields go. */
function keep(l: Line): boolean {
  if (!l.text) return false;
  if (l.hint?.cells) return !META_FIELD.test(l.text);
  if (l.linkChars && l.linkChars === l.chars && l.text.length < 40) return false;
  if (l.text.length < 80 && (META_FIELD.test(l.text) || FURNITURE.test(l.text))) return false;
  return true;
}

/**
 * The element holding the report's own title: an <h1>-<h3> or a "title" box saying 报告/总结,
 * preferring one that the <title> element repeats and one at or above the article, never the site's banner.
 */
function titleHeading(body: Element, container: Element, pageTitle: string): Element | null {
  const wanted = reportPartOfTitle(squash(pageTitle)).replace(/\s+/g, '');
  let best: Element | null = null;
  let bestScore = 0;
  const walk = (e: Element, noisy: boolean) => {
    const inNoise = noisy || isNoise(e);
    if (!inNoise && (/^h[1-3]$/.test(e.name) || TITLE_CLASS.test(`${e.attribs['class'] ?? ''} ${e.attribs['id'] ?? ''}`))) {
      const text = squash(textOf(e)).replace(/\s+/g, '');
      if (text.length >= 6 && text.length <= 100) {
        let score = (REPORT_WORDS.test(text) ? 3 : 0) + (e.name === 'h1' ? 1 : 0);
        if (wanted && (text === wanted || wanted.includes(text) || text.includes(wanted))) score += 3;
        if (contains(container, e)) score += 1;
        if (score > bestScore) [best, bestScore] = [e, score];
      }
      return;
    }
    for (const child of e.children) if (isElement(child) && !DROPPED.has(child.name)) walk(child, inNoise);
  };
  walk(body, false);
  return bestScore >= 3 ? best : null;
}

const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'main', 'header', 'blockquote', 'pre', 'center', 'form', 'hr', 'address', 'figure', 'figcaption', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'body', 'html']);

/** The container's text as lines; nested noise (a share bar inside the article) is left out. */
function linearize(root: Element): Line[] {
  const out: Line[] = [];
  let cur: Line = { text: '', chars: 0, linkChars: 0 };
  const flush = (heading?: number) => {
    const text = cur.text.replace(/\s+/g, ' ').trim();
    if (text) out.push({ ...cur, text, ...(heading ? { heading } : {}) });
    cur = { text: '', chars: 0, linkChars: 0 };
  };
  const visit = (node: ChildNode, inLink: boolean, pre: boolean) => {
    if (node.type === 'text') {
      const chars = countChars(node.data);
      cur.chars += chars;
      if (inLink) cur.linkChars += chars;
      if (pre) {
        const parts = node.data.split(/\r\n|\r|\n/);
        parts.forEach((p, i) => {
          if (i) flush();
          cur.text += p;
        });
      } else cur.text += node.data;
      return;
    }
    if (!isElement(node) || DROPPED.has(node.name) || (node !== root && isNoise(node))) return;
    if (node.name === 'br') return flush();
    if (node.name === 'table' && isDataTable(node)) {
      flush();
      for (const cells of tableRows(node)) if (cells.some(Boolean)) out.push({ text: cells.join(' | '), chars: 1, linkChars: 0, hint: { cells } });
      return;
    }
    const block = BLOCKS.has(node.name) || !INLINE.has(node.name) && node.name !== 'a' && node.name !== 'img';
    if (block) flush();
    for (const child of node.children) visit(child, inLink || node.name === 'a', pre || node.name === 'pre');
    if (block) flush(/^h[1-6]$/.test(node.name) ? Number(node.name[1]) : undefined);
  };
  visit(root, false, false);
  flush();
  return out;
}

/** A table of figures, not a page laid out with a table: no table inside, no cell holding an article. */
function isDataTable(table: Element): boolean {
  let nested = false;
  let longCell = false;
  let rows = 0;
  const walk = (e: Element, depth: number) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === 'table') nested = true;
      else if (c.name === 'tr') rows++;
      if ((c.name === 'td' || c.name === 'th') && countChars(textOf(c)) > 200) longCell = true;
      if (c.name !== 'table' && depth < 40) walk(c, depth + 1);
    }
  };
  walk(table, 0);
  return !nested && !longCell && rows >= 1;
}

/**
 * Rows as grids of cell texts, as docx-lines.ts makes them: a merged cell keeps its text in its
 * first grid column and '' in the columns (and rows) it spans, so cells[i] is grid column i.
 */
function tableRows(table: Element): string[][] {
  const trs: Element[] = [];
  const collect = (e: Element) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === 'tr') trs.push(c);
      else if (c.name !== 'table') collect(c);
    }
  };
  collect(table);
  const rows: string[][] = [];
  const pending: number[] = [];
  for (const tr of trs) {
    const cells: string[] = [];
    const place = () => {
      while ((pending[cells.length] ?? 0) > 0) {
        pending[cells.length]!--;
        cells.push('');
      }
    };
    for (const td of tr.children) {
      if (!isElement(td) || (td.name !== 'td' && td.name !== 'th')) continue;
      place();
      const span = clampSpan(td.attribs['colspan']);
      const down = clampSpan(td.attribs['rowspan']);
      for (let i = 0; i < span; i++) {
        pending[cells.length] = down - 1;
        cells.push(i === 0 ? squash(textOf(td)) : '');
      }
    }
    place();
    rows.push(cells);
  }
  return rows;
}

/** A span attribute as a small positive count: a page's colspan="1000" must not build a huge row. */
function clampSpan(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 50) : 1;
}

export function textOf(node: ChildNode | null | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.data;
  if (!isElement(node) || (DROPPED.has(node.name) && node.name !== 'head')) return '';
  let out = '';
  for (const c of node.children) out += c.type === 'tag' && c.name === 'br' ? ' ' : textOf(c);
  return out;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function findFirst(e: Element, name: string): Element | null {
  for (const c of e.children) {
    if (!isElement(c)) continue;
    if (c.name === name) return c;
    const found = findFirst(c, name);
    if (found) return found;
  }
  return null;
}

function contains(outer: Element, inner: Element): boolean {
  for (let e: Element | null = inner; e; e = e.parent as Element | null) if (e === outer) return true;
  return false;
}

/** A fragment without <html>: a stand-in <body> holding the document's nodes (their parent stays the document). */
function wrap(doc: Document): Element {
  return new Element('body', {}, doc.children);
}
