/**
 * .doc/.wps/.rtf/.odt through LibreOffice: without soffice, a skip message with the command that
 * converts; with a soffice that hangs or fails, a clear error and no temp folder left; with the
 * real LibreOffice (Debian's libreoffice-writer), the converted report is checked.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice, loadViaSoffice } from '../../src/load/soffice.js';
import { runJson } from '../helpers/cli.js';
import { reportText } from '../helpers/published.js';
import { annual } from '../helpers/reports.js';
import { docxFromText } from '../helpers/docx.js';

const summaryText = readFileSync(new URL('../fixtures/load/report.txt', import.meta.url), 'utf8').replace(/\r\n/g, '\n');

const dir = mkdtempSync(join(tmpdir(), 'reportlint-soffice-test-'));
// This file's own temp folder (os.tmpdir() reads TMPDIR each time; test files run in separate
// processes), so a conversion in another test file cannot look like one of ours left behind.
const savedTmp = process.env['TMPDIR'];
process.env['TMPDIR'] = mkdtempSync(join(tmpdir(), 'reportlint-soffice-tmp-'));
afterAll(() => {
  if (savedTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = savedTmp;
});
const leftovers = () => readdirSync(tmpdir()).filter((n) => n.startsWith('reportlint-soffice-'));
const never = async () => {
  throw new Error('must not be reached');
};

/** A fake soffice on a PATH of its own. */
function fakeSoffice(script: string): string {
  const bin = mkdtempSync(join(tmpdir(), 'reportlint-fakebin-'));
  writeFileSync(join(bin, 'soffice'), `#!/bin/sh\n${script}\n`);
  chmodSync(join(bin, 'soffice'), 0o755);
  return bin;
}

async function withPath<T>(path: string, run: () => Promise<T>): Promise<T> {
  const saved = process.env['PATH'];
  process.env['PATH'] = path;
  try {
    return await run();
  } finally {
    process.env['PATH'] = saved;
  }
}

/** The report as RTF, written by hand: Chinese as \uN? escapes, one \par per line, tables as tab-separated lines. */
function rtf(text: string): string {
  const escape = (line: string) => [...line].map((ch) => {
    const code = ch.charCodeAt(0);
    if (ch === '\t') return '\\tab ';
    if (code > 127) return `\\u${code > 32767 ? code - 65536 : code}?`;
    return /[\\{}]/.test(ch) ? `\\${ch}` : ch;
  }).join('');
  return `{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0\n${text.trimEnd().split('\n').map((l) => `${escape(l)}\\par`).join('\n')}\n}`;
}

describe('.doc, .wps, .rtf, .odt through LibreOffice', () => {
  const file = join(dir, '年度报告.rtf');
  writeFileSync(file, rtf(reportText(annual)));

  it('finds soffice on PATH, or says there is none', () => {
    expect(findSoffice('')).toBeNull();
    const bin = fakeSoffice('exit 0');
    expect(findSoffice(bin)).toBe(join(bin, 'soffice'));
  });

  it('without soffice: a skip message naming the file and the command that converts it', async () => {
    const loaded = await withPath(mkdtempSync(join(tmpdir(), 'reportlint-nopath-')), () => loadViaSoffice(file, '.rtf', readFileSync(file), never));
    expect(loaded).toEqual({ ok: false, error: { code: 'sofficeMissing', args: { path: file, ext: '.rtf', name: '年度报告.rtf' }, severity: 'error' } });
  });

  it('a conversion that hangs is stopped at the time limit, and its temp folder removed', async () => {
    const before = leftovers();
    const bin = fakeSoffice(`${existsSync('/bin/sleep') ? '/bin/sleep' : '/usr/bin/sleep'} 30`);
    const started = Date.now();
    const loaded = await withPath(bin, () => loadViaSoffice(file, '.rtf', readFileSync(file), never, 500));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(loaded).toMatchObject({ ok: false, error: { code: 'sofficeFailed', args: { reason: 'timed out after 0.5 s' } } });
    expect(leftovers()).toEqual(before);
  });

  it('a conversion that fails or writes nothing is sofficeFailed with the reason', async () => {
    const failing = await withPath(fakeSoffice('echo "Error: source file could not be loaded" >&2; exit 1'), () => loadViaSoffice(file, '.rtf', readFileSync(file), never));
    expect(failing).toMatchObject({ ok: false, error: { code: 'sofficeFailed', args: { reason: 'exit 1: Error: source file could not be loaded' } } });
    const silent = await withPath(fakeSoffice('exit 0'), () => loadViaSoffice(file, '.rtf', readFileSync(file), never));
    expect(silent).toMatchObject({ ok: false, error: { code: 'sofficeFailed', args: { reason: 'no .docx written' } } });
  });

  it.skipIf(!findSoffice())('with LibreOffice: an .rtf report is converted and checked like its .txt (tables too)', async () => {
    const before = leftovers();
    const txt = join(dir, '年度报告.txt');
    writeFileSync(txt, reportText(annual));
    const { json } = await runJson([file, txt]);
    const [fromRtf, fromTxt] = [file, txt].map((p) => json.files.find((f) => f.path === p)!);
    expect(fromRtf!.errors).toEqual([]);
    const gist = (f: typeof fromTxt) => f!.reports.map((r) => ({ title: r.title, score: r.score, sections: r.sections.map((s) => s.status), codes: r.messages.map((m) => m.code) }));
    expect(gist(fromRtf)).toEqual(gist(fromTxt));
    expect(gist(fromRtf)[0]!.codes).toContain('tableRowTotal');
    expect(leftovers()).toEqual(before);
  }, 120_000);

  it.skipIf(!findSoffice())('with LibreOffice: a .doc (saved by LibreOffice from our .docx) gives the .docx\'s findings', async () => {
    const docx = join(dir, 'summary.docx');
    writeFileSync(docx, await docxFromText(summaryText));
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync(findSoffice()!, ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'doc', '--outdir', dir, docx], { stdio: 'ignore', timeout: 90_000 });
    const doc = join(dir, 'summary.doc');
    const { json } = await runJson([doc, docx]);
    const [fromDoc, fromDocx] = [doc, docx].map((p) => json.files.find((f) => f.path === p)!);
    expect(fromDoc!.errors).toEqual([]);
    const gist = (f: typeof fromDoc) => f!.reports.map((r) => ({ title: r.title, score: r.score, sections: r.sections.map((s) => [s.status, s.evidence]), codes: r.messages.map((m) => m.code) }));
    expect(gist(fromDoc)).toEqual(gist(fromDocx));
  }, 180_000);
});
