/** A run that checked no report is not a pass (issue 13): exit 2, and stderr says what was skipped or ignored and why. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const sample = join(import.meta.dirname, '../../samples/完整的政务公开工作总结.txt');

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-nothing-'));
  mkdirSync(join(dir, 'reports'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

describe('nothing checked', () => {
  // Both the whole-results path and the streamed one (--no-similar) end the same way.
  for (const extra of [[], ['--no-similar']]) {
    // .pdf and .doc are read now (issue 14): an image and a spreadsheet are what a folder holds beside reports.
    it(`a folder with only images and spreadsheets exits 2 and says they were skipped ${extra.join(' ')}`, async () => {
      const dir = folder({ 'reports/a.png': 'PNG', 'reports/b.xlsx': 'PK' });
      const run = await runCli([join(dir, 'reports'), ...extra], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('reportlint: 没有检查任何报告：共找到 2 个文件，其中 2 个格式不支持已跳过');
      expect(run.stdout).toMatch(/✖ 2 个文件共 0 篇报告/);
      expect(run.stdout).not.toContain('✔');
    });
  }

  it('every file ignored by the config: exit 2, naming the ignore patterns', async () => {
    const dir = folder({ '.reportlintrc.yaml': 'ignore: ["reports/**"]\n' });
    copyFileSync(sample, join(dir, 'reports', 'a.txt'));
    const run = await runCli([join(dir, 'reports'), '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('reportlint: no report was checked: 1 file(s) found; 1 ignored by the config\'s ignore patterns.');
  });

  it('a file with no report in it exits 2', async () => {
    const dir = folder({ 'reports/empty.txt': '\n\n' });
    const run = await runCli([join(dir, 'reports', 'empty.txt')], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('1 个文件中没有报告内容');
  });

  it('one checked report beside the skipped files is a normal run', async () => {
    const dir = folder({ 'reports/a.png': 'PNG' });
    copyFileSync(sample, join(dir, 'reports', 'b.txt'));
    const run = await runCli([join(dir, 'reports')], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('--max-warnings', () => {
  /** The passing sample with two masked figures left in: it passes, with warnings. */
  const warned = () => {
    const dir = folder({});
    writeFileSync(join(dir, 'a.txt'), readFileSync(sample, 'utf8').replace('。', '，涉及XX个单位XX个部门。'));
    return join(dir, 'a.txt');
  };

  it('exits 1 when the warnings exceed it, and says so; not at or under it', async () => {
    const sample = warned();
    const json = await runCli([sample, '-f', 'json']);
    const warnings = (JSON.parse(json.stdout) as { files: { reports: { messages: { severity: string }[] }[] }[] }).files[0]!.reports[0]!.messages.filter((m) => m.severity === 'warning').length;
    expect(json.code).toBe(0);
    expect(warnings).toBeGreaterThan(0);
    const over = await runCli([sample, '--max-warnings', String(warnings - 1)]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`reportlint: 警告过多：共 ${warnings} 条，超过 --max-warnings 允许的 ${warnings - 1} 条。`);
    // The summary says it too, and is no longer a pass.
    expect(over.stdout).toMatch(new RegExp(`✖ .*；警告 ${warnings} 条，超过 --max-warnings ${warnings - 1}\n$`));
    const at = await runCli([sample, '--max-warnings', String(warnings)]);
    expect(at.code).toBe(0);
    expect(at.stderr).toBe('');
  });

  it('comes from the config too, and must be a whole number', async () => {
    const dir = folder({ '.reportlintrc.yaml': 'maxWarnings: 0\n' });
    copyFileSync(warned(), join(dir, 'a.txt'));
    expect((await runCli([join(dir, 'a.txt')], { cwd: dir })).code).toBe(1);
    const bad = await runCli([sample, '--max-warnings', '1.5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings');
  });
});

describe('nothing checked, every file unreadable', () => {
  it('exits 2 with each file\'s error in the output and no second word on stderr', async () => {
    const dir = folder({ 'reports/a.docx': 'not a zip' });
    const run = await runCli([join(dir, 'reports', 'a.docx')], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('a.docx');
    expect(run.stderr).toBe('');
  });
});
