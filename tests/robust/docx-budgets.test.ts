/**
 * .docx budgets (issue 18, "What broke" 3): a span past the table's grid, dense XML of tiny elements
 * under the byte cap, and parts not named .xml reached through a relationship each end in a file
 * error naming the limit, in seconds, while the good file beside them is checked; and when mammoth
 * breaks its heap or deadline, only its thread dies.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxLines } from '../../src/load/docx-lines.js';
import { MAX_DOCX_ELEMENTS } from '../../src/load/zip-guard.js';
import { runJson } from '../helpers/cli.js';
import { REPORT, tempDir } from './helpers.js';
import { bombData, zip, type ZipEntry } from './zip.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (targets: [type: string, target: string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
const TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/xml"/></Types>`;
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const paragraphs = (text: string) => text.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`).join('');

function docx(body: string, extra: ZipEntry[] = [], main = 'word/document.xml'): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: TYPES },
    { name: '_rels/.rels', data: rels([['officeDocument', main]]) },
    { name: 'word/document.xml', data: documentXml(body) },
    ...extra,
  ]);
}

function write(name: string, data: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

const good = () => write('好的报告.docx', docx(paragraphs(REPORT)));

/** Runs the bad file beside a good one; the bad one's first error, after checking the good one passed. */
async function beside(bad: string): Promise<{ code: string; message: string }> {
  const goodFile = good();
  const started = Date.now();
  const run = await runJson([bad, goodFile]);
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(run.code).toBe(2);
  expect(run.json.files.find((f) => f.path === goodFile)!.reports[0]!.score).toBe(100);
  return run.json.files.find((f) => f.path === bad)!.errors[0]!;
}

describe('.docx budgets', () => {
  it('gridSpan 1,000,000,000 is clamped to the grid: the table reads as a row of at most 63 cells, fast', async () => {
    const row = `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000000000"/></w:tcPr><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>7</w:t></w:r></w:p></w:tc></w:tr>`;
    const path = write('span.docx', docx(paragraphs(REPORT) + `<w:tbl>${row}</w:tbl>`));
    const started = Date.now();
    const run = await runJson([path]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.json.files[0]!.errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(run.json.files[0]!.reports[0]!.score).toBe(100);
  });

  it('docxLines clamps a span and drops cells past 63 columns', () => {
    const cell = (colSpan: number) => ({ type: 'tableCell', colSpan, children: [] });
    const table = { type: 'table', children: [{ type: 'tableRow', children: [cell(1e9), cell(1), ...Array.from({ length: 100 }, () => cell(1))] }] };
    const { lines, hints } = docxLines({ type: 'document', children: [table] });
    expect(lines).toHaveLength(1);
    expect(hints[0]!.cells!.length).toBe(63);
  });

  it(`dense XML of tiny paragraphs (more than ${MAX_DOCX_ELEMENTS} elements, far under the byte cap) is refused, naming the limit`, async () => {
    const bad = write('dense.docx', docx('<w:p/>'.repeat(MAX_DOCX_ELEMENTS + 10)));
    const error = await beside(bad);
    expect(error.code).toBe('docxTooManyElements');
    expect(error.message).toContain(String(MAX_DOCX_ELEMENTS));
  });

  it('a main document not named .xml (word/main.bin through _rels/.rels) is inflate-checked: a bomb there is refused', async () => {
    const bad = write('main-bin.docx', docx(paragraphs('诱饵'), [{ name: 'word/main.bin', deflated: bombData(1) }], 'word/main.bin'));
    expect((await beside(bad)).code).toBe('docxTooLarge');
  });

  it('a huge styles.bin named by the document\'s relationships is inflate-checked too', async () => {
    const bad = write('styles-bin.docx', docx(paragraphs(REPORT), [
      { name: 'word/_rels/document.xml.rels', data: rels([['styles', 'styles.bin']]) },
      { name: 'word/styles.bin', deflated: bombData(1) },
    ]));
    expect((await beside(bad)).code).toBe('docxTooLarge');
  });

  it('a picture nobody names as anything else is not inflated (a big photo does not count against the budget)', async () => {
    const path = write('photo.docx', docx(paragraphs(REPORT), [{ name: 'word/media/image1.png', deflated: bombData(1) }]));
    const run = await runJson([path]);
    expect(run.json.files[0]!.reports[0]!.score).toBe(100);
  });
});

const ISOLATED = join(ROOT, 'dist/load/docx-isolated.js');
describe.skipIf(!existsSync(ISOLATED))('mammoth in its own thread (the built code)', () => {
  it('a document over its deadline or its heap kills only its thread; the next document is read by a new one', async () => {
    const { loadDocxIsolated } = (await import(ISOLATED)) as typeof import('../../src/load/docx-isolated.js');
    const big = docx(paragraphs(`${REPORT}\n`.repeat(400)));
    const slow = await loadDocxIsolated('slow.docx', big, { heapMb: 1024, deadlineMs: 1 });
    expect(slow).toMatchObject({ ok: false, error: { code: 'docxTimeout' } });
    const hungry = await loadDocxIsolated('hungry.docx', docx('<w:p/>'.repeat(300_000)), { heapMb: 16, deadlineMs: 60_000 });
    expect(hungry).toMatchObject({ ok: false, error: { code: 'docxOutOfMemory', args: { limitMb: 16 } } });
    const fine = await loadDocxIsolated('fine.docx', docx(paragraphs(REPORT)));
    expect(fine.ok).toBe(true);
  });
});
