/** Every failed report says why, the real reason, in every format (issue 13): on the samples, through the whole CLI. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

const samples = join(import.meta.dirname, '../../samples');
const missing = join(samples, '年度报告-缺第四部分.txt');
const table = join(samples, '年度报告-表格不平.txt');

describe('failedBecause', () => {
  it('JSON gives the reason as codes with arguments, not the score, when the score is above the pass mark', async () => {
    const { json } = await runJson([missing, table, '--no-similar']);
    const [a, b] = json.files.map((f) => f.reports[0]!) as unknown as { score: number; passMark: number; failedBecause: unknown[] }[];
    expect(a!.score).toBeGreaterThanOrEqual(a!.passMark);
    expect(a!.failedBecause).toEqual([{ code: 'requiredMissing', sections: [expect.objectContaining({ id: 'review', name: '政府信息公开行政复议、行政诉讼情况' })] }]);
    expect(b!.failedBecause).toEqual([expect.objectContaining({ code: 'tableMismatch' })]);
  });

  const cases = [
    ['stylish', '未通过：缺少必备部分“政府信息公开行政复议、行政诉讼情况”'],
    ['sarif', '未通过：缺少必备部分“政府信息公开行政复议、行政诉讼情况”'],
    ['junit', 'type="requiredMissing" message="未通过：缺少必备部分“政府信息公开行政复议、行政诉讼情况”'],
    ['github', '::未通过：缺少必备部分“政府信息公开行政复议、行政诉讼情况”'],
    ['markdown', '❌ 未通过：缺少必备部分“政府信息公开行政复议、行政诉讼情况”'],
    ['csv', '未通过：缺少必备部分“政府信息公开行政复议、行政诉讼情况”'],
    ['html', '<div class="why">未通过：缺少必备部分“政府信息公开行政复议、行政诉讼情况”'],
  ] as const;
  for (const [format, text] of cases) {
    it(`${format} says the missing section, not the score`, async () => {
      const run = await runCli([missing, '--no-similar', '-f', format]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(text);
      expect(run.stdout).not.toMatch(/低于及格线/);
    });
  }

  it('in English too, with the section\'s English name', async () => {
    const run = await runCli([missing, '--no-similar', '--lang', 'en']);
    expect(run.stdout).toContain('✖ Failed: required section missing: "Administrative reconsideration and litigation".');
    const tables = await runCli([table, '--no-similar', '--lang', 'en', '-f', 'github']);
    expect(tables.stdout).toMatch(/::Failed: 4 table figure\(s\) do not add up \(first at line 34\)\./);
  });

  it('with --lang en the summary names the sections in English too', async () => {
    for (const format of ['stylish', 'github', 'markdown']) {
      const run = await runCli([samples, '--no-similar', '--lang', 'en', '-f', format]);
      expect(run.stdout).toMatch(/most often missing: Disclosure on request \(2\)/);
      expect(run.stdout).not.toContain('依申请公开（2）');
    }
    const md = await runCli([missing, '--no-similar', '--lang', 'en', '-f', 'markdown']);
    expect(md.stdout).toContain('| Administrative reconsideration and litigation |');
  });
});
