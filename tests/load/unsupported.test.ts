import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-unsup-'));
  writeFileSync(join(dir, '总结.txt'), '某局2025年政务公开工作总结\n一、主动公开\n全年主动公开信息120条。\n');
  writeFileSync(join(dir, '旧稿.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  writeFileSync(join(dir, '扫描件.pdf'), '%PDF-1.4\n');
  writeFileSync(join(dir, '照片.jpg'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
  writeFileSync(join(dir, '~$总结.docx'), new Uint8Array([6, 0x7a, 0x68, 0x61, 0x6e, 0x67, 0, 0])); // Word's lock file
  return dir;
}

describe('formats reportlint cannot read', () => {
  it('in a folder: .doc and .pdf are listed as skipped warnings naming what to do; images and Word lock files are left out; the exit code is the reports\'', async () => {
    const dir = folder();
    const { json, code } = await runJson([dir]);
    expect(json.files.map((f) => f.path.slice(dir.length + 1)).sort()).toEqual(['总结.txt', '扫描件.pdf', '旧稿.doc'].sort());
    const doc = json.files.find((f) => f.path.endsWith('旧稿.doc'))!;
    expect(doc.errors).toEqual([{ code: 'unsupportedSkipped', severity: 'warning', line: null, message: '已跳过：不支持 .doc 格式，请在 Word/WPS 中另存为 .docx 后再检查。' }]);
    expect(code).toBe(1); // the one report fails its checklist; the skipped files do not make it 2
  });

  it('stylish names the skipped file above its message, in English too', async () => {
    const dir = folder();
    const run = await runCli([dir, '--lang', 'en']);
    expect(run.stdout).toMatch(/扫描件\.pdf\n\s+-\s+warning\s+Skipped: \.pdf files are not supported; save the report as \.docx/);
  });

  it('a glob passes over Word lock files too', async () => {
    const dir = folder();
    const { json } = await runJson([`${dir}/*.docx`, join(dir, '总结.txt')]);
    expect(json.files.map((f) => f.path).filter((p) => p.includes('~$'))).toEqual([]);
    // the lock file was the only .docx: the glob matched nothing, and says so
    expect(json.files.find((f) => f.path.endsWith('*.docx'))!.errors[0]).toMatchObject({ code: 'unreadable' });
  });

  it('named outright: an error and exit 2, the other file still checked', async () => {
    const dir = folder();
    const { json, code } = await runJson([join(dir, '旧稿.doc'), join(dir, '总结.txt')]);
    expect(code).toBe(2);
    expect(json.files.find((f) => f.path.endsWith('旧稿.doc'))!.errors[0]).toMatchObject({ code: 'unsupportedFormat', severity: 'error' });
    expect(json.files.find((f) => f.path.endsWith('总结.txt'))!.reports).toHaveLength(1);
  });

  it('named outright: an image is an error too', async () => {
    const dir = folder();
    const run = await runCli([join(dir, '照片.jpg')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/不支持 \.jpg 格式/);
  });
});
