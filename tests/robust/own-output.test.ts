/**
 * An output written into the checked folder by an earlier run, with another -o or none at all, is
 * not read back as a report (issue 18, point 10): the next run lists it as skipped (a warning) and
 * checks the reports beside it as before. Two CLI runs in a temp folder per format.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { REPORT, tempDir } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);
let n = 0;

/** A fresh folder with one passing report. */
async function folder() {
  const d = join(dir, `case-${n++}`);
  mkdirSync(d);
  writeFileSync(join(d, '总结.txt'), REPORT);
  return d;
}

describe('an earlier run’s output in the checked folder', () => {
  for (const [fmt, name, extra] of [
    ['markdown', '结果.md', []],
    ['html', '结果.html', []],
    ['stylish', '结果.txt', []],
    ['stylish', 'result.txt', ['--lang', 'en', '--color']],
    ['github', '注释.txt', []],
  ] as const) {
    it(`${fmt} ${extra.join(' ')} -o into the folder, then a run without -o: skipped with a warning, the report checked as before`, async () => {
      const d = await folder();
      const before = await runJson([d]);
      expect((await runCli([d, '-f', fmt, '-o', join(d, name), ...extra])).code).toBe(0);
      const after = await runJson([d]);
      expect(after.code).toBe(0);
      const out = after.json.files.find((f) => f.path.endsWith(name))!;
      expect(out.reports).toEqual([]);
      expect(out.errors).toEqual([expect.objectContaining({ code: 'skippedFile', severity: 'warning', message: expect.stringContaining('reportlint 写出的检查结果') })]);
      // The report's own result is unchanged by the output beside it.
      expect(after.json.files.filter((f) => f !== out)).toEqual(before.json.files);
    });
  }

  it('says why in the default output, and a copy of the output named outright is skipped too', async () => {
    const d = await folder();
    await runCli([d, '-f', 'markdown', '-o', join(d, '结果.md')]);
    copyFileSync(join(d, '结果.md'), join(d, '结果-副本.md'));
    const run = await runCli([d]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已跳过：这是 reportlint 写出的检查结果');
    const named = await runJson([join(d, '结果-副本.md'), join(d, '总结.txt')]);
    expect(named.code).toBe(0);
    expect(named.json.files[1]!.errors[0]!.message).toContain('reportlint 写出的检查结果');
    expect(readFileSync(join(d, '总结.txt'), 'utf8')).toBe(REPORT);
  });
});
