/**
 * How long the offline page takes to check a 20-page .docx in Chromium (issue 16): builds the page
 * and a long Word file, drops the file on the page five times and prints the times the page measured
 * (reading the .docx and checking it). A measurement to read, not a test: run `npm run bench:page`.
 * Needs /usr/bin/chromium.
 */
/* global document -- the callbacks given to tab.evaluate run in the page */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'reportlint-page-bench-'));
const page = join(dir, '检查工具.html');
execFileSync(process.execPath, [new URL('bin/reportlint.js', root).pathname, 'page', '--no-config', '-o', page], { stdio: 'ignore' });

// A 20-page report: the complete sample's sections, each topic's text repeated with its figures changed.
const sample = readFileSync(new URL('samples/完整的政务公开工作总结.txt', root), 'utf8').split('\n');
const paragraphs = [sample[0]];
for (const line of sample.slice(1)) {
  paragraphs.push(line);
  if (/^[一二三四五六七八九十]+、/.test(line) || !line.trim()) continue;
  for (let i = 1; i <= 14; i++) paragraphs.push(line.replace(/\d+/g, (n) => String(Number(n) + i)));
}
const chars = paragraphs.join('').length;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
const zip = new JSZip();
zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
const docx = join(dir, '二十页报告.docx');
writeFileSync(docx, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const tab = await browser.newPage();
  const started = Date.now();
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForSelector('#file', { state: 'attached' });
  const opened = Date.now() - started;
  const times = [];
  const shown = [];
  for (let run = 0; run < 5; run++) {
    await tab.evaluate(() => delete document.body.dataset.state);
    const dropped = Date.now();
    await tab.setInputFiles('#file', docx);
    await tab.waitForFunction(() => document.body.dataset.state === 'done');
    shown.push(Date.now() - dropped);
    times.push(Number(await tab.evaluate(() => document.body.dataset.ms)));
  }
  const sorted = [...times].sort((a, b) => a - b);
  process.stdout.write(`page ${Math.round(readFileSync(page).length / 1024)} KB, opened in ${opened} ms\n`);
  process.stdout.write(`20-page .docx (${paragraphs.length} paragraphs, ${chars} characters): checked in ${times.join(', ')} ms (median ${sorted[2]} ms; the first includes compiling the page's code)\n`);
  process.stdout.write(`from setting the file to the findings shown, as the test driver saw it: ${shown.join(', ')} ms\n`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
