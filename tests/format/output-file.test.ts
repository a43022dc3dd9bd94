import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('an unwritable place is exit 2 with a message, not a stack trace', async () => {
    const run = await runCli([REPORTS, '-o', join(dir, 'no/such/folder/out.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^reportlint: cannot write output file .*ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stylish written to a file has no colour codes', async () => {
    await runCli([REPORTS, '-o', 'out.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).not.toMatch(/\u001b\[/);
  });
});
