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
import { tempDir } from '../robust/helpers.js';

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

  it('from --cache hits, which carry no signatures (each hit is read again for the pass)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const cached = [...argv, '--cache', '--cache-location', join(dir, 'cache')];
      expect((await runCli(cached, { cwd: root })).stdout).toBe(golden('with-baseline.json'));
      expect(readFileSync(join(dir, 'cache'), 'utf8')).not.toContain('signs');
      expect((await runCli(cached, { cwd: root })).stdout).toBe(golden('with-baseline.json'));
    } finally {
      cleanup();
    }
  });
});
