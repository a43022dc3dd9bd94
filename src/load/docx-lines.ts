/**
 * mammoth's document tree -> one line per Word paragraph (or table row), with outline hints.
 * Pure: no I/O and no mammoth import, so it is easy to test and cheap to load.
 */
import { ENUMERATORS, LEADING_NOISE } from '../outline/numbering.js';
import type { LineHint } from '../types.js';

/** The part of mammoth's element shape we read (mammoth/lib/documents.js). */
export interface DocxElement {
  readonly type: string;
  readonly children?: readonly DocxElement[];
  readonly value?: string;
  readonly styleId?: string | null;
  readonly styleName?: string | null;
  readonly numbering?: { readonly isOrdered: boolean; readonly level: string | number } | null;
  readonly breakType?: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export interface DocxLines {
  readonly lines: string[];
  readonly hints: (LineHint | undefined)[];
}

/** Widest table grid kept: Word itself allows 63 columns; cells past it are dropped. */
export const MAX_GRID_COLUMNS = 63;

/** Deepest outline level the outline stage knows (①). */
const MAX_LEVEL = 5;
/** "heading 1" (Word, English or the built-in name), "标题 1" (WPS, Chinese Word), "Heading1" ids. */
const HEADING_STYLE = /^(?:heading|标题)\s*([1-9])$/iu;
/** "一级标题" … "五级标题": the custom styles many government templates define. */
const CHINESE_LEVEL_STYLE = /^([一二三四五六七八九])级标题$/u;
const HAN_DIGITS = '一二三四五六七八九';

type Block = { readonly para: DocxElement; readonly text: string } | { readonly row: string[] };

export function docxLines(document: DocxElement): DocxLines {
  const blocks: Block[] = [];
  const visit = (element: DocxElement): void => {
    if (element.type === 'paragraph') blocks.push({ para: element, text: textOf(element) });
    else if (element.type === 'table') for (const row of tableRows(element)) blocks.push({ row });
    else element.children?.forEach(visit);
  };
  visit(document);

  // Where Word's list numbering sits in the outline. If the author typed the top level ("一、")
  // somewhere, Word lists are items below the typed or styled heading before them; otherwise the
  // lists carry the hierarchy themselves (list level 0 = 一、), nested only under heading styles.
  const typedTop = blocks.some((b) => 'para' in b && !b.para.numbering && typedLevel(b.text) === 1);
  let base = 0;
  // mammoth gives every paragraph of one list level the same object. A list keeps the shallowest
  // level it has had, so "二、" drawn by Word stays a top heading after a typed "（一）" item.
  const shallowest = new Map<object, number>();
  const lines: string[] = [];
  const hints: (LineHint | undefined)[] = [];
  for (const block of blocks) {
    if ('row' in block) {
      lines.push(block.row.join(' | '));
      hints.push({ cells: block.row });
      continue;
    }
    const styled = styleLevel(block.para);
    const typed = typedTop && !block.para.numbering ? typedLevel(block.text) : undefined;
    if (styled) base = styled;
    else if (typed !== undefined && typed <= 2) base = typed;
    let level = styled ?? listLevel(block.para, base);
    if (!styled && level !== undefined) {
      level = Math.min(level, shallowest.get(block.para.numbering!) ?? level);
      shallowest.set(block.para.numbering!, level);
    }
    lines.push(block.text);
    hints.push(level ? { headingLevel: level, ...(styled ? {} : { listItem: true }) } : undefined);
  }
  return { lines, hints };
}

function styleLevel(p: DocxElement): number | undefined {
  const name = p.styleName?.trim() ?? '';
  const m = HEADING_STYLE.exec(name) ?? HEADING_STYLE.exec(p.styleId?.trim() ?? '');
  if (m) return Math.min(Number(m[1]), MAX_LEVEL);
  const zh = CHINESE_LEVEL_STYLE.exec(name);
  return zh ? Math.min(HAN_DIGITS.indexOf(zh[1]!) + 1, MAX_LEVEL) : undefined;
}

/** The level of an enumerator typed into the text ("一、", "（二）"), as the outline stage reads it. */
function typedLevel(text: string): number | undefined {
  const t = text.replace(LEADING_NOISE, '');
  return ENUMERATORS.find((e) => e.pattern.test(t))?.level;
}

/** Word's automatic numbering ("一、" drawn by Word, not typed) makes a heading; bullets do not. */
function listLevel(p: DocxElement, base: number): number | undefined {
  if (!p.numbering?.isOrdered) return undefined;
  return Math.min(base + (Number(p.numbering.level) || 0) + 1, MAX_LEVEL);
}

/** The paragraph's visible text; a soft line break becomes a space so words do not run together. */
function textOf(element: DocxElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return element.breakType === 'line' ? ' ' : '';
    case 'table':
      return tableRows(element).map((row) => row.join(' | ')).join(' ');
    default:
      return (element.children ?? []).map(textOf).join(element.type === 'tableCell' ? ' ' : '');
  }
}

/**
 * Rows as grids of cell texts. A merged cell keeps its text in its first grid column and leaves
 * '' in the columns (and rows) it spans, so cells[i] is always grid column i for the table checks.
 */
function tableRows(table: DocxElement): string[][] {
  const rows: string[][] = [];
  const pending: number[] = []; // rows still covered by a vertical merge, per grid column
  for (const row of table.children ?? []) {
    if (row.type !== 'tableRow') continue;
    const cells: string[] = [];
    const place = () => {
      while ((pending[cells.length] ?? 0) > 0) {
        pending[cells.length]!--;
        cells.push('');
      }
    };
    for (const cell of row.children ?? []) {
      if (cell.type !== 'tableCell' || cells.length >= MAX_GRID_COLUMNS) continue;
      place();
      // A span past the grid (gridSpan 1,000,000,000 took minutes and gigabytes) ends at its edge.
      const span = Math.max(1, Math.min(Math.floor(Number(cell.colSpan) || 1), MAX_GRID_COLUMNS - cells.length));
      for (let i = 0; i < span; i++) {
        pending[cells.length] = (cell.rowSpan ?? 1) - 1;
        cells.push(i === 0 ? textOf(cell).trim() : '');
      }
    }
    place();
    rows.push(cells);
  }
  return rows;
}
