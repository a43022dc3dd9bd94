import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REPORTS } from './input.js';

describe('--output-file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'reportlint-out-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the formatted text to the file, nothing to stdout, and leaves no temp file', async () => {
    const run = await runCli([REPORTS, '-f', 'html', '--output-file', 'report.html'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['report.html']);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('replaces an existing file whole', async () => {
    writeFileSync(join(dir, 'out.csv'), 'old content that is much longer than nothing '.repeat(1000));
    await runCli([REPORTS, '-f', 'csv', '-o', join(dir, 'out.csv')]);
    const text = readFileSync(join(dir, 'out.csv'), 'utf8');
    expect(text.startsWith('\uFEFF文件,')).toBe(true);
    expect(text).not.toContain('old content');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('creates missing folders', async () => {
    const run = await runCli([REPORTS, '-f', 'sarif', '-o', 'out/ci/reportlint.sarif'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out/ci/reportlint.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(join(dir, 'out/ci'))).toEqual(['reportlint.sarif']);
  });

  // Node's recursive mkdir never returns when a folder cannot be made inside one that exists
  // (seen under /proc), and a busy main thread cannot even run the SIGTERM handler: a hang.
  it.skipIf(!existsSync('/proc/self'))('a folder that cannot be made is exit 2, not a hang', () => {
    const bin = join(import.meta.dirname, '../../bin/reportlint.js');
    for (const extra of [[], ['--no-similar']]) {
      const run = spawnSync(process.execPath, [bin, REPORTS, '-o', '/proc/reportlint-no-such/out.json', '-f', 'json', ...extra], { encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' });
      expect(run.signal).toBeNull();
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/cannot write output file.*ENOENT/);
    }
  });

  it('an unwritable place is exit 2 with a message, not a stack trace, and leaves no temp file', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const under = await runCli([REPORTS, '-o', join(dir, 'a-file/out.txt')]);
    expect(under.code).toBe(2);
    expect(under.stderr).toMatch(/^reportlint: cannot write output file .*\((ENOTDIR|EEXIST)\)\n$/);
    mkdirSync(join(dir, 'a-folder/inside'), { recursive: true });
    const onto = await runCli([REPORTS, '-o', join(dir, 'a-folder')]);
    expect(onto.code).toBe(2);
    expect(onto.stderr).toMatch(/^reportlint: cannot write output file .*\(E[A-Z]+\)\n$/);
    expect(readdirSync(dir).sort()).toEqual(['a-file', 'a-folder']);
    expect(readdirSync(join(dir, 'a-folder'))).toEqual(['inside']);
  });

  it('refuses to overwrite a file being checked', async () => {
    const input = join(dir, '总结.txt');
    const text = '演示县统计局2024年工作总结\n\n一、主要工作\n全年完成调查12项。\n';
    writeFileSync(input, text);
    const run = await runCli(['总结.txt', '-o', input], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is one of the files being checked/);
    expect(readFileSync(input, 'utf8')).toBe(text);
  });

  it('stylish written to a file has no colour codes', async () => {
    await runCli([REPORTS, '-o', 'out.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).not.toMatch(/\u001b\[/);
  });
});
