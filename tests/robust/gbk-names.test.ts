/**
 * File names in GBK bytes, as an archive made on Windows leaves them when unzipped on Linux
 * (issue 18, point 10): they were "文件不存在", because Node reads such a name as a string with
 * U+FFFD in place of the bytes. Now a folder walk, a glob and a name typed in the shell open them by
 * their bytes and show them as read in GB18030. Linux allows any bytes in a name, so the test makes
 * them with Buffer paths in a temp folder.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../src/files.js';
import { matchLossy, shownName } from '../../src/io/names.js';
import { docxFromText } from '../helpers/docx.js';
import { runCli, runJson } from '../helpers/cli.js';
import { REPORT, reportFor, spawnBin, tempDir } from './helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BUILT = existsSync(join(ROOT, 'dist/cli.js'));

/** GBK bytes of a few names, written out so the test needs no GBK encoder. */
const GBK = {
  总结: [0xd7, 0xdc, 0xbd, 0xe1],
  报告: [0xb1, 0xa8, 0xb8, 0xe6],
  啊阿: [0xb0, 0xa1, 0xb0, 0xa2],
  汇编: [0xbb, 0xe3, 0xb1, 0xe0],
  单位: [0xb5, 0xa5, 0xce, 0xbb],
} as const;

const { dir, cleanup } = tempDir('reportlint-gbk-');
afterAll(cleanup, 60_000);
let n = 0;

/** A path's bytes: a folder (UTF-8), then parts given as strings (UTF-8) or GBK names plus a suffix. */
function bytesOf(...parts: (string | [keyof typeof GBK, string])[]): Buffer {
  const pieces = parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.concat([Buffer.from(GBK[p[0]]), Buffer.from(p[1])])));
  return Buffer.concat(pieces.flatMap((p, i) => (i ? [Buffer.from('/'), p] : [p])));
}

/** A fresh case folder (UTF-8 name) under the temp folder. */
function folder(): string {
  const d = join(dir, `case${n++}`);
  mkdirSync(d);
  return d;
}

/** How Node hands over a name typed in the shell whose bytes are GBK: U+FFFD in their place. */
const asArgv = (bytes: Buffer) => bytes.toString('utf8');

describe('names that are not UTF-8', () => {
  it('shownName reads GBK bytes as GB18030, and writes bytes that are not GB18030 either as \\xNN', () => {
    expect(shownName(Buffer.from([...GBK.总结, 0x2e, 0x74, 0x78, 0x74]))).toBe('总结.txt');
    expect(shownName(Buffer.from([0x80, 0x41, 0xff]))).toBe('\\x80A\\xFF');
  });

  it('a folder walk checks a GBK-named .txt and .docx, named as read in GBK, with a warning that says so', async () => {
    const d = folder();
    writeFileSync(bytesOf(d, ['总结', '.txt']), REPORT);
    writeFileSync(bytesOf(d, ['报告', '.docx']), await docxFromText(reportFor(2)));
    writeFileSync(join(d, 'utf8.txt'), reportFor(3));
    const run = await runJson([d, '--no-similar']);
    expect(run.code).toBe(0);
    const byName = Object.fromEntries(run.json.files.map((f) => [f.path.slice(d.length + 1), f]));
    expect(Object.keys(byName).sort()).toEqual(['utf8.txt', '总结.txt', '报告.docx'].sort());
    for (const name of ['总结.txt', '报告.docx']) {
      expect(byName[name]!.reports).toHaveLength(1);
      expect(byName[name]!.reports[0]!.passed).toBe(true);
      expect(byName[name]!.errors).toEqual([expect.objectContaining({ code: 'nameNotUtf8', severity: 'warning', message: expect.stringContaining('convmv -f gbk -t utf8') })]);
    }
    expect(byName['utf8.txt']!.errors ?? []).toEqual([]);
  });

  it('the same findings as the file under a UTF-8 name (only the name and the notice differ)', async () => {
    const d = folder();
    writeFileSync(bytesOf(d, ['总结', '.txt']), REPORT);
    const e = folder();
    writeFileSync(join(e, '总结.txt'), REPORT);
    const gbk = (await runJson([d, '--no-similar'])).json.files[0]!;
    const utf8 = (await runJson([e, '--no-similar'])).json.files[0]!;
    expect(gbk.reports).toEqual(utf8.reports);
  });

  it('a GBK-named subfolder is walked, and a UTF-8 name inside it is opened by bytes too', async () => {
    const d = folder();
    mkdirSync(bytesOf(d, ['汇编', '']));
    writeFileSync(bytesOf(d, ['汇编', ''], 'a.txt'), REPORT);
    writeFileSync(bytesOf(d, ['汇编', ''], ['单位', '1.txt']), reportFor(1));
    const expanded = await expandPaths([d], '/');
    expect(expanded.files).toEqual([join(d, '汇编', 'a.txt'), join(d, '汇编', '单位1.txt')]);
    expect([...expanded.rawPaths.keys()]).toEqual(expanded.files);
    const run = await runJson([d, '--no-similar']);
    expect(run.code).toBe(0);
    expect(run.json.files.map((f) => f.reports.length)).toEqual([1, 1]);
  });

  it('a GBK name beside a UTF-8 file of the same name: both checked, the GBK one shown by its bytes', async () => {
    const d = folder();
    writeFileSync(join(d, '总结.txt'), REPORT);
    writeFileSync(bytesOf(d, ['总结', '.txt']), reportFor(2));
    const run = await runJson([d, '--no-similar']);
    expect(run.json.files.map((f) => f.path.slice(d.length + 1)).sort()).toEqual(['\\xD7\\xDC\\xBD\\xE1.txt', '总结.txt'].sort());
    expect(run.json.files.every((f) => f.reports.length === 1)).toBe(true);
  });

  it('named in the shell (bytes Node reads as U+FFFD): checked under its GBK reading, relative as typed', async () => {
    const d = folder();
    writeFileSync(bytesOf(d, ['总结', '.txt']), REPORT);
    const typed = asArgv(bytesOf('sub', ['总结', '.txt']));
    expect(typed).toContain('\uFFFD');
    mkdirSync(join(d, 'sub'));
    writeFileSync(bytesOf(d, 'sub', ['总结', '.txt']), REPORT);
    const run = await runJson([typed, '--no-similar'], { cwd: d });
    expect(run.code).toBe(0);
    expect(run.json.files.map((f) => [f.path, f.reports.length])).toEqual([['sub/总结.txt', 1]]);
    // A GBK folder typed in the shell is walked the same way.
    mkdirSync(bytesOf(d, ['汇编', '']));
    writeFileSync(bytesOf(d, ['汇编', ''], 'a.txt'), REPORT);
    const folderRun = await runJson([asArgv(bytesOf(['汇编', ''])), '--no-similar'], { cwd: d });
    expect(folderRun.json.files.map((f) => f.path)).toEqual(['汇编/a.txt']);
  });

  it('named in the shell, but two names lose the same bytes: exit 2, and the message says why and what to do', async () => {
    const d = folder();
    // 报告 and 啊阿 in GBK are both four bytes Node reads as four U+FFFD.
    writeFileSync(bytesOf(d, ['报告', '.txt']), REPORT);
    writeFileSync(bytesOf(d, ['啊阿', '.txt']), reportFor(2));
    const typed = asArgv(bytesOf(d, ['报告', '.txt']));
    expect(await matchLossy(typed, '/')).toHaveLength(2);
    const run = await runCli([typed]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('命令行传来的名字里这些字节已丢失');
    expect(run.stdout).toContain('convmv -f gbk -t utf8');
    // The folder, or a glob, checks both.
    for (const args of [[d], [`${d}/*.txt`]]) {
      const both = await runJson([...args, '--no-similar']);
      expect(both.json.files.map((f) => basename(f.path)).sort()).toEqual(['啊阿.txt', '报告.txt'].sort());
      expect(both.code).toBe(0);
    }
  });

  it('a glob in quotes (expanded by reportlint, not the shell) opens GBK names by their bytes', async () => {
    const d = folder();
    writeFileSync(bytesOf(d, ['总结', '.txt']), REPORT);
    writeFileSync(bytesOf(d, ['单位', '2.txt']), reportFor(2));
    const run = await runJson(['*.txt', '--no-similar'], { cwd: d });
    expect(run.code).toBe(0);
    expect(run.json.files.map((f) => [f.path, f.reports.length])).toEqual([['单位2.txt', 1], ['总结.txt', 1]]);
  });

  it('the 内容雷同 pass and --baseline read GBK-named files by their bytes too', async () => {
    const d = folder();
    writeFileSync(bytesOf(d, ['总结', '.txt']), REPORT);
    const base = folder();
    writeFileSync(bytesOf(base, ['报告', '.txt']), REPORT);
    const run = await runJson([d, '--baseline', base]);
    expect(run.code).toBe(0);
    const similar = run.json.files[0]!.reports[0]!.messages.filter((m) => m.ruleId === 'similar');
    expect(similar.length).toBeGreaterThan(0);
    expect(similar[0]!.message).toContain('报告.txt');
  });

  it.skipIf(!BUILT)('the built command: worker threads and the guarded workers of a user rule set open them as the main thread does', async () => {
    const d = folder();
    for (let i = 0; i < 30; i++) writeFileSync(bytesOf(d, ['单位', `${String(i).padStart(2, '0')}.txt`]), reportFor(i));
    expect(readdirSync(d)).toHaveLength(30);
    const rules = join(ROOT, 'tests/fixtures/format/rules/demo.yaml');
    const outputs = [];
    for (const extra of [['--concurrency', 'off'], ['--concurrency', '2'], ['--concurrency', '2', '--rules', rules, '--rule-set', 'zwgk-summary']]) {
      const run = await spawnBin(['.', '-f', 'json', '--no-similar', ...extra], { cwd: d });
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout) as { files: { path: string; reports: unknown[] }[] };
      expect(json.files).toHaveLength(30);
      expect(json.files[0]!.path).toBe('单位00.txt');
      expect(json.files.every((f) => f.reports.length === 1)).toBe(true);
      outputs.push(run.stdout);
    }
    expect(outputs[1]).toBe(outputs[0]);
  });
});
