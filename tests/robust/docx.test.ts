/**
 * Hostile .docx files through the CLI: encrypted, truncated, not a zip, a zip without a document,
 * and zip bombs (honest and lying headers). Each gets a clerk-readable message and exit 2,
 * and a good file beside it is still checked.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runJson } from '../helpers/cli.js';
import { checkZip } from '../../src/load/zip-guard.js';
import { REPORT, tempDir } from './helpers.js';
import { bombData, zip } from './zip.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const paragraphs = (text: string) =>
  text.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`).join('');
const documentXml = (text: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphs(text)}</w:body></w:document>`;

function write(name: string, data: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

const goodDocx = zip([
  { name: '[Content_Types].xml', data: TYPES },
  { name: '_rels/.rels', data: RELS },
  { name: 'word/document.xml', data: documentXml(REPORT) },
]);

describe('hostile .docx', () => {
  const cases: [string, () => Buffer, string, RegExp][] = [
    ['encrypted (OLE container)', () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096, 1)]), 'docxEncrypted', /密码/],
    ['truncated', () => goodDocx.subarray(0, Math.floor(goodDocx.length / 2)), 'docxCorrupt', /损坏或不完整/],
    ['not a zip at all', () => Buffer.from(REPORT), 'docxCorrupt', /不是有效的 Word 文档/],
    ['a zip without word/document.xml', () => zip([{ name: 'readme.txt', data: '你好' }]), 'docxNotWord', /不是 Word 文档/],
    ['a zip bomb with honest sizes (2 GiB)', () => zip([{ name: 'word/document.xml', deflated: bombData(2) }]), 'docxTooLarge', /压缩炸弹/],
    [
      'a zip bomb that claims to be small',
      () => zip([{ name: 'word/document.xml', deflated: bombData(2), declaredSize: 1000 }]),
      'docxTooLarge',
      /压缩炸弹/,
    ],
  ];

  it.each(cases)('%s: refused with a clear message and exit 2; the good file beside it is checked', async (name, bytes, code, words) => {
    const bad = write(`${name.replace(/\W+/g, '-')}.docx`, bytes());
    const good = write('好的报告.docx', goodDocx);
    const started = Date.now();
    const run = await runJson([bad, good]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(2);
    const badFile = run.json.files.find((f) => f.path === bad)!;
    expect(badFile.errors[0]).toMatchObject({ code, severity: 'error' });
    expect(badFile.errors[0]!.message).toMatch(words);
    const goodFile = run.json.files.find((f) => f.path === good)!;
    expect(goodFile.errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(goodFile.reports[0]!.score).toBe(100);
  });

  it('the guard never inflates more than its cap (a bomb is refused without allocating gigabytes)', () => {
    const before = process.memoryUsage().rss;
    expect(checkZip(zip([{ name: 'word/document.xml', deflated: bombData(2), declaredSize: 10 }]), 8 * 1024 * 1024)).toMatchObject({
      code: 'docxTooLarge',
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 1024 * 1024);
  });

  it('a normal document passes the guard', () => {
    expect(checkZip(goodDocx)).toBeNull();
  });
});
