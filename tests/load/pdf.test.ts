/**
 * PDF with a text layer, printed by chromium from pages the test writes; a scan (no text layer)
 * is skipped with its message; broken and encrypted PDFs end in a clear error, the batch goes on.
 * Skipped when /usr/bin/chromium is missing (apt-get install -y chromium fonts-wqy-zenhei).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStdin } from '../../src/load/index.js';
import { loadPdf } from '../../src/load/pdf.js';
import { runCli, runJson } from '../helpers/cli.js';
import { cidFontPdf, closeBrowser, encryptedPdf, hasChromium, printPdf } from '../helpers/pdf.js';
import { printPage, reportText } from '../helpers/published.js';
import { annual } from '../helpers/reports.js';

if (!hasChromium) console.warn('tests/load/pdf: skipped, /usr/bin/chromium not found (apt-get install -y chromium fonts-wqy-zenhei)');

const dir = mkdtempSync(join(tmpdir(), 'reportlint-pdf-'));
const expected = reportText(annual).trimEnd().split('\n').map((l) => l.replace(/\t/g, ' | '));
/** A scan: an image and nothing else (a 1x1 PNG drawn large). */
const SCAN = `<html><body><img style="width:170mm;height:240mm" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="></body></html>`;

describe.skipIf(!hasChromium)('PDF', () => {
  let onePage: Uint8Array;
  let threePages: Uint8Array;
  let scan: Uint8Array;

  beforeAll(async () => {
    onePage = await printPdf(printPage(annual));
    // Parts two and four start new pages.
    threePages = await printPdf(printPage(annual).replace(/<p>(二、|四、)/g, '<p style="break-before:page">$1'));
    scan = await printPdf(SCAN);
  }, 60_000);
  afterAll(closeBrowser);

  it('gives the printed report line by line: wrapped paragraphs joined, table rows as cells', async () => {
    const loaded = await loadPdf('x.pdf', onePage);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.source.lines).toEqual(expected);
    expect(loaded.source.lineUnit).toBe('extractedLine');
    const row = loaded.source.hints![loaded.source.lines.indexOf('（七）总计 | 4 | 1 | 0 | 0 | 0 | 0 | 5')];
    expect(row?.cells).toEqual(['（七）总计', '4', '1', '0', '0', '0', '0', '5']);
  });

  it('keeps pages: pageStarts, page:line in stylish, page in JSON', async () => {
    const loaded = await loadPdf('x.pdf', threePages);
    const startOf = (prefix: string) => expected.findIndex((l) => l.startsWith(prefix)) + 1;
    expect(loaded.ok && loaded.source.pageStarts).toEqual([1, startOf('二、'), startOf('四、政府')]);
    expect(loaded.ok && loaded.source.lines).toEqual(expected);
    const file = join(dir, '三页.pdf');
    writeFileSync(file, threePages);
    const { json } = await runJson([file]);
    const messages = (json.files[0]!.reports[0]!.messages as unknown as { code: string; page: number }[]);
    expect(messages.find((m) => m.code === 'tableRowTotal')?.page).toBe(2);
    const run = await runCli([file]);
    expect(run.stdout).toMatch(/页:行 1:1-3:\d+/);
    expect(run.stdout).toMatch(/\n\s+2:\d+\s+error\s+(?:\S.*)?一、本年新收/);
  });

  it('a scan (no text layer) is "扫描件，没有文字层": skipped in a folder, an error when named', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reportlint-scan-'));
    writeFileSync(join(folder, '扫描件.pdf'), scan);
    writeFileSync(join(folder, '年度报告.pdf'), onePage);
    const walked = await runJson([folder]);
    const scanned = walked.json.files.find((f) => f.path.endsWith('扫描件.pdf'))!;
    expect(scanned.errors).toEqual([expect.objectContaining({ code: 'pdfScanned', severity: 'warning', message: expect.stringContaining('扫描件，没有文字层') })]);
    expect(walked.json.files.find((f) => f.path.endsWith('年度报告.pdf'))!.reports).toHaveLength(1);
    expect(walked.code).toBe(1); // the report's table does not add up; the scan does not make it 2
    const named = await runCli([join(folder, '扫描件.pdf'), '--lang', 'en']);
    expect(named.code).toBe(2);
    expect(named.stdout).toContain('Scanned, no text layer');
  });

  it('stdin: "%PDF" bytes are read as a PDF', async () => {
    const loaded = await loadStdin('<stdin>', onePage);
    expect(loaded.ok && loaded.source.format).toBe('pdf');
  });

  it.each([
    ['truncated', () => onePage.subarray(0, Math.floor(onePage.length / 3)), /pdfCorrupt/],
    ['not a PDF', () => new TextEncoder().encode('某县2024年政府信息公开工作年度报告'), /pdfCorrupt/],
    ['encrypted', () => encryptedPdf(), /pdfEncrypted/],
  ])('%s: a clear file error; the good PDF beside it is still checked', async (name, make, code) => {
    const bad = join(dir, `${name}.pdf`);
    writeFileSync(bad, make());
    const good = join(dir, '好的.pdf');
    writeFileSync(good, onePage);
    const run = await runJson([bad, good]);
    expect(run.code).toBe(2);
    const error = run.json.files.find((f) => f.path === bad)!.errors[0]!;
    expect(error.code).toMatch(code);
    expect(error.severity).toBe('error');
    expect(run.json.files.find((f) => f.path === good)!.reports[0]!.ruleSet).toBe('zfxxgk-annual');
  });
});

describe('PDF without chromium', () => {
  it('Chinese in a font the PDF does not embed (STSong-Light, UniGB-UCS2-H) is read through the bundled CJK cmaps, offline', async () => {
    const loaded = await loadPdf('cid.pdf', cidFontPdf(['青山县2024年政府信息公开工作年度报告', '一、总体情况']));
    expect(loaded.ok && loaded.source.lines).toEqual(['青山县2024年政府信息公开工作年度报告', '一、总体情况']);
  });

  it('an encrypted PDF asks for its password: pdfEncrypted, not a crash', async () => {
    const loaded = await loadPdf('locked.pdf', encryptedPdf());
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.code).toBe('pdfEncrypted');
  });

  it('garbage named .pdf is pdfCorrupt naming the reason', async () => {
    const loaded = await loadPdf('bad.pdf', new TextEncoder().encode('%PDF-1.7\nnot really'));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatchObject({ code: expect.stringMatching(/pdfCorrupt|pdfScanned/) });
  });
});
