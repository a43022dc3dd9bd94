import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-unsup-'));
  writeFileSync(join(dir, '总结.txt'), '某局2025年政务公开工作总结\n一、主动公开\n全年主动公开信息120条。\n');
  writeFileSync(join(dir, '旧稿.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  writeFileSync(join(dir, '照片.jpg'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
  writeFileSync(join(dir, '统计表.xlsx'), new Uint8Array([0x50, 0x4b, 3, 4]));
  writeFileSync(join(dir, '~$总结.docx'), new Uint8Array([6, 0x7a, 0x68, 0x61, 0x6e, 0x67, 0, 0])); // Word's lock file
  return dir;
}

/** Runs with a PATH that holds no soffice, so the .doc takes the "how to convert" path on any machine. */
async function withoutSoffice<T>(run: () => Promise<T>): Promise<T> {
  const saved = process.env['PATH'];
  process.env['PATH'] = mkdtempSync(join(tmpdir(), 'reportlint-nopath-'));
  try {
    return await run();
  } finally {
    process.env['PATH'] = saved;
  }
}

describe('formats reportlint cannot read', () => {
  it('in a folder: every file not read is listed with the reason as a warning; the exit code is the reports\'', async () => {
    const dir = folder();
    const { json, code } = await withoutSoffice(() => runJson([dir]));
    expect(json.files.map((f) => f.path.slice(dir.length + 1)).sort()).toEqual(['总结.txt', '旧稿.doc', '照片.jpg', '统计表.xlsx', '~$总结.docx'].sort());
    const errors = (name: string) => json.files.find((f) => f.path.endsWith(name))!.errors;
    expect(errors('旧稿.doc')).toEqual([{ code: 'sofficeMissing', severity: 'warning', line: null, message: expect.stringContaining('soffice --headless --convert-to docx') }]);
    expect(errors('照片.jpg')).toEqual([{ code: 'unsupportedSkipped', severity: 'warning', line: null, message: '已跳过：不支持 .jpg 格式，请在 Word/WPS 中另存为 .docx 后再检查。' }]);
    expect(errors('统计表.xlsx')).toEqual([{ code: 'skippedFile', severity: 'warning', line: null, message: expect.stringContaining('已跳过：.xlsx 不是可检查的报告格式') }]);
    expect(errors('~$总结.docx')).toEqual([{ code: 'skippedFile', severity: 'warning', line: null, message: expect.stringContaining('临时锁文件') }]);
    expect(code).toBe(1); // the one report fails its checklist; the skipped files do not make it 2
  });

  it('stylish names the skipped file above its message, in English too', async () => {
    const dir = folder();
    const run = await withoutSoffice(() => runCli([dir, '--lang', 'en']));
    expect(run.stdout).toMatch(/旧稿\.doc\n\s+-\s+warning\s+\.doc files are read through LibreOffice, but soffice was not found\. Install LibreOffice, or convert first: soffice --headless --convert-to docx/);
    expect(run.stdout).toMatch(/统计表\.xlsx\n\s+-\s+warning\s+Skipped: \.xlsx is not a report format/);
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
    const { json, code } = await withoutSoffice(() => runJson([join(dir, '旧稿.doc'), join(dir, '总结.txt')]));
    expect(code).toBe(2);
    expect(json.files.find((f) => f.path.endsWith('旧稿.doc'))!.errors[0]).toMatchObject({ code: 'sofficeMissing', severity: 'error' });
    expect(json.files.find((f) => f.path.endsWith('总结.txt'))!.reports).toHaveLength(1);
  });

  it('named outright: an image is an error too', async () => {
    const dir = folder();
    const run = await runCli([join(dir, '照片.jpg')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/不支持 \.jpg 格式/);
  });
});
