/** The public API (src/index.ts): check texts, bytes and files; load rule sets; format results. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, exitCode, format, formats, loadRuleSets, UsageError } from '../src/index.js';
import { runCli } from './helpers/cli.js';

const SAMPLES = join(import.meta.dirname, '../samples');
const DRAFT = '草稿-缺少部分内容.txt';
const FULL = '完整的政务公开工作总结.txt';

describe('public API', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'reportlint-api-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('checks a text, bytes and a file alike, in path order, with the built-in rule sets', async () => {
    const text = readFileSync(join(SAMPLES, DRAFT), 'utf8');
    const results = await check([{ path: 'b.txt', text }, { path: 'a.txt', text: new TextEncoder().encode(text) }, DRAFT], { cwd: SAMPLES, similar: false });
    expect(results.map((r) => r.path)).toEqual(['a.txt', 'b.txt', DRAFT]);
    const [a, b, file] = results.map(({ path: _p, ...rest }) => rest);
    expect(a).toEqual(b);
    expect(a).toEqual(file);
    expect(results[0]!.reports[0]!.ruleSet).toBe('zwgk-summary');
    expect(exitCode(results)).toBe(1);
  });

  it('gives the same JSON as the command line', async () => {
    const cli = await runCli([DRAFT, FULL, '-f', 'json'], { cwd: SAMPLES });
    const api = await format(await check([DRAFT, FULL], { cwd: SAMPLES }), 'json', { cwd: SAMPLES });
    expect(api).toBe(cli.stdout);
    expect(exitCode(await check([FULL], { cwd: SAMPLES }))).toBe(0);
  });

  it('an unreadable file is a result with an error (exit 2), never a throw', async () => {
    const results = await check(['no-such.txt'], { cwd: dir });
    expect(results[0]!.errors[0]!.code).toBe('unreadable');
    expect(exitCode(results)).toBe(2);
  });

  it('loadRuleSets adds a user rule set to the built-in ones and ruleSet forces it', async () => {
    const builtIn = loadRuleSets();
    expect(builtIn.map((r) => r.id)).toContain('zwgk-summary');
    // A user's rule set (the formatter tests' fixture), named relative to cwd, as a folder and as a file.
    mkdirSync(join(dir, 'rules'), { recursive: true });
    writeFileSync(join(dir, 'rules', 'mine.yaml'), readFileSync(join(import.meta.dirname, 'fixtures/format/rules/demo.yaml')));
    const ruleSets = loadRuleSets(['rules'], { cwd: dir });
    expect(ruleSets.map((r) => r.id)).toEqual([...builtIn.map((r) => r.id), 'demo-summary']);
    expect(loadRuleSets(['rules/mine.yaml'], { cwd: dir, builtIn: false }).map((r) => r.id)).toEqual(['demo-summary']);
    const [result] = await check([{ path: 'x.txt', text: '某单位2024年工作总结\n\n一、主要工作\n全年完成调查12项。\n' }], { ruleSets, ruleSet: 'demo-summary' });
    expect(result!.reports[0]!.ruleSet).toBe('demo-summary');
    await expect(check(['x.txt'], { ruleSet: 'nope' })).rejects.toBeInstanceOf(UsageError);
  });

  it('formats in every format, English on request', async () => {
    const results = await check([DRAFT], { cwd: SAMPLES, similar: false });
    for (const name of formats) expect((await format(results, name, { cwd: SAMPLES })).length).toBeGreaterThan(0);
    expect(await format(results, 'stylish', { lang: 'en' })).toMatch(/[a-z]{4}/);
    await expect(format(results, 'nope')).rejects.toBeInstanceOf(UsageError);
  });
});
