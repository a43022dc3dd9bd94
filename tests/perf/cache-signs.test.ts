/**
 * --cache keeps each report's 内容雷同 signatures beside its result (cache-signs.ts): they come back as
 * they went in, only to a run whose signer they fit, and a damaged signature makes the entry a miss.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/cache.js';
import { signWant, type SignWant } from '../../src/cache-signs.js';
import type { FileResult, ReportSign } from '../../src/types.js';
import { readCacheData, writeCacheData } from '../helpers/cache.js';

let dir = '';
let file = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reportlint-cache-signs-'));
  file = join(dir, 'a.txt');
  writeFileSync(file, '某县2024年政务公开工作总结\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const plain: SignWant = { scheme: 's1', sections: false };
const withSections: SignWant = { scheme: 's1', sections: true };
const report = { title: 't', startLine: 1, endLine: 9, ruleSet: null, routing: { ruleSet: null, by: 'default', evidence: '' }, score: null, passed: null, passMark: null, sections: [], messages: [] };
const sign: ReportSign = {
  key: '12:ab:cd',
  shingles: Uint32Array.of(1, 5, 0xffffffff),
  rest: Uint32Array.of(9, 3),
  sections: { plans: { range: [4, 9], shingles: Uint32Array.of(2, 7) } },
};
const result = (): FileResult => ({ path: file, encoding: 'utf-8', lineUnit: 'line', reports: [report] as FileResult['reports'], errors: [], signs: [sign] });
const cachePath = () => join(dir, 'c');

function stored(want: SignWant): void {
  const cache = ResultCache.open(cachePath(), 'k', dir);
  cache.lookup(file, want);
  cache.store(result(), want);
  expect(cache.save()).toBeNull();
}
const lookup = (want?: SignWant) => ResultCache.open(cachePath(), 'k', dir).lookup(file, want);

describe('--cache signatures', () => {
  it('come back with their sections to a run with a baseline (rest sorted), without them to one without', () => {
    stored(withSections);
    const back = lookup(withSections)!;
    expect(back.signs).toHaveLength(1);
    const s = back.signs![0]!;
    expect(s.key).toBe('12:ab:cd');
    expect([...s.shingles]).toEqual([1, 5, 0xffffffff]);
    expect([...s.rest]).toEqual([3, 9]);
    expect(s.sections?.plans?.range).toEqual([4, 9]);
    expect([...s.sections!.plans!.shingles]).toEqual([2, 7]);
    expect(lookup(plain)!.signs![0]!.sections).toBeUndefined();
  });

  it('are not given to a run that does not compare reports, nor kept in its result', () => {
    stored(plain);
    const back = lookup();
    expect(back).not.toBeNull();
    expect(back!.signs).toBeUndefined();
  });

  it('made without sections, or by another signer: a hit without them (the file is read again for the pass)', () => {
    stored(plain);
    expect(lookup(withSections)!.signs).toBeUndefined();
    expect(lookup({ scheme: 's2', sections: false })!.signs).toBeUndefined();
    expect(lookup(plain)!.signs).toHaveLength(1);
  });

  const damage: [string, (signs: { scheme: unknown; sections: unknown; signs: unknown[][] }) => void][] = [
    ['not an object', (s) => Object.assign(s, { scheme: 7 })],
    ['fewer signatures than reports', (s) => s.signs.pop()],
    ['base64 of no whole words', (s) => (s.signs[0]![1] = 'AAA')],
    ['unsorted hashes', (s) => (s.signs[0]![1] = Buffer.from(Uint32Array.of(5, 1).buffer).toString('base64'))],
    ['a repeated hash in rest', (s) => (s.signs[0]![2] = Buffer.from(Uint32Array.of(3, 3).buffer).toString('base64'))],
    ['a key that is no string', (s) => (s.signs[0]![0] = null as unknown as unknown[])],
    ['a section outside its report', (s) => ((s.signs[0]![3] as Record<string, unknown[]>).plans![1] = 99)],
    ['a section range that is no number', (s) => ((s.signs[0]![3] as Record<string, unknown[]>).plans![0] = 'x')],
    ['sections that are no object', (s) => (s.signs[0]![3] = [1])],
  ];
  for (const [what, spoil] of damage) {
    it(`damaged (${what}): a miss, not a crash`, () => {
      stored(withSections);
      const data = readCacheData(cachePath());
      spoil(data.files[file]!.signs);
      writeCacheData(cachePath(), data);
      expect(lookup(withSections)).toBeNull();
    });
  }

  it('damaged JSON in the segment: a miss for a run that wants it, a plain hit for one that does not', () => {
    stored(plain);
    const text = readFileSync(cachePath(), 'utf8');
    writeFileSync(cachePath(), text.replace(/\t\{"scheme"[^\n]*/, '\t{"scheme":'));
    expect(lookup(plain)).toBeNull();
    expect(lookup()).not.toBeNull();
  });

  it("the signer's fingerprint is the same from run to run, with or without sections", async () => {
    const [a, b] = [await signWant(true), await signWant(false)];
    expect(a).toEqual({ scheme: b.scheme, sections: true });
    expect(b.sections).toBe(false);
    expect(a.scheme).toMatch(/^\d+:[0-9a-z]+:[0-9a-z]+\/[0-9a-f]{40}$/);
  });
});
