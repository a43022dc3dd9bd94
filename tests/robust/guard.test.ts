/**
 * User rule sets cannot hang a run (src/engine/pool/guard.ts). Patterns that pass the static check and
 * backtrack for minutes on one short report end, per file, in a `patternTimeout` error naming the
 * pattern; SIGTERM and SIGINT end such a run at once. Through the built bin/ (the guard's workers
 * are compiled code), and through the built API.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { spawnBin, type Exit } from './helpers.js';

const ROOT = join(import.meta.dirname, '../..');
const BUILT = existsSync(join(ROOT, 'dist/engine/pool/guard-worker.js'));

// The two patterns from issue 15, each with a fallback heading so the rule set is valid.
const RULES = `id: slow-user
title: 用户清单
appliesTo:
  priority: 100
  titles: ['总结']
passMark: 60
sections:
  - id: column
    name: 公开专栏
    weight: 50
    severity: error
    hint: 写明专栏。
    match:
      headings: ['专栏建设']
      keywords: ['(?:[^。]{0,30}[，、]){0,20}专栏公开']
  - id: count
    name: 篇数
    weight: 50
    severity: error
    hint: 写明篇数。
    match:
      headings: ['发布篇数']
      keywords: ['(?:\\d?){28}\\d{28}篇']
`;
const HEAD = '某县2024年政务公开工作总结\n\n一、主要工作\n';
const COMMAS = `${HEAD}全年${Array.from({ length: 40 }, (_, i) => `在网站发布${i}`).join('，')}。\n`;
const DIGITS = `${HEAD}全年发布信息${'1234567890'.repeat(4)}条。\n`;
const FINE = `${HEAD}全年在专栏公开信息120篇。\n`;

/** The bin in `cwd`, with its wall time, and `signal` sent `after` ms (sentAt: when). */
async function runBin(cwd: string, args: string[], signal?: { name: NodeJS.Signals; after: number }): Promise<Exit & { ms: number; sentAt: number }> {
  const started = Date.now();
  let sentAt = 0;
  const onStart = signal ? (child: ChildProcess) => setTimeout(() => ((sentAt = Date.now()), child.kill(signal.name)), signal.after) : undefined;
  const exit = await spawnBin(args, { cwd, ...(onStart ? { onStart } : {}) });
  return { ...exit, ms: Date.now() - started, sentAt };
}

describe.skipIf(!BUILT)('untrusted patterns cannot hang a run', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'reportlint-guard-'));
    writeFileSync(join(dir, 'slow.yaml'), RULES);
    writeFileSync(join(dir, 'commas.txt'), COMMAS);
    writeFileSync(join(dir, 'digits.txt'), DIGITS);
    writeFileSync(join(dir, 'fine.txt'), FINE);
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `many-${String(i).padStart(2, '0')}.txt`), i % 2 ? COMMAS : DIGITS);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('each pattern ends in a patternTimeout error naming it; the other files are checked as usual', async () => {
    const run = await runBin(dir, ['commas.txt', 'digits.txt', 'fine.txt', '--rules', 'slow.yaml', '-f', 'json', '--lang', 'en', '--no-similar']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    const files = (JSON.parse(run.stdout) as { files: { path: string; errors: { code: string; message: string }[]; reports: { score: number }[] }[] }).files;
    const byPath = Object.fromEntries(files.map((f) => [f.path, f]));
    expect(byPath['commas.txt']!.errors[0]!.code).toBe('patternTimeout');
    expect(byPath['commas.txt']!.errors[0]!.message).toContain('(?:[^。]{0,30}[，、]){0,20}专栏公开');
    expect(byPath['commas.txt']!.errors[0]!.message).toContain('sections.column.keywords[0]');
    expect(byPath['digits.txt']!.errors[0]!.code).toBe('patternTimeout');
    expect(byPath['digits.txt']!.errors[0]!.message).toContain('(?:\\d?){28}\\d{28}篇');
    expect(byPath['fine.txt']!.errors).toEqual([]);
    expect(byPath['fine.txt']!.reports[0]!.score).toBeGreaterThan(0);
    // About 0.6 s a file (the 0.5 s deadline; the diagnosis ran before it); generous for a busy machine.
    expect(run.ms).toBeLessThan(15_000);
  });

  it('a user rule set that is fine gives the same output guarded (bin) as unguarded (in-process, no workers)', async () => {
    const args = ['fine.txt', '--rules', join(ROOT, 'tests/fixtures/format/rules/demo.yaml'), '-f', 'json'];
    const guarded = await runBin(dir, args);
    const plain = await runCli(args, { cwd: dir });
    expect(guarded.code).toBe(plain.code);
    expect(JSON.parse(guarded.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it('standard input and the API\'s texts are guarded too', async () => {
    const api = (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)) as typeof import('../../src/index.js');
    const ruleSets = api.loadRuleSets(['slow.yaml'], { cwd: dir });
    const results = await api.check([{ path: 'inline.txt', text: DIGITS }], { ruleSets, similar: false });
    expect(results[0]!.errors[0]!.code).toBe('patternTimeout');
    const stdin = await spawnBin(['-', '--rules', 'slow.yaml', '-f', 'json'], { cwd: dir, onStart: (child) => child.stdin!.end(COMMAS) });
    expect(stdin.code).toBe(2);
    expect(stdin.stdout).toContain('patternTimeout');
  });

  it('the diagnoser, handed a file ahead of the deadline, names the slow pattern; one that finished takes the next file', async () => {
    const pool = (await import(pathToFileURL(join(ROOT, 'dist/engine/pool/guard.js')).href)) as typeof import('../../src/engine/pool/guard.js');
    const { startDiagnoser } = (await import(pathToFileURL(join(ROOT, 'dist/engine/pool/diagnose.js')).href)) as typeof import('../../src/engine/pool/diagnose.js');
    const api = (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)) as typeof import('../../src/index.js');
    const patterns = pool.userPatterns(api.loadRuleSets(['slow.yaml'], { cwd: dir }));
    expect(patterns.map((p) => p.where)).toContain('sections.count.keywords[0]');
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const fine = startDiagnoser(patterns, {});
    fine.start({ path: 'fine.txt', bytes: utf8(FINE) });
    // Ample time for the worker to start and try the patterns on a busy machine (it takes 50-100 ms).
    await new Promise((resume) => setTimeout(resume, 1500));
    // Every pattern finished alone on the fine file: the same worker can take the next one.
    expect(fine.cancel()).toBe(true);
    const slow = await fine.verdict({ path: 'digits.txt', bytes: utf8(DIGITS) });
    expect(slow?.source).toBe('(?:\\d?){28}\\d{28}篇');
    expect(slow?.where).toBe('sections.count.keywords[0]');
  });

  for (const [name, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`${name} ends a run stuck on such patterns within 2 s with exit ${code}`, async () => {
      const run = await runBin(dir, ['.', '--rules', 'slow.yaml', '--concurrency', '1'], { name, after: 700 });
      expect(run.code).toBe(code);
      expect(Date.now() - run.sentAt).toBeLessThan(2_000);
      expect(run.stderr).toContain(`interrupted (${name})`);
    });
  }
});
