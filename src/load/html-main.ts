/**
 * Finds a published page's main text among the site's navigation, breadcrumbs, 索引号/发布机构
 * blocks, share buttons and footers, and the page's report title (not the site's name).
 *
 * Scoring in the spirit of Readability, tuned for Chinese government sites: each paragraph
 * gives points (Chinese punctuation, length) to its parent, half to its grandparent and a third
 * to the one above; the best container, discounted by its share of link text, holds the report.
 * docs/inputs.md compares it with @mozilla/readability on the test pages.
 */
import { Text, type ChildNode, type Element, type ParentNode } from 'domhandler';

/** Never text: scripts, styles, forms' controls, and the HTML5 regions that are never the article. */
export const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'button', 'textarea', 'input', 'nav', 'aside', 'footer', 'head', 'map']);
/** class/id words of site furniture: menus, breadcrumbs (当前位置), footers, share bars, side columns. */
const NOISE = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|dqwz|weizhi|footer|foot|copyright|share|bdshare|sidebar|side|toolbar|friendlink|links?|related|xgxx|header|top|banner|logo)(?:$|[\s_\-\d])/i;
const CONTAINERS = new Set(['div', 'td', 'article', 'section', 'main', 'body', 'form', 'center', 'font', 'span', 'table', 'tbody', 'tr', 'li', 'ul', 'dd', 'dl', 'blockquote']);
const PARAGRAPHS = new Set(['p', 'td', 'pre', 'li', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'font', 'span', 'dd']);

export interface Measure {
  /** Letters, digits and Han characters under the element (not counting dropped elements). */
  readonly chars: number;
  /** Those inside links. */
  readonly linkChars: number;
}

export const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

export function isNoise(e: Element): boolean {
  if (DROPPED.has(e.name)) return true;
  const words = `${e.attribs['class'] ?? ''} ${e.attribs['id'] ?? ''}`;
  return words.trim() !== '' && NOISE.test(words);
}

/** Counts characters that carry meaning, so whitespace-heavy markup does not look like content. */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x3400 && c <= 0x9fff)) n++;
  }
  return n;
}

/** Deeper than any real page (portals nest 20-40 levels); the walks below recurse this far at most. */
export const MAX_DEPTH = 200;

/**
 * Replaces what lies deeper than MAX_DEPTH with its text, without recursion, so a hostile page
 * of 100 000 nested <div>s cannot overflow the stack of the recursive walks.
 */
export function flattenDeep(root: ParentNode): void {
  const stack: [ParentNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH) {
      const text = new Text(flatText(node));
      text.parent = node;
      node.children = [text];
      continue;
    }
    for (const child of node.children) if (isElement(child)) stack.push([child, depth + 1]);
  }
}

function flatText(node: ParentNode): string {
  const out: string[] = [];
  const stack: ChildNode[] = [...node.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push(n.data);
    else if (isElement(n) && !DROPPED.has(n.name)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.join('');
}

/** Measures every element once (bottom up), skipping dropped ones. */
export function measureAll(root: Element): Map<Element, Measure> {
  const out = new Map<Element, Measure>();
  const visit = (e: Element, inLink: boolean): Measure => {
    let chars = 0;
    let linkChars = 0;
    const link = inLink || e.name === 'a';
    for (const child of e.children) {
      if (child.type === 'text') {
        const n = countChars(child.data);
        chars += n;
        if (link) linkChars += n;
      } else if (isElement(child) && !DROPPED.has(child.name)) {
        const m = visit(child, link);
        chars += m.chars;
        linkChars += m.linkChars;
      }
    }
    const m = { chars, linkChars };
    out.set(e, m);
    return m;
  };
  visit(root, false);
  return out;
}

/** The element that holds the report's text, or `root` when nothing scores. */
export function mainContainer(root: Element, measures: Map<Element, Measure>): Element {
  const scores = new Map<Element, number>();
  const walk = (e: Element, noisy: boolean): void => {
    const inNoise = noisy || isNoise(e);
    if (!inNoise && PARAGRAPHS.has(e.name)) {
      const text = ownText(e);
      const chars = countChars(text);
      if (chars >= 10) {
        const score = 1 + (text.match(/[，。；、：,]/g)?.length ?? 0) + Math.min(3, Math.floor(chars / 100));
        let up = e.parent as Element | null;
        for (let level = 1; up && level <= 3; level++, up = up.parent as Element | null) {
          if (up.type !== 'tag' || !CONTAINERS.has(up.name)) break;
          scores.set(up, (scores.get(up) ?? 0) + score / level);
        }
      }
    }
    for (const child of e.children) if (isElement(child) && !DROPPED.has(child.name)) walk(child, inNoise);
  };
  walk(root, false);
  let best: Element = root;
  let bestScore = 0;
  for (const [e, raw] of scores) {
    const m = measures.get(e)!;
    const score = raw * (1 - (m.chars ? m.linkChars / m.chars : 0));
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  // The article's title and date often sit one or two levels above its paragraphs' box: climb
  // while the parent adds little text (under 40%) and few links, so they come along but the
  // side columns do not.
  for (let up = best.parent as Element | null; up && up.type === 'tag' && up !== root && up.name !== 'body'; up = up.parent as Element | null) {
    const m = measures.get(up);
    const here = measures.get(best)!;
    if (!m || m.chars > here.chars * 1.4 || m.linkChars - here.linkChars > (m.chars - here.chars) * 0.5) break;
    best = up;
  }
  return best;
}

/** Text of the element itself and its inline children (not of nested blocks or tables). */
function ownText(e: Element): string {
  let out = '';
  for (const child of e.children) {
    if (child.type === 'text') out += child.data;
    else if (isElement(child) && INLINE.has(child.name)) out += ownText(child);
  }
  return out;
}

export const INLINE = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'u', 'font', 'sup', 'sub', 'small', 'big', 'label', 'abbr', 'code', 'ins', 'del', 's', 'mark', 'o:p', 'st1:chsdate']);

/** A page title's report part: "XX县2024年政府信息公开工作年度报告_XX县人民政府" -> the first part. */
export function reportPartOfTitle(title: string): string {
  const parts = title.split(/\s*(?:[_|｜–·]|(?<!\d)-+(?!\d)|—+)\s*/u).map((p) => p.trim()).filter(Boolean);
  return parts.find((p) => /报告|总结/u.test(p)) ?? parts[0] ?? '';
}
