/**
 * Text placed on pages (PDF text items, OFD TextCodes) -> lines in reading order. Pure.
 *
 * Items are grouped into lines by their baseline (top to bottom, with a tolerance of half a
 * character), ordered left to right; a gap of a character inside a line starts a new cell, so a printed
 * table row comes back as cells as from .docx. A line that runs to the right margin continues in
 * the next one (Chinese wraps without a hyphen), so a printed paragraph is one line again.
 */
import type { LineHint } from '../types.js';

export interface PlacedText {
  /** Left edge and baseline, in the page's units, y growing downwards. */
  readonly x: number;
  readonly y: number;
  /** Advance width of the whole text, same units. */
  readonly width: number;
  /** Font size, same units. */
  readonly size: number;
  readonly text: string;
}

export interface PagedLines {
  readonly lines: string[];
  readonly hints: (LineHint | undefined)[];
  /** pageStarts[p] is the 1-based line page p + 1 starts on. */
  readonly pageStarts: number[];
}

interface Row {
  readonly y: number;
  readonly size: number;
  readonly cells: string[];
  readonly left: number;
  readonly right: number;
}

/** A heading enumerator at a line's start never continues the line above. */
const STARTS_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、](?!\d))/u;

/** A label, then two or more whole numbers set apart by spaces: a table row whose cells ran together. */
const FIGURES_ROW = /^(\S.*?[^\d\s])((?:\s+\d+){2,})$/u;

export function pagesToLines(pages: readonly (readonly PlacedText[])[]): PagedLines {
  const lines: string[] = [];
  const hints: (LineHint | undefined)[] = [];
  const pageStarts: number[] = [];
  const rowsByPage = pages.map(toRows);
  // The text block's right edge over the whole document: a short last page (a signature, a date)
  // must not make its longest line look like one that runs to the margin.
  const textRows = rowsByPage.flat().filter((r) => r.cells.length === 1);
  const left = textRows.reduce((m, r) => Math.min(m, r.left), Infinity);
  const margin = textRows.reduce((m, r) => Math.max(m, r.right), -Infinity);
  for (const rows of rowsByPage) {
    pageStarts.push(lines.length + 1);
    let open = false; // the last line ran to the margin and may continue
    for (const row of rows) {
      if (row.cells.length > 1) {
        lines.push(row.cells.join(' | '));
        hints.push({ cells: row.cells });
        open = false;
        continue;
      }
      const text = row.cells[0]!;
      const figures = FIGURES_ROW.exec(text);
      if (figures) {
        // A table printed tight (cells closer than a character): a label and a run of figures is still a row.
        const cells = [figures[1]!.trim(), ...figures[2]!.trim().split(/\s+/)];
        lines.push(cells.join(' | '));
        hints.push({ cells });
        open = false;
        continue;
      }
      if (open && !STARTS_HEADING.test(text)) lines[lines.length - 1] += text;
      else {
        lines.push(text);
        hints.push(undefined);
      }
      // Runs to the margin, and the text block is wide enough to wrap at all (20 characters).
      open = row.right >= margin - row.size * 1.5 && margin - left >= row.size * 20;
    }
  }
  return { lines, hints, pageStarts };
}

/** Items -> rows top to bottom, each row's items left to right, split into cells at wide gaps. */
function toRows(items: readonly PlacedText[]): Row[] {
  const sorted = items.filter((i) => i.text.trim()).slice().sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PlacedText[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    const tolerance = Math.max(item.size, last?.[0]?.size ?? 0) * 0.5;
    if (last && Math.abs(item.y - last[0]!.y) <= tolerance) last.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const size = median(group.map((g) => g.size));
    const cells: string[] = [];
    let cell = '';
    let end = -Infinity;
    for (const g of group) {
      // A gap of most of a character separates table cells (a cell's padding and border are about
      // one); text runs of one line touch, and a space between Latin words is a third of one.
      if (cell && g.x - end > size * 0.8) {
        cells.push(cell.trim());
        cell = '';
      } else if (cell && g.x - end > size * 0.2 && /[\x21-\x7e]$/.test(cell) && /^[\x21-\x7e]/.test(g.text)) cell += ' ';
      cell += g.text;
      end = Math.max(end, g.x + g.width);
    }
    cells.push(cell.trim());
    // Figures that ran together ("3 3 3 18") are cells each, as the label beside them is one.
    const kept = cells.filter((c) => c !== '').flatMap((c) => (/^\d+(?:\s+\d+)+$/.test(c) ? c.split(/\s+/) : [c]));
    return { y: group[0]!.y, size, cells: kept.length ? kept : [''], left: group[0]!.x, right: end };
  });
}

function median(values: readonly number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
