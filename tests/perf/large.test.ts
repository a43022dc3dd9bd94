/**
 * Guards against quadratic behaviour in the splitter and the outline parser by counting work, not
 * timing it: the line reads per input line stay the same when the input grows four or eight times
 * (a scan back over the lines for each heading would multiply them). A large generated compilation
 * (about 25 MB as UTF-8) is checked under the test's timeout. The wall-clock ratios, which a busy
 * machine blurs, are in `npm run bench:scaling` (scripts/bench-scaling.mjs).
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

/** `l` behind a proxy that counts every element and property read the code under test makes. */
function counted(l: string[]): { lines: string[]; reads: () => number } {
  let reads = 0;
  const lines = new Proxy(l, {
    get(target, key, receiver) {
      reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { lines, reads: () => reads };
}

/** Line reads per input line when `cost` runs over `l`. */
function readsPerLine(cost: (l: string[]) => void, l: string[]): number {
  const c = counted(l);
  cost(c.lines);
  return c.reads() / l.length;
}

/** Reads per line of the larger input over those of the smaller: 1 for linear work, the size ratio for a scan per line. */
function growth(cost: (l: string[]) => void, small: string[], large: string[]): number {
  return readsPerLine(cost, large) / readsPerLine(cost, small);
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

  // Measured 3.2 reads a line at both sizes; a scan back per heading would grow with the input.
  it('a compilation four times larger takes the same line reads per line to split and outline', () => {
    const cost = (l: string[]) => {
      for (const span of splitReports(l).reports) buildOutline(l, span);
    };
    expect(readsPerLine(cost, lines(750))).toBeLessThan(8);
    expect(growth(cost, lines(750), lines(3000))).toBeLessThan(1.2);
  });

  it('a 目录 that matches nothing in the body: splitting stays linear in the number of entries', () => {
    // Body titles written backwards: every 目录 entry is missing, every body title extra, none alike.
    const renamed = (l: string[]) => l.map((line) => (/^\S+总结$/u.test(line) ? `${[...line].reverse().join('')}总结` : line));
    const small = renamed(lines(750));
    const large = renamed(lines(3000));
    expect(splitReports(large).notices.map((n) => n.code)).toContain('tocMissingInBody');
    expect(growth((l) => splitReports(l), small, large)).toBeLessThan(1.2);
  });

  it('one giant untitled report: outline time stays linear in its headings', () => {
    const cost = (l: string[]) => buildOutline(l, { title: '', startLine: 1, endLine: l.length });
    expect(growth(cost, lines(400), lines(3200))).toBeLessThan(1.2);
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

  // About 3 s on a 2-core CI machine; quadratic code took minutes at this size, past the timeout.
  it('checks a 25 MB compilation of 4,000 reports in one pass', { timeout: 90_000 }, () => {
    const big = lines(4000);
    expect(utf8Bytes(big)).toBeGreaterThan(20e6);
    expect(checkSource(source(big), { ruleSets }).reports.length).toBeGreaterThan(3500);
  });
});
