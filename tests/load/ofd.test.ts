/** OFD: text in reading order, pages as positions, tables as cells; broken files end in a clear error. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadStdin } from '../../src/load/index.js';
import { loadOfd } from '../../src/load/ofd.js';
import { runCli, runJson } from '../helpers/cli.js';
import { buildOfd } from '../helpers/ofd.js';
import { reportText } from '../helpers/published.js';
import { annual } from '../helpers/reports.js';
import { bombData, zip } from '../robust/zip.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-ofd-'));
const expected = reportText(annual).trimEnd().split('\n').map((l) => l.replace(/\t/g, ' | '));

async function loaded(bytes: Uint8Array) {
  const result = await loadOfd('x.ofd', bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.source;
}

describe('OFD', () => {
  it('gives the report line by line: wrapped paragraphs joined, table rows as cells', async () => {
    const source = await loaded(await buildOfd(annual));
    expect(source.lines).toEqual(expected);
    expect(source.format).toBe('ofd');
    expect(source.lineUnit).toBe('extractedLine');
    const row = source.hints![source.lines.indexOf('一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 7')];
    expect(row?.cells).toEqual(['一、本年新收政府信息公开申请数量', '5', '1', '0', '0', '0', '0', '7']);
  });

  it('keeps pages: pageStarts says where each page begins, and the text is the same across page breaks', async () => {
    const source = await loaded(await buildOfd(annual, { linesPerPage: 12 }));
    expect(source.pageStarts!.length).toBe(3);
    expect(source.pageStarts![0]).toBe(1);
    // A paragraph cut by a page break is two lines; everything else is as on one page.
    expect(source.lines.join('')).toBe(expected.join(''));
  });

  it('reads in position order, not in the order the objects are written', async () => {
    const good = await JSZip.loadAsync(await buildOfd(annual));
    const content = await good.file('Doc_0/Pages/Page_0/Content.xml')!.async('string');
    const objects = content.match(/<ofd:TextObject[\s\S]*?<\/ofd:TextObject>/g)!;
    const shuffled = content.replace(objects.join(''), [...objects].reverse().join(''));
    const source = await loaded(await buildOfd(annual, { parts: { 'Doc_0/Pages/Page_0/Content.xml': shuffled } }));
    expect(source.lines).toEqual(expected);
  });

  it('stylish says page:line and JSON a page field; the table finding is on page 2', async () => {
    const file = join(dir, '年度报告.ofd');
    writeFileSync(file, await buildOfd(annual, { linesPerPage: 12 }));
    const run = await runCli([file]);
    expect(run.stdout).toMatch(/页:行 1:1-3:\d+/);
    const { json } = await runJson([file]);
    const f = json.files[0]! as unknown as { lineUnit: string; pageStarts: number[]; reports: { messages: { code: string; line: number; page: number }[] }[] };
    expect(f.lineUnit).toBe('extractedLine');
    const total = f.reports[0]!.messages.find((m) => m.code === 'tableRowTotal')!;
    expect(total.page).toBe(2);
    expect(run.stdout).toContain(`${total.page}:${total.line - f.pageStarts[1]! + 1} `);
  });

  it('stdin: a zip with OFD.xml is read as OFD', async () => {
    const result = await loadStdin('<stdin>', await buildOfd(annual));
    expect(result.ok && result.source.format).toBe('ofd');
  });
});

describe('hostile OFD', async () => {
  const good = await buildOfd(annual);
  const broken = (parts: Record<string, string | null>) => buildOfd(annual, { parts });
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string, RegExp][] = [
    ['truncated', () => good.subarray(0, Math.floor(good.length / 2)), 'ofdCorrupt', /损坏或不完整/],
    ['not a zip', () => new TextEncoder().encode('某县2024年工作总结'), 'ofdCorrupt', /损坏或不完整/],
    ['a zip without OFD.xml', () => zip([{ name: 'readme.txt', data: '你好' }]), 'ofdNotOfd', /不是 OFD/],
    ['broken XML in a page', () => broken({ 'Doc_0/Pages/Page_0/Content.xml': '<ofd:Page><ofd:Content><ofd:Layer><ofd:TextObject>' }), 'ofdCorrupt', /Content\.xml: <ofd:TextObject> not closed/],
    ['OFD.xml naming no document', () => broken({ 'OFD.xml': '<ofd:OFD><ofd:DocBody/></ofd:OFD>' }), 'ofdCorrupt', /names no document/],
    ['a page part missing', () => broken({ 'Doc_0/Pages/Page_0/Content.xml': null }), 'ofdCorrupt', /Content\.xml missing/],
    ['a zip bomb (2 GiB of page XML)', () => zip([{ name: 'OFD.xml', data: '<ofd:OFD/>' }, { name: 'Doc_0/Pages/Page_0/Content.xml', deflated: bombData(2), declaredSize: 1000 }]), 'ofdTooLarge', /压缩炸弹/],
    ['no text at all (a scan)', () => broken({ 'Doc_0/Pages/Page_0/Content.xml': '<ofd:Page xmlns:ofd="x"><ofd:Content><ofd:Layer ID="1"/></ofd:Content></ofd:Page>' }), 'ofdEmpty', /没有文字/],
  ];

  it.each(cases)('%s: a clear error naming the file; the batch goes on', async (name, make, code, words) => {
    const bad = join(dir, `${name.replace(/\W+/g, '-')}.ofd`);
    writeFileSync(bad, await make());
    const fine = join(dir, '好的.ofd');
    writeFileSync(fine, good);
    const run = await runJson([bad, fine]);
    expect(run.code).toBe(2);
    const badFile = run.json.files.find((f) => f.path === bad)!;
    expect(badFile.errors[0]).toMatchObject({ code, severity: 'error' });
    expect(badFile.errors[0]!.message).toMatch(words);
    expect(run.json.files.find((f) => f.path === fine)!.reports).toHaveLength(1);
  });
});
