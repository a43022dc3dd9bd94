import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

describe('explain', () => {
  it('prints a rule set with every section, its weight and hint', async () => {
    const run = await runCli(['explain', 'zwgk-summary']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/政务公开工作总结 \(zwgk-summary\)/);
    expect(run.stdout).toMatch(/七、下一步计划 {2}\[plans, 必需, 权重 15\]/);
  });

  it('prints one section with its example, in English on request', async () => {
    const run = await runCli(['explain', 'zfxxgk-annual', 'review', '--lang', 'en']);
    expect(run.stdout).toMatch(/\[review, required, weight 15\]/);
    expect(run.stdout).toMatch(/Example:/);
  });

  it('exits 2 for an unknown rule set or section', async () => {
    expect((await runCli(['explain', 'nope'])).code).toBe(2);
    const run = await runCli(['explain', 'zwgk-summary', 'nope']);
    expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/no section "nope"/)]);
  });
});

describe('template', () => {
  it.each(['zwgk-summary', 'zfxxgk-annual', 'fzzf-annual', 'work-summary'])(
    'a %s skeleton has every section and still shows what is left to fill in',
    async (id) => {
      const skeleton = (await runCli(['template', id])).stdout;
      const { json } = await runJson(['-', '--rule-set', id], { stdin: skeleton });
      const report = json.files[0]!.reports[0]!;
      expect(report.sections.every((s) => s.status === 'section')).toBe(true);
      expect(report.messages.some((m) => m.ruleId === 'placeholders')).toBe(true);
    },
  );
});
