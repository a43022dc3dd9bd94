/** The engine on a generated batch big enough for the LSH path (more than 400 signed units). */
import { describe, expect, it } from 'vitest';
import { findSimilar } from '../../src/similar/engine.js';
import type { SimilarFile } from '../../src/similar/model.js';
import { similarOptions } from '../../src/similar/options.js';

/** A small deterministic generator (LCG) of made-up report sentences. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const HAN = '政务公开工作全年信息主动申请依法答复平台网站新媒体监督考核培训制度问题计划落实推进加强规范群众服务办理专栏目录乡镇街道社区农业水利教育卫生交通民政财政审计统计市场安全应急';
  const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => HAN[Math.floor(next() * HAN.length)]).join('');
  const sentence = () => `${Array.from({ length: 5 + Math.floor(next() * 5) }, word).join('')}，完成${Math.floor(next() * 900)}项。`;
  return { next, sentence };
}

function batch(n: number) {
  const g = generator(42);
  const files: SimilarFile[] = [];
  for (let i = 0; i < n; i++) {
    const lines = [`第${i}单位2023年工作总结`, ...Array.from({ length: 12 }, () => `${g.sentence()}${g.sentence()}`)];
    files.push({ path: `r${i}.txt`, lines, baseline: false, reports: [{ title: lines[0]!, startLine: 1, endLine: lines.length, sections: {} }] });
  }
  // Planted copies: another unit's name and other figures; one with a paragraph rewritten.
  const copy = (from: number, to: number, rewrite: boolean) => {
    const lines = files[from]!.lines.map((l, k) => (k === 0 ? `第${to}单位2023年工作总结` : l.replace(/\d+/g, (d) => String(Number(d) + 7))));
    if (rewrite) lines[5] = `${g.sentence()}${g.sentence()}`;
    files[to] = { ...files[to]!, lines, reports: [{ ...files[to]!.reports[0]!, endLine: lines.length }] };
  };
  copy(3, 250, false);
  copy(100, 401, true);
  copy(17, 449, true);
  return files;
}

describe('findSimilar with LSH', () => {
  it('finds exactly the planted copies among 450 reports', async () => {
    const files = batch(450);
    const found = await findSimilar({ count: files.length, hasBaseline: false, load: async (i) => files[i]! }, similarOptions());
    const pairs = found.map((p) => `${p.a.path}~${p.b.path}`).sort();
    expect(pairs).toEqual(['r100.txt~r401.txt', 'r17.txt~r449.txt', 'r3.txt~r250.txt']);
    for (const p of found) expect(p.similarity).toBeGreaterThan(0.8);
  });
});

describe('findSimilar on a templated compilation', () => {
  it('reads few pairs again when a thousand reports are built from the same stock phrases', async () => {
    // @ts-expect-error plain JavaScript script without types
    const { compilationLines } = (await import('../../scripts/bench-corpus.mjs')) as { compilationLines: (seed: number, n: number) => string[] };
    const { splitReports } = await import('../../src/split/index.js');
    const lines = compilationLines(11, 1500);
    const spans = splitReports(lines).reports;
    expect(spans.length).toBeGreaterThan(1400);
    const file: SimilarFile = { path: 'big.txt', lines, baseline: false, reports: spans.map((s) => ({ ...s, sections: {} })) };
    const stats = { docs: 0, candidates: 0 };
    await findSimilar({ count: 1, hasBaseline: false, load: async () => file }, similarOptions(), stats);
    expect(stats.docs).toBe(spans.length);
    // With stock phrases in the candidate sets these reports gave 120 candidates (none a copy) and took 5x as long.
    expect(stats.candidates).toBeLessThan(20);
  });
});
