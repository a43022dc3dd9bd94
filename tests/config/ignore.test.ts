import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitignoreTest, ignoreFilter } from '../../src/config/ignore.js';
import { runCli, runJson } from '../helpers/cli.js';

describe('ignore patterns (gitignore syntax, picomatch)', () => {
  const cases: [string[], string, boolean][] = [
    [['*.txt'], 'a.txt', true],
    [['*.txt'], 'dir/sub/a.txt', true], // no slash: a name at any depth
    [['/*.txt'], 'dir/a.txt', false], // a leading slash anchors to the base
    [['/*.txt'], 'a.txt', true],
    [['草稿/**'], '草稿/一稿.txt', true],
    [['草稿/**'], '定稿/一稿.txt', false],
    [['草稿'], '深/草稿/一稿.txt', true], // a folder covers what is inside it
    [['草稿/'], '草稿/一稿.txt', true],
    [['草稿/'], '草稿', false], // trailing slash: folders only
    [['*.{doc,wps}'], 'a.wps', true],
    [['*.{doc,wps}'], 'a.docx', false],
    [['*[旧老]版.txt'], '汇编/总结-旧版.txt', true], // the pattern, which matched nothing in config before
    [['*[旧老]版.txt'], '总结-新版.txt', false],
    [['报告?.txt'], '报告1.txt', true],
    [['报告?.txt'], '报告12.txt', false],
    [['a.b(1).txt'], 'a.b(1).txt', true],
    [['a.b(1).txt'], 'axb(1).txt', false],
    [['*.txt', '!keep.txt'], 'x/keep.txt', false], // ! re-includes; the last match wins
    [['*.txt', '!keep.txt', 'x/**'], 'x/keep.txt', true],
    [['# *.txt', ''], 'a.txt', false], // comments and blank lines
    [['.hidden/**'], '.hidden/a.txt', true],
  ];
  for (const [patterns, path, expected] of cases) {
    it(`${patterns.join(' ')} ${expected ? 'ignores' : 'keeps'} ${path}`, () => {
      expect(gitignoreTest(patterns)(path)).toBe(expected);
    });
  }

  it('matches paths relative to each source\'s base; files outside a base are not its to ignore', () => {
    const skip = ignoreFilter([{ patterns: ['reports/旧/**', '*-旧版.txt'], base: '/proj' }, { patterns: ['tmp'], base: '/proj/sub' }], '/proj/sub')!;
    expect(skip('/proj/reports/旧/a.txt')).toBe(true);
    expect(skip('../reports/旧/a.txt')).toBe(true); // relative to the cwd /proj/sub
    expect(skip('/proj/x/y/总结-旧版.txt')).toBe(true);
    expect(skip('/proj/reports/新/a.txt')).toBe(false);
    expect(skip('tmp/a.txt')).toBe(true);
    expect(skip('/proj/tmp/a.txt')).toBe(false);
  });

  it('is null when there is nothing to ignore', () => {
    expect(ignoreFilter([{ patterns: [], base: '/proj' }], '/proj')).toBeNull();
  });
});

describe('the three sources on the command line', () => {
  let dir: string;
  const REPORT = '演示县统计局2024年工作总结\n\n一、主要工作\n全年完成调查12项。\n';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'reportlint-ignore-'));
    mkdirSync(join(dir, 'reports', '草稿'), { recursive: true });
    for (const f of ['reports/总结.txt', 'reports/总结-旧版.txt', 'reports/草稿/一稿.txt', 'reports/附件.md']) writeFileSync(join(dir, f), REPORT);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const paths = async (args: string[]) => (await runJson([...args, '--no-similar'], { cwd: dir })).json.files.map((f) => f.path).sort();

  it('config ignore, .reportlintignore and --ignore-pattern read the same syntax; a file named outright is still checked', async () => {
    expect(await paths(['reports', '--no-config'])).toHaveLength(4);
    writeFileSync(join(dir, '.reportlintrc.yaml'), "ignore: ['*[旧老]版.txt']\n");
    expect(await paths(['reports'])).toEqual(['reports/总结.txt', 'reports/草稿/一稿.txt', 'reports/附件.md']);
    writeFileSync(join(dir, '.reportlintignore'), '# drafts\n草稿/\n');
    expect(await paths(['reports'])).toEqual(['reports/总结.txt', 'reports/附件.md']);
    expect(await paths(['reports', '--ignore-pattern', '*.md'])).toEqual(['reports/总结.txt']);
    expect(await paths(['reports/**/*', '--ignore-pattern', '*.md'])).toEqual(['reports/总结.txt']);
    expect(await paths(['reports/附件.md', '--ignore-pattern', '*.md'])).toEqual(['reports/附件.md']);
  });

  it('--print-config shows the merged settings for a file, and whether a walk would skip it', async () => {
    writeFileSync(join(dir, '.reportlintrc.yaml'), "ignore: ['*[旧老]版.txt']\nminScore: 70\nlang: en\n");
    const run = await runCli(['--print-config', 'reports/总结-旧版.txt', '--format', 'json', '--ignore-pattern', '*.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(printed).toMatchObject({ file: join(dir, 'reports/总结-旧版.txt'), configFile: join(dir, '.reportlintrc.yaml'), ignored: true, lang: 'en', format: 'json', minScore: 70 });
    expect(printed.ignore).toEqual({ config: ['*[旧老]版.txt'], reportlintignore: ['草稿/'], ignorePattern: ['*.md'] });
    expect((printed.ruleSets as { id: string }[]).map((r) => r.id)).toContain('zwgk-summary');
    const kept = JSON.parse((await runCli(['--print-config', 'reports/总结.txt'], { cwd: dir })).stdout) as { ignored: boolean };
    expect(kept.ignored).toBe(false);
  });
});
