/** Waivers with a reason (issue 13): listed as waived, never failing the run; unused and expired ones reported. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

const samples = join(import.meta.dirname, '../../samples');

/** A folder with the passing sample, a draft marker left in it (an error), and the given config. */
function project(config: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-waive-'));
  const file = join(dir, '林业局.txt');
  writeFileSync(file, readFileSync(join(samples, '完整的政务公开工作总结.txt'), 'utf8').replace('。', '，【待补充】，涉及XX个单位。'));
  writeFileSync(join(dir, '.reportlintrc.yaml'), config);
  return { dir, file };
}

describe('waive', () => {
  it('without a waiver the draft marker fails the report', async () => {
    const p = project('lang: zh\n');
    expect((await runCli([p.file], { cwd: p.dir })).code).toBe(1);
  });

  it('a waiver for the file and rule: the finding is listed as waived with its reason, and the run passes', async () => {
    const p = project('waive:\n  - files: "林业局.txt"\n    rule: placeholder-todo\n    reason: 数据待统计局核定\n');
    const { code, json, stderr } = await runJson([p.file, '--no-similar'], { cwd: p.dir });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const todo = json.files[0]!.reports[0]!.messages.find((m) => m.code === 'placeholder-todo') as unknown as { severity: string; waived: { reason: string } };
    expect(todo).toMatchObject({ severity: 'error', waived: { reason: '数据待统计局核定' } });
    const stylish = await runCli([p.file, '--no-similar'], { cwd: p.dir });
    expect(stylish.stdout).toMatch(/waived {3}草稿标记“【待补充】”尚未处理。（已豁免：数据待统计局核定）/);
    for (const format of ['sarif', 'junit', 'github', 'markdown', 'html']) {
      expect((await runCli([p.file, '--no-similar', '-f', format], { cwd: p.dir })).stdout).toContain('数据待统计局核定');
    }
  });

  it('a waiver for other files does not apply', async () => {
    const p = project('waive:\n  - files: "乡镇/*.txt"\n    rule: placeholders\n    reason: 匿名\n');
    const run = await runCli([p.file], { cwd: p.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\.reportlintrc\.yaml:2：对 placeholders 的豁免没有匹配到任何问题/);
  });

  it('a waiver that matched nothing is reported, as ESLint reports unused disable directives; the exit code is the run\'s', async () => {
    const p = project('lang: en\nwaive:\n  - rule: placeholder-todo\n    reason: draft\n  - rule: tables\n    reason: nothing to waive\n');
    const run = await runCli([p.file], { cwd: p.dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`reportlint: ${join(p.dir, '.reportlintrc.yaml')}:5: waiver of tables matched no finding; remove it if it is no longer needed.\n`);
  });

  it('an expired waiver no longer applies, and says so', async () => {
    const p = project('waive:\n  - rule: placeholder-todo\n    reason: 草稿\n    until: 2001-01-31\n');
    const run = await runCli([p.file], { cwd: p.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('对 placeholder-todo 的豁免已于 2001-01-31 到期，相关问题重新计入。');
    const later = project('waive:\n  - rule: placeholder-todo\n    reason: 草稿\n    until: 2999-12-31\n');
    expect((await runCli([later.file], { cwd: later.dir })).code).toBe(0);
  });

  it('waived sections: a required section waived is no longer a reason to fail; the score still is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-waive-'));
    copyFileSync(join(samples, '草稿-缺少部分内容.txt'), join(dir, 'draft.txt'));
    writeFileSync(join(dir, '.reportlintrc.yaml'), 'waive:\n  - section: onRequest\n    reason: 本单位不受理依申请公开\n  - section: plans\n    reason: 另行报送\n');
    const { code, json } = await runJson([join(dir, 'draft.txt'), '--no-similar'], { cwd: dir });
    expect(code).toBe(1);
    expect((json.files[0]!.reports[0] as unknown as { failedBecause: { code: string }[] }).failedBecause.map((r) => r.code)).toEqual(['belowPassMark']);
  });

  it('waived warnings do not count towards --max-warnings', async () => {
    const p = project('waive:\n  - rule: placeholders\n    reason: 匿名稿\n');
    expect((await runCli([p.file, '--max-warnings', '0'], { cwd: p.dir })).code).toBe(0);
  });

  it('a waiver without a rule or section, or with a bad date, is a config error', async () => {
    const p = project('waive:\n  - reason: 无\n');
    expect((await runCli([p.file], { cwd: p.dir })).code).toBe(2);
    const q = project('waive:\n  - rule: tables\n    reason: x\n    until: 明年\n');
    expect((await runCli([q.file], { cwd: q.dir })).code).toBe(2);
  });
});
