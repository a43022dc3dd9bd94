/**
 * Big results stream (issue 18, "What broke" 6): a file's JSON is written a report at a time, so one
 * file with 200,000 reports (more JSON than one string holds) is written whole. The pieces join to
 * exactly the text of the one-string form; the 200,000-report run itself is slow (REPORTLINT_SLOW_TESTS=1).
 */
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stream as json } from '../../src/format/json.js';
import { collected, writeCollected } from '../../src/format/stream.js';
import type { FileResult, FormatContext } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { compilation, tempDir } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);

const ctx: FormatContext = { cwd: '/', lang: 'zh', color: false, version: '0.0.0', quiet: false, ruleSets: [] };
const report = (i: number) => ({
  title: `第${i}号单位\n"引号"`, startLine: i * 3 + 1, endLine: i * 3 + 2, ruleSet: 'x', routing: { ruleSet: 'x', by: 'title' as const, evidence: 'e' },
  score: 50, passed: false, passMark: 60, sections: [], messages: [{ ruleId: 'r', code: 'sectionMissing', args: { name: '甲' }, severity: 'error' as const, line: 1, column: 1 }],
});
const file = (n: number, pages = false): FileResult => ({
  path: `f${n}.txt`, encoding: 'utf-8', lineUnit: 'line', errors: [{ code: 'decodeLossy', args: { count: 1, encoding: 'gbk' }, severity: 'warning', line: 2 }],
  reports: Array.from({ length: n }, (_, i) => report(i)), ...(pages ? { pageStarts: [1, 100] } : {}),
});

describe('a file written in pieces', () => {
  it.each([[0], [1], [3], [1_500]])('%i reports: the pieces join to exactly file()', (n) => {
    for (const pages of [false, true]) {
      const writer = json.open(ctx);
      const f = file(n, pages);
      expect([...writer.pieces!(f)].join('')).toBe(writer.file(f));
    }
  });

  it('writeCollected gives what collected() gives, for a batch with a file over the piece limit', () => {
    const results = [file(0), file(1_500), file(2)];
    let out = '';
    writeCollected(json, results, ctx, (t) => (out += t));
    expect(out).toBe(collected(json)(results, ctx));
    expect(JSON.parse(out).files[1].reports).toHaveLength(1_500);
  });

  it('the CLI writes a compilation of 1,500 reports in pieces, to stdout and -o, as valid JSON', async () => {
    const path = join(dir, '汇编.txt');
    const { text, reports } = compilation(1_500 * 1_200);
    writeFileSync(path, text);
    const out = join(dir, 'out.json');
    const run = await runCli([path, '--format', 'json', '-o', out]);
    expect(run.code).toBeLessThan(2);
    const parsed = JSON.parse(readFileSync(out, 'utf8'));
    expect(parsed.files[0].reports).toHaveLength(reports);
    expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });
});

describe.skipIf(!process.env.REPORTLINT_SLOW_TESTS)('slow: one file with 200,000 reports', () => {
  it('is written whole as JSON (no "Invalid string length")', async () => {
    const path = join(dir, '大汇编.txt');
    const lines = ['2024年度政务公开工作总结汇编', ''];
    for (let i = 0; i < 200_000; i++) lines.push(`第${i}号单位2024年政务公开工作总结`, '一、主动公开', '全年公开信息12条。', '', '');
    writeFileSync(path, lines.join('\n'));
    const out = join(dir, 'big.json');
    const run = await runCli([path, '--format', 'json', '--no-similar', '--concurrency', 'off', '-o', out]);
    expect(run.stderr).not.toMatch(/internal error|Invalid string length/);
    // More JSON than one string holds (about 1.1 GB): its size and its ends are checked, it is not parsed.
    const size = statSync(out).size;
    expect(size).toBeGreaterThan(512 * 1024 * 1024);
    const tail = Buffer.alloc(16);
    const fd = openSync(out, 'r');
    readSync(fd, tail, 0, 16, size - 16);
    closeSync(fd);
    expect(tail.toString('utf8').endsWith('  ]\n}\n')).toBe(true);
  }, 600_000);
});
