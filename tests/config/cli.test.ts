import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG } from '../../src/commands/starter.js';
import { applyOverrides } from '../../src/config/apply.js';
import { parseConfig } from '../../src/config/load.js';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../../src/ruleset/load.js';
import { runCli, runJson } from '../helpers/cli.js';

const report = new URL('../fixtures/config/report-a.txt', import.meta.url).pathname;

/** A folder holding the fixture report (it fails: 下一步计划 missing) and the given config files. */
function project(files: Record<string, string> = {}): { dir: string; report: string } {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-cfgcli-'));
  mkdirSync(join(dir, 'reports'));
  copyFileSync(report, join(dir, 'reports', 'a.txt'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, report: join(dir, 'reports', 'a.txt') };
}

const LENIENT = 'overrides:\n  zwgk-summary:\n    passMark: 50\n    sections:\n      plans: { off: true }\n';

describe('config through the CLI', () => {
  it('without a config the fixture report fails (the baseline the next tests change)', async () => {
    const p = project();
    const run = await runJson([p.report], { cwd: p.dir });
    expect(run.code).toBe(1);
    expect(run.json.files[0]!.reports[0]!.sections.map((s) => s.id)).toContain('plans');
  });

  it('applies overrides from the nearest .reportlintrc.yaml: the section is gone and the report passes', async () => {
    const p = project({ '.reportlintrc.yaml': LENIENT });
    const run = await runJson([p.report], { cwd: join(p.dir, 'reports') });
    expect(run.code).toBe(0);
    expect(run.json.files[0]!.reports[0]!.sections.map((s) => s.id)).not.toContain('plans');
    expect(run.json.files[0]!.reports[0]!.passed).toBe(true);
  });

  it('--no-config ignores it and --config picks another file', async () => {
    const p = project({ '.reportlintrc.yaml': LENIENT, 'strict.yaml': 'minScore: 99\n' });
    expect((await runCli([p.report, '--no-config'], { cwd: p.dir })).code).toBe(1);
    const strict = await runJson([p.report, '--config', 'strict.yaml'], { cwd: p.dir });
    expect(strict.json.files[0]!.reports[0]!.sections.map((s) => s.id)).toContain('plans');
    expect((strict.json.files[0]!.reports[0] as unknown as { passMark: number }).passMark).toBe(99);
  });

  it('reads the "reportlint" key of package.json', async () => {
    const p = project({ 'package.json': JSON.stringify({ name: 'x', reportlint: { lang: 'en' } }) });
    const run = await runCli([p.report], { cwd: p.dir });
    expect(run.stdout).toMatch(/Missing section/);
  });

  it('lets flags win: --lang zh over lang: en, --min-score over minScore, --format over format', async () => {
    const p = project({ '.reportlintrc.yaml': 'lang: en\nminScore: 10\nformat: json\n' });
    const configured = await runCli([p.report], { cwd: p.dir });
    expect(JSON.parse(configured.stdout).files[0].reports[0].messages[0].message).toMatch(/^Missing section/);
    const flagged = await runCli([p.report, '--lang', 'zh', '--format', 'stylish', '--min-score', '90'], { cwd: p.dir });
    expect(flagged.stdout).toMatch(/缺少“/);
    expect(flagged.stdout).toMatch(/未通过/);
  });

  it('skips ignored files in a folder but checks one named outright', async () => {
    const p = project({ '.reportlintrc.yaml': 'ignore: ["reports/a.txt", "*-旧版.txt"]\n' });
    copyFileSync(report, join(p.dir, 'reports', 'b-旧版.txt'));
    copyFileSync(report, join(p.dir, 'reports', 'c.txt'));
    const folder = await runJson([join(p.dir, 'reports')], { cwd: p.dir });
    expect(folder.json.files.map((f) => f.path)).toEqual([join(p.dir, 'reports', 'c.txt')]);
    const named = await runJson([p.report], { cwd: p.dir });
    expect(named.json.files.map((f) => f.path)).toEqual([p.report]);
  });

  it('exits 2 with file:line:column for an invalid config, before checking anything', async () => {
    const p = project({ '.reportlintrc.yaml': 'lang: en\noverrides:\n  zwgk-summary:\n    sections:\n      plan: { off: true }\n' });
    const run = await runCli([p.report], { cwd: p.dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${join(p.dir, '.reportlintrc.yaml')}:5:13: unknown section "plan"`);
  });

  it('loads the config\'s rules relative to the config file, wherever the command runs', async () => {
    const p = project({ '.reportlintrc.yaml': 'rules: [my-rules.yaml]\n' });
    copyFileSync(new URL('../fixtures/commands/good-rules.yaml', import.meta.url).pathname, join(p.dir, 'my-rules.yaml'));
    const run = await runCli(['rules', 'list', '--format', 'json'], { cwd: join(p.dir, 'reports') });
    expect((JSON.parse(run.stdout) as { id: string }[]).map((r) => r.id)).toContain('village-summary');
  });

  it('names the config line of a rules path that is not there', async () => {
    const p = project({ '.reportlintrc.yaml': 'lang: en\nrules:\n  - missing-rules.yaml\n' });
    const run = await runCli([p.report], { cwd: p.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(p.dir, '.reportlintrc.yaml')}:3:5: rules: ${join(p.dir, 'missing-rules.yaml')} not found`);
  });

  it('exits 2 when --config names a file that is not there', async () => {
    const p = project();
    const run = await runCli([p.report, '--config', 'nope.yaml'], { cwd: p.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope\.yaml:1:1: cannot read config: ENOENT/);
  });
});

describe('the starter config', () => {
  it('is valid as written', () => {
    expect(parseConfig(STARTER_CONFIG, '/x/.reportlintrc.yaml').spec).toEqual({ lang: 'zh', format: 'stylish' });
  });

  it('is valid with every commented example switched on, and its overrides apply to the built-in rule sets', () => {
    const uncommented = STARTER_CONFIG.split('\n')
      .map((line) => (/^# ?[a-z]+:|^# {3}/i.test(line) ? line.replace(/^# ?/, '') : line))
      .join('\n');
    const config = parseConfig(uncommented, '/x/.reportlintrc.yaml');
    expect(Object.keys(config.spec).sort()).toEqual(['format', 'ignore', 'lang', 'maxWarnings', 'minScore', 'overrides', 'ruleSet', 'rules', 'severity', 'similar', 'waive']);
    const applied = applyOverrides(loadRuleSets(BUILTIN_RULES_DIR), config);
    expect(applied.find((r) => r.id === 'zwgk-summary')!.sections.some((s) => s.id === 'oversight')).toBe(false);
  });
});
