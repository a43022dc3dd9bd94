/**
 * Guards against quadratic behaviour in the splitter and the outline parser: a large generated
 * compilation (about 25 MB as UTF-8) is checked within a generous bound, and a four times larger
 * input costs about four times as much. The text comes from the benchmark's generator, built in memory.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript script without types
import { compilationLines } from '../../scripts/bench-corpus.mjs';
import { buildOutline } from '../../src/outline/index.js';
import { loadRuleSets, BUILTIN_RULES_DIR } from '../../src/ruleset/load.js';
import { checkSource } from '../../src/run.js';
import { splitReports } from '../../src/split/index.js';
import type { Outline, SourceText } from '../../src/types.js';

const lines = (reports: number): string[] => compilationLines(11, reports);
const source = (l: string[]): SourceText => ({ path: 'big.txt', lines: l, encoding: 'utf-8', format: 'text', lineUnit: 'line' });
const utf8Bytes = (l: string[]) => Buffer.byteLength(l.join('\n'));

/** Best of three runs, in ms: a busy CI machine only ever makes a run slower. */
function time(fn: () => void): number {
  return Math.min(...[0, 1, 2].map(() => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }));
}

/**
 * Cost of `large` over cost of `small`, each the best of three runs taken in turns, so a burst of
 * load elsewhere on the machine hits both sizes alike.
 */
function costRatio(cost: (l: string[]) => void, small: string[], large: string[]): number {
  cost(small); // warm the JIT before measuring
  const best = { small: Infinity, large: Infinity };
  for (let i = 0; i < 3; i++) {
    for (const [key, l] of [['small', small], ['large', large]] as const) {
      const start = performance.now();
      cost(l);
      best[key] = Math.min(best[key], performance.now() - start);
    }
  }
  return best.large / best.small;
}

/** The definition the outline's parents must meet: the nearest earlier node of a lower level still open. */
function naiveParents(outline: Outline): number[] {
  return outline.nodes.map((d, i) => {
    for (let j = i - 1; j >= 0; j--) {
      const p = outline.nodes[j]!;
      if (p.level < d.level && p.endLine >= d.line) return j;
    }
    return -1;
  });
}

describe('large inputs', () => {
  const ruleSets = loadRuleSets(BUILTIN_RULES_DIR);

  // Sizes differ four times over: linear code costs about 4x, quadratic 16x, so a busy machine cannot blur them.
  it('a compilation four times larger costs about four times as much to split and outline', () => {
    const cost = (l: string[]) => {
      for (const span of splitReports(l).reports) buildOutline(l, span);
    };
    expect(costRatio(cost, lines(750), lines(3000))).toBeLessThan(7);
  });

  it('a 目录 that matches nothing in the body: splitting stays linear in the number of entries', () => {
    // Body titles written backwards: every 目录 entry is missing, every body title extra, none alike.
    const renamed = (l: string[]) => l.map((line) => (/^\S+总结$/u.test(line) ? `${[...line].reverse().join('')}总结` : line));
    const small = renamed(lines(750));
    const large = renamed(lines(3000));
    expect(splitReports(large).notices.map((n) => n.code)).toContain('tocMissingInBody');
    // Linear is 4; the pairwise scan this guards against measured over 20 (and 129 s at 3,000).
    expect(costRatio((l) => splitReports(l), small, large)).toBeLessThan(12);
  });

  it('one giant untitled report: outline time stays linear in its headings', () => {
    const cost = (l: string[]) => buildOutline(l, { title: '', startLine: 1, endLine: l.length });
    // Eight times the text: linear costs 8x; the old backward scan for parents cost over 20x here.
    expect(costRatio(cost, lines(400), lines(3200))).toBeLessThan(16);
  });

  it('outline parents match their definition (the fast stack gives the same answer as a scan)', () => {
    const l = lines(60);
    for (const span of splitReports(l).reports) {
      const outline = buildOutline(l, span);
      expect(outline.nodes.map((n) => n.parent)).toEqual(naiveParents(outline));
    }
    const whole = buildOutline(l, { title: '', startLine: 1, endLine: l.length });
    expect(whole.nodes.some((n) => n.parent !== -1)).toBe(true);
    expect(whole.nodes.map((n) => n.parent)).toEqual(naiveParents(whole));
  });

  it('checks a 25 MB compilation of 4,000 reports in one pass, well within the bound', () => {
    const big = lines(4000);
    expect(utf8Bytes(big)).toBeGreaterThan(20e6);
    let reports = 0;
    const ms = time(() => {
      reports = checkSource(source(big), { ruleSets }).reports.length;
    });
    expect(reports).toBeGreaterThan(3500);
    // About 3 s on a 2-core CI machine; quadratic code took minutes at this size.
    expect(ms).toBeLessThan(45_000);
  });
});
