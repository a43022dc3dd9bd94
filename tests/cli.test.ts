import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('cli basics', () => {
  it('prints help with examples and exits 0, in Chinese by default', async () => {
    const run = await runCli(['--help'], { locale: 'zh_CN.UTF-8' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--rule-set');
    expect(run.stdout).toContain('所有报告都用此规则集检查');
    expect(run.stdout).toContain('选项：');
    expect(run.stdout).toContain('退出码：0');
    expect(run.stdout).not.toContain('Exit codes');
    expect((await runCli(['--help'])).stdout).toContain('退出码：0');
  });

  it('prints help in English with --lang en or under an English locale', async () => {
    for (const run of [await runCli(['--help', '--lang', 'en'], { locale: 'zh_CN.UTF-8' }), await runCli(['--help'], { locale: 'en_US.UTF-8' }), await runCli(['--lang=en', '--help'])]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('check every report with this rule set id');
      expect(run.stdout).toContain('Options:');
      expect(run.stdout).toContain('Exit codes: 0');
    }
    // --lang zh wins over an English locale.
    expect((await runCli(['--help', '--lang', 'zh'], { locale: 'en_US.UTF-8' })).stdout).toContain('退出码');
  });

  it('exits 2 with a message when no path is given', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no input/);
  });

  it('exits 2 for an unknown format', async () => {
    const run = await runCli(['x.txt', '--format', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown format/);
  });
});
