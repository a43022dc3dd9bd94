/**
 * One path frame: the CLI run in-process from a folder that is not the process's own resolves
 * every path (inputs, -o, the cache) against io.cwd, never against process.cwd().
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { readCacheData } from '../helpers/cache.js';

const TEXT = '演示县统计局2024年工作总结\n\n一、主要工作\n全年完成调查12项。\n';

describe('paths are resolved against io.cwd, not the process folder', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'reportlint-frame-'));
    // Deeper than the repo, and elsewhere: a path made relative to process.cwd() would be wrong here.
    dir = join(root, 'a', 'b', 'c');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, '总结.txt'), TEXT);
    writeFileSync(join(dir, 'sub', '报告.txt'), TEXT);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('the process runs elsewhere', () => {
    expect(process.cwd()).not.toBe(dir);
  });

  it('-o onto an input, named relative or absolute, is refused with exit 2 and the input is untouched', async () => {
    // Named outright, relative or absolute, or together with the folder it is in. (A file a folder walk or a
    // glob meets at the -o path is the run's output and is left out of the inputs: docs/robustness.md, Writing.)
    for (const [input, out] of [['总结.txt', '总结.txt'], ['总结.txt', join(dir, '总结.txt')], ['sub/报告.txt', './sub/报告.txt']] as const) {
      const run = await runCli([input, '-o', out], { cwd: dir });
      expect(run.code, `${input} -o ${out}`).toBe(2);
      expect(run.stderr).toMatch(/is one of the files being checked/);
    }
    expect(readFileSync(join(dir, '总结.txt'), 'utf8')).toBe(TEXT);
    expect(readFileSync(join(dir, 'sub', '报告.txt'), 'utf8')).toBe(TEXT);
  });

  it('files, folders and globs are read from io.cwd and named relative to it', async () => {
    for (const args of [['总结.txt', 'sub/报告.txt'], ['.'], ['**/*.txt']]) {
      const { json } = await runJson([...args, '--no-similar'], { cwd: dir });
      expect(json.files.map((f) => f.path).sort(), args.join(' ')).toEqual(['sub/报告.txt', '总结.txt']);
      expect(json.files.every((f) => f.errors.every((e) => e.severity !== 'error'))).toBe(true);
    }
  });

  it('the cache lands in io.cwd and is reused from there', async () => {
    const first = await runJson(['总结.txt', '--cache'], { cwd: dir });
    expect(existsSync(join(dir, '.reportlintcache'))).toBe(true);
    expect(existsSync(join(process.cwd(), '.reportlintcache'))).toBe(false);
    const cache = readCacheData(join(dir, '.reportlintcache'));
    expect(Object.keys(cache.files)).toEqual([join(dir, '总结.txt')]);
    const second = await runJson(['总结.txt', '--cache'], { cwd: dir });
    expect(second.json.files).toEqual(first.json.files);
    // A changed file is checked again, not taken from the cache.
    writeFileSync(join(dir, '总结.txt'), `${TEXT}二、存在问题\n人手不足。\n`);
    const third = await runJson(['总结.txt', '--cache'], { cwd: dir });
    expect(third.json.files[0]!.reports[0]!.endLine).toBeGreaterThan(first.json.files[0]!.reports[0]!.endLine);
  });
});
