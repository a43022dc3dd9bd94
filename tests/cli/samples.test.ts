/** Dogfooding: reportlint on its own samples/ gives the scores and verdicts they were written for. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

const samples = join(import.meta.dirname, '../../samples');

describe('samples/', () => {
  it('each sample gets the verdict it was written for', async () => {
    const { json, code } = await runJson([samples]);
    expect(code).toBe(1);
    const verdicts = json.files.flatMap((f) =>
      f.reports.map((r) => [f.path.slice(samples.length + 1), r.ruleSet, r.passed]),
    );
    expect(verdicts).toEqual([
      ['党建工作总结.txt', 'work-summary', true],
      ['完整的政务公开工作总结.txt', 'zwgk-summary', true],
      ['年度报告-完整.txt', 'zfxxgk-annual', true],
      ['年度报告-缺第四部分.txt', 'zfxxgk-annual', false],
      ['年度报告-表格不平.txt', 'zfxxgk-annual', false],
      ['政务公开工作总结汇编.txt', 'zwgk-summary', true],
      ['政务公开工作总结汇编.txt', 'zwgk-summary', false],
      ['政务公开工作总结汇编.txt', 'work-summary', true],
      ['法治政府建设年度报告.txt', 'fzzf-annual', true],
      ['草稿-缺少部分内容.txt', 'zwgk-summary', false],
    ]);
  });

  it('stylish output matches the golden file', async () => {
    const run = await runCli([samples, '--no-similar'], { cwd: join(samples, '..') });
    await expect(run.stdout.replaceAll(samples, 'samples')).toMatchFileSnapshot('../golden/stylish/samples.txt');
  });
});
