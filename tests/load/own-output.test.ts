/**
 * reportlint's own outputs are recognised by their fixed signatures (src/load/own-output.ts), so a
 * folder that holds an earlier run's -o file does not read it as a report; real reports never are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { format } from '../../src/api.js';
import { isOwnOutput } from '../../src/load/own-output.js';
import { loadBytes } from '../../src/load/index.js';
import { goldenContext, goldenResults } from '../format/input.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);

/** Every text, Markdown and HTML file under `dir`, recursively. */
function inputs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ['.txt', '.md', '.html', '.htm'].includes(extname(e.name)))
    .map((e) => join(e.parentPath, e.name));
}

describe('an output of reportlint is recognised', () => {
  // The formats whose files have an extension reportlint reads (.md, .html, .txt); json, sarif, junit and csv are never inputs.
  for (const name of ['markdown', 'html', 'stylish', 'github']) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${name} (${lang})`, async () => {
        const text = await format(goldenResults(), name, goldenContext(lang));
        expect(isOwnOutput(bytes(text))).toBe(true);
      });
    }
  }

  it('every golden output that has an input extension (the goldens are the formats’ real text)', () => {
    const goldens = inputs(join(ROOT, 'tests/golden'));
    expect(goldens.length).toBeGreaterThanOrEqual(10);
    expect(goldens.filter((f) => !isOwnOutput(readFileSync(f)))).toEqual([]);
  });

  it('stylish written with colour codes (--color -o), and with CRLF line ends', async () => {
    const coloured = await format(goldenResults(), 'stylish', goldenContext('zh', { color: true }));
    expect(coloured).toContain('\u001b[');
    expect(isOwnOutput(bytes(coloured))).toBe(true);
    const plain = await format(goldenResults(), 'stylish', goldenContext('en'));
    expect(isOwnOutput(bytes(plain.replace(/\n/g, '\r\n')))).toBe(true);
  });

  it('the offline page (reportlint page) by its generator meta', () => {
    expect(isOwnOutput(bytes('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="reportlint 0.1.0">\n'))).toBe(true);
  });

  it('the loader skips it with a warning (skippedFile, ownOutput), not an error', async () => {
    const loaded = loadBytes('结果.md', bytes(await format(goldenResults(), 'markdown', goldenContext())), 'markdown');
    expect(loaded).toEqual({ ok: false, error: { code: 'skippedFile', args: { path: '结果.md', reason: 'ownOutput', ext: '.md' }, severity: 'warning' } });
  });
});

describe('a report is never taken for an output', () => {
  it('no text, Markdown or HTML file among the samples and the test fixtures', () => {
    const files = [...inputs(join(ROOT, 'samples')), ...inputs(join(ROOT, 'tests/fixtures'))];
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => isOwnOutput(readFileSync(f)))).toEqual([]);
  });

  it('a report that quotes a summary line mid-text, or mentions reportlint in its first line', () => {
    const summary = '✖ 5 个文件共 5 篇报告：2 篇通过，2 篇未通过，1 篇未检查';
    expect(isOwnOutput(bytes(`某县2024年工作总结\n${summary}\n三、下一步计划\n加强培训。\n`))).toBe(false);
    expect(isOwnOutput(bytes('### reportlint 使用情况总结\n一、主动公开\n'))).toBe(false);
    expect(isOwnOutput(bytes('<html><title>reportlint 使用说明</title>'))).toBe(false);
  });
});
