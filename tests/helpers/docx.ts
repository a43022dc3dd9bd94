/**
 * Test-only .docx builder: zips minimal WordprocessingML with JSZip (already present as mammoth's
 * dependency), so loader tests run on real Word files without binary fixtures in the repo.
 */
import JSZip from 'jszip';

/** A paragraph, optionally in a paragraph style and/or on a Word list level (numId 1 = 一、 /（一）, 2 = bullets, 3 and 4 = 1.). */
export interface Para {
  readonly text: string;
  readonly style?: string;
  readonly list?: { readonly numId: number; readonly level: number };
}
/** A table: rows of cells; a cell may span columns or continue a vertical merge. */
export interface Table {
  readonly table: readonly (readonly (string | { text: string; gridSpan?: number; vMerge?: 'restart' | 'continue' })[])[];
}
export type Block = Para | Table;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function para(p: Para): string {
  const props = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.list ? `<w:numPr><w:ilvl w:val="${p.list.level}"/><w:numId w:val="${p.list.numId}"/></w:numPr>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(p.text)}</w:t></w:r></w:p>`;
}

function table(t: Table): string {
  const rows = t.table.map((row) => {
    const cells = row.map((cell) => {
      const c = typeof cell === 'string' ? { text: cell } : cell;
      const props = [
        'gridSpan' in c && c.gridSpan ? `<w:gridSpan w:val="${c.gridSpan}"/>` : '',
        'vMerge' in c && c.vMerge ? (c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '',
      ].join('');
      return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${para({ text: c.text })}</w:tc>`;
    });
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  return `<w:tbl>${rows.join('')}</w:tbl>`;
}

/** Styles: the English built-in names Word writes, plus a Chinese-named one as WPS writes it. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="二级标题"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
</w:styles>`;

/** numId 1: 一、 then （一）, Chinese counting as Chinese offices set it up; 2: bullets; 3 and 4: two separate 1. lists. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1、"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
  <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>
  <Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>
</Relationships>`;

/** Builds a .docx from blocks; `omit` leaves parts out to make broken files. */
export async function buildDocx(blocks: readonly Block[], omit: readonly string[] = []): Promise<Uint8Array> {
  const body = blocks.map((b) => ('table' in b ? table(b) : para(b))).join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'word/_rels/document.xml.rels': DOC_RELS,
    'word/styles.xml': STYLES,
    'word/numbering.xml': NUMBERING,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  };
  const zip = new JSZip();
  for (const [name, xml] of Object.entries(parts)) if (!omit.includes(name)) zip.file(name, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * A plain-text report as a .docx, one paragraph per line. With `autoNumber`, typed "一、" and
 * "（一）" are taken out of the text and drawn by Word's list numbering instead, as real drafts do.
 */
export function docxFromText(text: string, options: { autoNumber?: boolean } = {}): Promise<Uint8Array> {
  const blocks = text.split('\n').map((line): Para => {
    if (!options.autoNumber) return { text: line };
    const top = /^[一二三四五六七八九十]+、/u.exec(line);
    if (top) return { text: line.slice(top[0].length), list: { numId: 1, level: 0 } };
    const sub = /^（[一二三四五六七八九十]+）/u.exec(line);
    if (sub) return { text: line.slice(sub[0].length), list: { numId: 1, level: 1 } };
    return { text: line };
  });
  return buildDocx(blocks);
}
