/**
 * Hostile input in the published formats: each bad file ends in a clear error naming it (or is
 * read as far as it goes), never a stack trace, and the batch goes on with the good file beside it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/load/html.js';
import { runJson } from '../helpers/cli.js';
import { buildOfd } from '../helpers/ofd.js';
import { encryptedPdf } from '../helpers/pdf.js';
import { modernPage } from '../helpers/published.js';
import { annual } from '../helpers/reports.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('hostile web pages', () => {
  it('20 000 nested elements: read without overflowing the stack', () => {
    const depth = 20_000; // a 100 KB page; htmlparser2 keeps its open tags with unshift, so far deeper is slow (quadratic), not fatal
    const page = `<html><head><title>某县2024年工作总结</title></head><body>${'<div>'.repeat(depth)}全年主动公开信息120条，按期答复申请3件。${'</div>'.repeat(depth)}</body></html>`;
    const loaded = loadHtml('deep.html', utf8(page));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.source.lines).toEqual(['某县2024年工作总结', '全年主动公开信息120条，按期答复申请3件。']);
  });

  it('binary data named .html is "not a text file", not a page of mojibake', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-hostile-html-'));
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    writeFileSync(join(dir, 'image.html'), bytes);
    const { json } = await runJson([join(dir, 'image.html')]);
    expect(json.files[0]!.errors[0]).toMatchObject({ code: 'binary', severity: 'error' });
  });

  it('any soup of tags, text and entities loads or says htmlEmpty, never throws (a fragment without <html> too)', () => {
    const parts = ['<div>', '</div>', '<p>', '</p>', '<table>', '<tr>', '<td colspan=3>', '</td>', '<th rowspan=x>', '<a>', '</a>', '<h1>', '</h1>', '<br>', '文字，', '一、总体情况', '<title>', '</title>', '<script>', '&nbsp;', '<pre>', '\n', '<html>', '<body class="nav">'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 60 }), (soup) => {
        const loaded = loadHtml('soup.html', utf8(soup.join('')));
        expect(loaded.ok || loaded.error.code === 'htmlEmpty').toBe(true);
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  it('a huge colspan does not build a huge row', () => {
    const page = `<html><body><div><h1>某县2024年政府信息公开工作年度报告</h1><p>全年收到申请3件，均按期办结，其中予以公开2件。</p><table><tr><td colspan="100000000">一、本年新收</td><td>3</td></tr></table></div></body></html>`;
    const loaded = loadHtml('wide.html', utf8(page));
    expect(loaded.ok && loaded.source.hints!.find((h) => h?.cells)!.cells!.length).toBeLessThanOrEqual(51);
  });
});

describe('one bad file of each format in a folder', () => {
  it('each has its own clear error; the good report beside them is checked; exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-hostile-'));
    const ofd = await buildOfd(annual);
    writeFileSync(join(dir, '坏的.ofd'), ofd.subarray(0, 200));
    writeFileSync(join(dir, '加密.pdf'), encryptedPdf());
    writeFileSync(join(dir, '截断.pdf'), utf8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'));
    writeFileSync(join(dir, '空白.html'), utf8('<html><body><script>1</script></body></html>'));
    writeFileSync(join(dir, '好的.html'), utf8(modernPage(annual)));
    const { json, code } = await runJson([dir]);
    const byName = Object.fromEntries(json.files.map((f) => [f.path.slice(dir.length + 1), f]));
    expect(byName['坏的.ofd']!.errors[0]).toMatchObject({ code: 'ofdCorrupt', severity: 'error' });
    expect(byName['加密.pdf']!.errors[0]).toMatchObject({ code: 'pdfEncrypted', severity: 'error' });
    expect(byName['截断.pdf']!.errors[0]!.code).toMatch(/pdfCorrupt|pdfScanned/);
    expect(byName['空白.html']!.errors[0]).toMatchObject({ code: 'htmlEmpty', severity: 'error' });
    for (const f of json.files) for (const e of f.errors) expect(e.message).not.toMatch(/at .*\.(?:js|ts):\d+|internalError/);
    expect(byName['好的.html']!.reports[0]!.ruleSet).toBe('zfxxgk-annual');
    expect(code).toBe(2);
  });
});
