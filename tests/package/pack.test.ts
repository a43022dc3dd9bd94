/**
 * The package as a user gets it: `npm pack`, installed into an empty project, run with
 * `npx reportlint` and imported as `reportlint` (the exports map and the .d.ts types).
 * Packs with --ignore-scripts: `prepare` would rebuild dist/ under the other slow tests, which run
 * it at the same time; dist/ is fresh from `pretest:slow`, and the test checks `prepare` is there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });

describe.skipIf(!existsSync(join(ROOT, 'dist/index.js')))('the packed package', { timeout: 300_000 }, () => {
  let dir: string;
  let project: string;
  let tarball: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'reportlint-pack-'));
    tarball = join(dir, npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], ROOT).trim().split('\n').pop()!);
    project = join(dir, 'project');
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
    copyFileSync(join(ROOT, 'samples/草稿-缺少部分内容.txt'), join(project, '草稿.txt'));
    copyFileSync(join(ROOT, 'samples/完整的政务公开工作总结.txt'), join(project, '总结.txt'));
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds dist/ on prepare and ships dist/, its types, the rule sets and the licence', () => {
    expect(pkg.scripts.prepare).toMatch(/build/);
    const installed = join(project, 'node_modules/reportlint');
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'dist/page/page.js', 'rules/zwgk-summary.yaml', 'LICENSE', 'bin/reportlint.js']) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
  });

  it('npx reportlint checks a report: exit 1 for a failing draft, 0 for a full one, with findings on stdout', () => {
    const failing = spawnSync('npx', ['--no-install', 'reportlint', '草稿.txt', '--lang', 'en'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(failing.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('草稿.txt');
    expect(failing.stdout).toMatch(/fail/i);
    const passing = spawnSync('npx', ['--no-install', 'reportlint', '总结.txt', '-f', 'json'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(passing.status).toBe(0);
    expect((JSON.parse(passing.stdout) as { files: { path: string }[] }).files[0]!.path).toBe('总结.txt');
    const version = spawnSync('npx', ['--no-install', 'reportlint', '--version'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('npx reportlint page writes the offline page from the installed package (no bundler needed)', () => {
    const run = spawnSync('npx', ['--no-install', 'reportlint', 'page', '-o', '检查工具.html'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const html = readFileSync(join(project, '检查工具.html'), 'utf8');
    expect(html).toContain('id="reportlint-data"');
    expect(html).toContain('zwgk-summary');
  });

  it("import { check, loadRuleSets, format } from 'reportlint' works and type-checks", () => {
    writeFileSync(join(project, 'use.ts'), [
      "import { check, exitCode, format, loadRuleSets, type FileResult } from 'reportlint';",
      'const results: FileResult[] = await check(["草稿.txt", { path: "inline.txt", text: "某县2024年政务公开工作总结\\n" }], { ruleSets: loadRuleSets() });',
      'process.stdout.write(await format(results, "json"));',
      'process.exitCode = exitCode(results) === 1 ? 0 : 9;',
      '',
    ].join('\n'));
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] },
      files: ['use.ts'],
    }));
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    // The same code as plain JavaScript, run by node from the installed package.
    const js = readFileSync(join(project, 'use.ts'), 'utf8').replace(', type FileResult', '').replace(': FileResult[]', '');
    writeFileSync(join(project, 'use.mjs'), js);
    const run = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path)).toEqual(['inline.txt', '草稿.txt']);
  });

  it('without dist/ (a clone not built yet) the bin says what to do, exit 2, no stack trace', () => {
    const bare = join(dir, 'bare');
    execFileSync('mkdir', ['-p', join(bare, 'bin')]);
    copyFileSync(join(ROOT, 'bin/reportlint.js'), join(bare, 'bin/reportlint.js'));
    writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'reportlint', type: 'module' }));
    const run = spawnSync(process.execPath, [join(bare, 'bin/reportlint.js'), 'x.txt'], { cwd: bare, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^reportlint: dist\/ is missing or incomplete: run `npm run build`/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
