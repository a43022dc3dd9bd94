/**
 * The 内容雷同 pass computed from the check pass (issue 17) writes what the pass that re-read every file wrote:
 * the JSON of a default run on the hand-written reports, with and without a baseline, byte for byte as
 * a5e4628 wrote it (tests/golden/similar, made with that commit's bin/reportlint.js and the same arguments).
 * The first batch is too small to learn boilerplate (pairs near the 0.5 line hang on how it is masked);
 * the second learns it; identical reports (copy/ and distinct/ share dongfeng.txt) and a plans section
 * copied from last year are in the first.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { readCacheData, writeCacheData } from '../helpers/cache.js';
import { tempDir } from '../robust/helpers.js';

type Json = { files: { path: string; reports: { similar?: { path: string }[] }[] }[] };

const F = 'tests/fixtures/similar';
const golden = (name: string) => readFileSync(join(import.meta.dirname, '../golden/similar', name), 'utf8');
const root = join(import.meta.dirname, '../..');

describe('default run output unchanged by signing in the check pass', () => {
  it('with a baseline, copies, identical reports and a small batch', async () => {
    const argv = [`${F}/copy`, `${F}/boilerplate`, `${F}/annual`, `${F}/distinct`, `${F}/baseline/beiling-2023.txt`, '--baseline', `${F}/baseline/beiling-2022.txt`];
    const run = await runCli([...argv, '--format', 'json', '--no-config'], { cwd: root });
    expect(run.stdout).toBe(golden('with-baseline.json'));
  });

  it('a batch that learns its boilerplate', async () => {
    const run = await runCli([`${F}/boilerplate`, `${F}/copy`, '--format', 'json', '--no-config'], { cwd: root });
    expect(run.stdout).toBe(golden('learned-boilerplate.json'));
  });
});

describe('signatures from every way a file is checked', () => {
  const argv = [`${F}/copy`, `${F}/boilerplate`, `${F}/annual`, `${F}/distinct`, `${F}/baseline/beiling-2023.txt`, '--baseline', `${F}/baseline/beiling-2022.txt`, '--format', 'json', '--no-config'];
  const bin = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin/reportlint.js'), ...args], { cwd: root, encoding: 'utf8' });

  it('in pool workers (the built command, two workers for the batch and for the baseline)', () => {
    const run = bin([...argv, '--concurrency', '2']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(golden('with-baseline.json'));
  });

  it('in guarded workers (a user rule set), as in the main thread', async () => {
    const { dir, cleanup } = tempDir();
    try {
      copyFileSync(join(root, 'rules/zwgk-summary.yaml'), join(dir, 'mine.yaml'));
      const args = [...argv, '--rules', join(dir, 'mine.yaml')];
      const guarded = bin(args);
      const here = await runCli([...args, '--concurrency', 'off'], { cwd: root });
      expect(guarded.stdout).toBe(here.stdout);
      expect(JSON.parse(guarded.stdout).files.some((f: { reports: { similar?: unknown[] }[] }) => f.reports.some((r) => r.similar?.length))).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('from --cache hits, which carry their signatures with their sections (no file read again)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const cached = [...argv, '--cache', '--cache-location', join(dir, 'cache')];
      expect((await runCli(cached, { cwd: root })).stdout).toBe(golden('with-baseline.json'));
      const entries = Object.values(readCacheData(join(dir, 'cache')).files);
      expect(entries.length).toBeGreaterThan(10);
      expect(entries.every((e) => e.signs?.sections === true && e.signs.signs.length === e.result.reports.length)).toBe(true);
      expect((await runCli(cached, { cwd: root })).stdout).toBe(golden('with-baseline.json'));
    } finally {
      cleanup();
    }
  });

  it('a cached rerun without a baseline, and a baseline run over entries signed without sections', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const cache = ['--cache', '--cache-location', join(dir, 'cache')];
      const plain = [`${F}/boilerplate`, `${F}/copy`, '--format', 'json', '--no-config', ...cache];
      expect((await runCli(plain, { cwd: root })).stdout).toBe(golden('learned-boilerplate.json'));
      expect(Object.values(readCacheData(join(dir, 'cache')).files).every((e) => e.signs?.sections === false)).toBe(true);
      expect((await runCli(plain, { cwd: root })).stdout).toBe(golden('learned-boilerplate.json'));
      // Entries without sections: a baseline run reads those files again for their sections.
      const all = [...argv, ...cache];
      expect((await runCli([...argv.slice(0, 4), '--format', 'json', '--no-config', ...cache], { cwd: root })).code).toBe(1);
      expect((await runCli(all, { cwd: root })).stdout).toBe(golden('with-baseline.json'));
      expect((await runCli(all, { cwd: root })).stdout).toBe(golden('with-baseline.json'));
    } finally {
      cleanup();
    }
  });

  it('a hit takes its signatures from the cache: emptied there, a copied report finds no pair', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const plain = [`${F}/copy`, `${F}/distinct/nanhu.txt`, '--format', 'json', '--no-config', '--cache', '--cache-location', join(dir, 'cache')];
      const pairs = async () => {
        const json = JSON.parse((await runCli(plain, { cwd: root })).stdout) as Json;
        return json.files.find((f) => f.path.endsWith('xishan.txt'))!.reports[0]!.similar ?? [];
      };
      expect((await pairs()).map((s) => s.path)).toEqual([`${F}/copy/dongfeng.txt`]);
      const data = readCacheData(join(dir, 'cache'));
      const xishan = Object.entries(data.files).find(([p]) => p.endsWith('xishan.txt'))![1];
      xishan.signs.signs[0][1] = '';
      writeCacheData(join(dir, 'cache'), data);
      // Had the file been read and signed again, the pair would still be found.
      expect(await pairs()).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
