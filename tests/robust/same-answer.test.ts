/**
 * Same answer everywhere (issue 18, "What broke" 9 and 10): the main thread and the workers give the
 * same output on a 6.3 MB line of 300,000 lead phrases (it overflowed the main thread's smaller stack),
 * and the small cases end in clear messages: `reportlint ""`, a trailing slash after a file name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { caseFolders, tempDir } from './helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/reportlint.js');
const BUILT = existsSync(join(ROOT, 'dist/engine/pool/worker.js'));
const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);
const setup = caseFolders(dir);

/** A title and one line of 300,000 lead phrases 一是…十是 (6.3 MB). */
function leadLine(): string {
  const path = join(dir, 'lead.txt');
  const ordinals = '一二三四五六七八九十';
  const phrases = Array.from({ length: 300_000 }, (_, i) => `${ordinals[i % 10]}是公开信息`);
  writeFileSync(path, `县统计局2024年政务公开工作总结\n${phrases.join('，')}。\n`);
  return path;
}

describe('the main thread and the workers agree', () => {
  it('a 6.3 MB line of 300,000 lead phrases is checked on the main thread, not an internal error', async () => {
    const run = await runJson([leadLine(), '--concurrency', 'off', '--no-similar']);
    expect(run.json.files[0]!.errors).toEqual([]);
    expect(run.json.files[0]!.reports[0]!.ruleSet).toBe('zwgk-summary');
  });

  it.skipIf(!BUILT)('the built command gives byte-identical JSON with --concurrency off and with a worker', () => {
    const path = leadLine();
    const out = (concurrency: string) =>
      spawnSync(process.execPath, [BIN, path, '--format', 'json', '--no-similar', '--concurrency', concurrency], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const here = out('off');
    const there = out('1');
    expect(here.stderr).toBe('');
    expect(here.status).toBe(there.status);
    expect(here.stdout).toBe(there.stdout);
    expect(here.stdout).not.toContain('internalError');
  });
});

describe('small cases, clear messages', () => {
  it('`reportlint ""` is a usage error, not a check of the working folder', async () => {
    const { d } = setup();
    const run = await runCli([''], { cwd: d });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/empty path/);
    expect(run.stdout).toBe('');
  });

  it('a file path with a trailing slash says what is wrong in words, not ENOTDIR', async () => {
    const { input } = setup();
    const run = await runCli([`${input}/`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('路径中有一段是文件而不是文件夹');
    expect(run.stdout).not.toContain('ENOTDIR');
  });
});
