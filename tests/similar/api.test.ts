/** The similarity pass as a library: configured boilerplate, severity, and the LSH stage on its own. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCode } from '../../src/cli.js';
import { loadFile } from '../../src/load/index.js';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../../src/ruleset/load.js';
import { checkSource } from '../../src/run.js';
import { candidatePairs } from '../../src/similar/lsh.js';
import { signature } from '../../src/similar/minhash.js';
import { similarOptions } from '../../src/similar/options.js';
import { withSimilar } from '../../src/engine/similar.js';
import type { FileResult } from '../../src/types.js';

const dir = join(import.meta.dirname, '../fixtures/similar');
const ruleSets = loadRuleSets(BUILTIN_RULES_DIR);

async function check(paths: string[], options = similarOptions()): Promise<readonly FileResult[]> {
  const results: FileResult[] = [];
  for (const p of paths) {
    const loaded = await loadFile(p);
    if (!loaded.ok) throw new Error(p);
    results.push(checkSource(loaded.source, { ruleSets }));
  }
  return withSimilar(results, { ruleSets, load: {}, readStdin: async () => new Uint8Array() }, { enabled: true, baseline: [], options, cwd: process.cwd() });
}

const pair = [join(dir, 'boilerplate', 'jiaoyu.txt'), join(dir, 'boilerplate', 'minzheng.txt')];
const OPENING = '我单位坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，认真落实《中华人民共和国政府信息公开条例》和省、市关于政务公开工作的部署要求，以人民为中心，以公开为常态、不公开为例外，持续深化政务公开，不断提升政府工作透明度，现将全年工作情况报告如下。';
const CLOSING = '下一步，我单位将继续深入学习贯彻党的二十大精神，进一步提高政治站位，强化责任担当，坚持问题导向，扎实推进政务公开标准化规范化建设，为全面建设社会主义现代化国家贡献力量。';

describe('configured boilerplate and severity', () => {
  it('phrases from the config stop a pair that shares only them', async () => {
    const before = await check(pair);
    expect(before[0]!.reports[0]!.similar).toHaveLength(1);
    const after = await check(pair, similarOptions({ boilerplate: [OPENING, CLOSING] }));
    expect(after[0]!.reports[0]!.similar).toEqual([]);
  });

  it('severity error fails the run (exit 1); the default warning does not', async () => {
    const copy = [join(dir, 'copy', 'dongfeng.txt'), join(dir, 'copy', 'xishan.txt')];
    const warned = await check(copy);
    expect(warned[0]!.reports[0]!.passed).toBe(true);
    expect(exitCode(warned)).toBe(0);
    const failed = await check(copy, similarOptions({ severity: 'error' }));
    expect(failed[0]!.reports[0]!.similar![0]!.severity).toBe('error');
    expect(exitCode(failed)).toBe(1);
  });
});

describe('LSH candidates', () => {
  // Deterministic pseudo-random shingle sets.
  const set = (seed: number, n: number) => Array.from({ length: n }, (_, i) => (Math.imul(i + seed * 7919, 2654435761) ^ seed) >>> 0);

  it('puts a near-copy in a shared bucket and leaves unrelated reports apart', () => {
    const a = set(1, 800);
    const copy = [...a.slice(0, 640), ...set(2, 160)]; // 80% shared
    const others = Array.from({ length: 50 }, (_, k) => set(100 + k, 800));
    const sigs = [a, copy, ...others].map((s) => signature(s));
    const pairs = new Set<string>();
    candidatePairs(sigs, (i, j) => pairs.add(`${i},${j}`));
    expect(pairs.has('0,1')).toBe(true);
    expect([...pairs].filter((p) => p !== '0,1')).toEqual([]);
  });
});

describe('LSH with a text hundreds of reports share', () => {
  it('pairs each member of an oversized bucket with a neighbour instead of with all the others', () => {
    const shared = Array.from({ length: 600 }, (_, i) => i * 7 + 1);
    const sigs = Array.from({ length: 450 }, () => signature(shared));
    const pairs = new Set<string>();
    candidatePairs(sigs, (i, j) => pairs.add(`${i},${j}`));
    expect(pairs.size).toBe(449);
    for (let i = 1; i < 450; i++) expect(pairs.has(`${i - 1},${i}`)).toBe(true);
  });
});
