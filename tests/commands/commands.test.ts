import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG } from '../../src/commands/starter.js';
import { runCli } from '../helpers/cli.js';

const fixture = (name: string) => new URL(`../fixtures/commands/${name}`, import.meta.url).pathname;
const temp = () => mkdtempSync(join(tmpdir(), 'reportlint-cmd-'));

describe('reportlint init', () => {
  it('writes the commented starter .reportlintrc.yaml in the working folder', async () => {
    const dir = temp();
    const run = await runCli(['init'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join(dir, '.reportlintrc.yaml'));
    expect(readFileSync(join(dir, '.reportlintrc.yaml'), 'utf8')).toBe(STARTER_CONFIG);
  });

  it('refuses to overwrite an existing config, exit 2, and leaves it alone', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'reportlint.config.yaml'), 'lang: en\n');
    const run = await runCli(['init'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/reportlint\.config\.yaml 已存在，未覆盖/);
    expect(existsSync(join(dir, '.reportlintrc.yaml'))).toBe(false);
    const en = await runCli(['init', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toMatch(/already exists; not overwriting/);
  });

  it('works under a broken config further up', async () => {
    const dir = temp();
    writeFileSync(join(dir, '.reportlintrc.yaml'), 'nonsense: [\n');
    const sub = join(dir, 'sub');
    (await import('node:fs')).mkdirSync(sub);
    expect((await runCli(['init'], { cwd: sub })).code).toBe(0);
  });
});

describe('reportlint rules', () => {
  it('list: every built-in rule set with title, priority and section ids', async () => {
    const run = await runCli(['rules', 'list', '--no-config']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^zwgk-summary\s+政务公开工作总结$/m);
    expect(run.stdout).toMatch(/优先级 20 · 7 个部分: proactive, onRequest, platform, interpretation, oversight, problems, plans/);
    const en = await runCli(['rules', 'list', '--lang', 'en', '--no-config']);
    expect(en.stdout).toMatch(/Government transparency work summary/);
    expect(en.stdout).toMatch(/priority 20 · 7 sections/);
  });

  it('list --format json, and --rules adds a rule set', async () => {
    const run = await runCli(['rules', 'list', '--format', 'json', '--rules', fixture('good-rules.yaml'), '--no-config']);
    const list = JSON.parse(run.stdout) as { id: string; sections: string[] }[];
    expect(list.find((r) => r.id === 'village-summary')?.sections).toEqual(['work', 'plans']);
    expect(list.map((r) => r.id)).toContain('zwgk-summary');
  });

  it('show: sections with weights, shares, severity and hints', async () => {
    const run = await runCli(['rules', 'show', 'zwgk-summary', '--no-config']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/及格分 60/);
    expect(run.stdout).toMatch(/proactive\s+主动公开\s+权重 20 \(\d+%\)\s+error/);
    expect(run.stdout).toMatch(/写明全年主动公开信息的条数/);
    // How each section is recognised: weighted heading terms, exclusions, and the parts that enclose their items.
    expect(run.stdout).toMatch(/标题用语（权重）: 主动公开 \(3\) · 重点领域 \(3\)/);
    expect(run.stdout).toMatch(/不算该部分的标题: 问题清单/);
    expect(run.stdout).toMatch(/其下条目归本部分/);
  });

  it('show --format json lists terms with weights and the match switches', async () => {
    const run = await runCli(['rules', 'show', 'work-summary', '--no-config', '--format', 'json']);
    const shown = JSON.parse(run.stdout) as { sections: { id: string; match: { terms: { pattern: string; weight: number }[]; encloses: boolean; unclaimed: boolean } }[] };
    const byId = Object.fromEntries(shown.sections.map((s) => [s.id, s.match]));
    expect(byId.achievements!.unclaimed).toBe(true);
    expect(byId.problems!.encloses).toBe(true);
    expect(byId.plans!.terms[0]).toEqual({ pattern: '下一?步|下步|今后|明年|来年|下一年|下阶段|下一阶段', weight: 4 });
  });

  it('show reflects config overrides', async () => {
    const dir = temp();
    writeFileSync(join(dir, '.reportlintrc.yaml'), 'overrides:\n  zwgk-summary:\n    passMark: 75\n    sections:\n      oversight: { off: true }\n      plans: { weight: 1, severity: warning }\n');
    const run = await runCli(['rules', 'show', 'zwgk-summary'], { cwd: dir });
    expect(run.stdout).toMatch(/及格分 75/);
    expect(run.stdout).not.toMatch(/oversight/);
    expect(run.stdout).toMatch(/plans\s+下一步计划\s+权重 1 \(\d+%\)\s+warning/);
  });

  it('show: an unknown id is exit 2 naming the known ones', async () => {
    const run = await runCli(['rules', 'show', 'nope', '--no-config']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown rule set "nope"; known: .*zwgk-summary/);
  });

  it('validate: ok for a good file, exit 0', async () => {
    const run = await runCli(['rules', 'validate', fixture('good-rules.yaml')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/有效: .*good-rules\.yaml \(village-summary, 2 个部分\)/);
  });

  it('validate: file:line:column and exit 2 for a bad one', async () => {
    const run = await runCli(['rules', 'validate', fixture('bad-rules.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${fixture('bad-rules.yaml')}:17:13: /sections/1/weight must be number`);
  });

  it('validate: a missing file is exit 2, not a crash', async () => {
    const run = await runCli(['rules', 'validate', 'no-such-rules.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-such-rules\.yaml:1:1: cannot read rule set/);
  });

  it('rules without a subcommand is a usage error', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/rules list, rules show <id>, rules validate <file\.\.>/);
  });
});
