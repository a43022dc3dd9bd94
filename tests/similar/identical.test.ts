/**
 * The 内容雷同 pass computed from the check pass (issue 17) writes what the pass that re-read every file wrote:
 * the JSON of a default run on the hand-written reports, with and without a baseline, byte for byte as
 * a5e4628 wrote it (tests/golden/similar, made with that commit's bin/reportlint.js and the same arguments).
 * The first batch is too small to learn boilerplate (pairs near the 0.5 line hang on how it is masked);
 * the second learns it; identical reports (copy/ and distinct/ share dongfeng.txt) and a plans section
 * copied from last year are in the first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

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
