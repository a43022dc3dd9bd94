/** `rules validate` lists every problem of every file, not only the first. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const HEAD = ['id: mine', 'title: 我的', 'appliesTo:', '  priority: 1', "  titles: ['总结']", 'passMark: 60', 'sections:'];
const section = (id: string, weight: string, heading: string) => [
  `  - id: ${id}`, '    name: 部分', `    weight: ${weight}`, '    severity: error', '    hint: 无', '    match:', `      headings: ['${heading}']`,
];

describe('rules validate', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'reportlint-validate-'));
    // Two schema problems: a weight that is not a number, and a misspelt key.
    writeFileSync(join(dir, 'schema.yaml'), [...HEAD, ...section('a', 'heavy', '甲'), ...section('b', '10', '乙'), '    hnit: typo', ''].join('\n'));
    // Three compile problems: an invalid regex, an unsafe one, a duplicate section id.
    writeFileSync(join(dir, 'compile.yaml'), [...HEAD, ...section('a', '10', '(未闭合'), ...section('b', '10', '(问题+)+$'), ...section('a', '10', '丙'), ''].join('\n'));
    writeFileSync(join(dir, 'good.yaml'), [...HEAD, ...section('a', '10', '甲'), ''].join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every schema problem and every compile problem, of every file, with file:line:column', async () => {
    const run = await runCli(['rules', 'validate', 'schema.yaml', 'compile.yaml', 'good.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/schema\.yaml:10:13: \/sections\/0\/weight must be number/);
    expect(lines[1]).toMatch(/schema\.yaml:22:5: unknown key "hnit".*did you mean "hint"/);
    expect(lines[2]).toMatch(/compile\.yaml:14:18: invalid regex "\(未闭合"/);
    expect(lines[3]).toMatch(/compile\.yaml:21:18: unsafe regex "\(问题\+\)\+\$"/);
    expect(lines[4]).toMatch(/compile\.yaml:22:9: duplicate section id "a"/);
    expect(run.stdout).toMatch(/^有效: good\.yaml \(mine, 1 个部分\)\n$/);
  });

  it('JSON lists the problems per file', async () => {
    const run = await runCli(['rules', 'validate', 'compile.yaml', 'good.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { ok: boolean; problems?: { line: number; message: string }[] }[];
    expect(report.map((r) => r.ok)).toEqual([false, true]);
    expect(report[0]!.problems!.map((p) => p.line)).toEqual([14, 21, 22]);
  });
});
