/**
 * Test-only OFD builder: lays a Report out on A4 pages as an OFD writer would (title centred,
 * paragraphs wrapped at the margin, table cells in columns, one TextObject per run) and zips the
 * XML with JSZip. No binary fixtures: every OFD in the tests is made here.
 */
import JSZip from 'jszip';
import type { Report } from './published.js';

const NS = 'http://www.ofdspec.org/2016';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const LEFT = 20;
const WIDTH = 170;
const BODY = 4.2;
const TABLE = 3.2;
const LINE = 7;

interface Run {
  readonly x: number;
  readonly text: string;
  readonly size: number;
}

const widthOf = (text: string, size: number) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? size / 2 : size), 0);

/** Wraps a paragraph at the right margin, character by character, as Chinese layout does. */
function wrap(text: string, size: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (widthOf(line + ch, size) > WIDTH) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  return line ? [...out, line] : out;
}

/** The report as rows of runs, top to bottom. */
function layout(report: Report): Run[][] {
  const titleSize = 6;
  const rows: Run[][] = [[{ x: LEFT + (WIDTH - widthOf(report.title, titleSize)) / 2, text: report.title, size: titleSize }]];
  for (const block of report.blocks) {
    if (typeof block === 'string') {
      for (const line of wrap(block, BODY)) rows.push([{ x: LEFT, text: line, size: BODY }]);
      continue;
    }
    const columns = Math.max(...block.table.map((r) => r.length));
    const widths = Array.from({ length: columns }, (_, c) => Math.max(...block.table.map((r) => widthOf(r[c] ?? '', TABLE))) + 4);
    for (const row of block.table) {
      let x = LEFT;
      rows.push(row.map((cell, c) => {
        const run = { x, text: cell, size: TABLE };
        x += widths[c]!;
        return run;
      }).filter((r) => r.text));
    }
  }
  return rows;
}

function content(rows: readonly Run[][], firstId: number): string {
  let id = firstId;
  const objects = rows.flatMap((runs, i) => runs.map((run) => {
    const y = 30 + i * LINE;
    const cjkOnly = /^[\u3400-\u9fff]+$/u.test(run.text);
    const delta = cjkOnly && run.text.length > 1 ? ` DeltaX="g ${run.text.length - 1} ${run.size}"` : '';
    return `<ofd:TextObject ID="${id++}" Boundary="${run.x.toFixed(2)} ${(y - run.size).toFixed(2)} ${(widthOf(run.text, run.size) + 1).toFixed(2)} ${(run.size * 1.4).toFixed(2)}" Font="1" Size="${run.size}"><ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="${run.size}"${delta}>${esc(run.text)}</ofd:TextCode></ofd:TextObject>`;
  }));
  return `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="${NS}"><ofd:Content><ofd:Layer ID="${firstId - 1}">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`;
}

export interface OfdOptions {
  /** Lines a page holds (A4 at 7 mm holds 34). */
  readonly linesPerPage?: number;
  /** Replace or drop parts to make broken files: name -> text, or null to leave it out. */
  readonly parts?: Readonly<Record<string, string | null>>;
}

export async function buildOfd(report: Report, options: OfdOptions = {}): Promise<Uint8Array> {
  const perPage = options.linesPerPage ?? 34;
  const rows = layout(report);
  const pages: Run[][][] = [];
  for (let i = 0; i < rows.length; i += perPage) pages.push(rows.slice(i, i + perPage));
  const parts: Record<string, string> = {
    'OFD.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="${NS}" Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0c1d2e3f</ofd:DocID><ofd:Title>${esc(report.title)}</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
    'Doc_0/Document.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="${NS}"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>${pages.map((_, p) => `<ofd:Page ID="${p + 1}" BaseLoc="Pages/Page_${p}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`,
    'Doc_0/PublicRes.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="${NS}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`,
  };
  pages.forEach((page, p) => (parts[`Doc_0/Pages/Page_${p}/Content.xml`] = content(page, 100 * (p + 1))));
  for (const [name, text] of Object.entries(options.parts ?? {})) {
    if (text === null) delete parts[name];
    else parts[name] = text;
  }
  const zip = new JSZip();
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
