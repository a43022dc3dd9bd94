/** One generic runner over tests/fixtures/split: each <case>.txt beside <case>.expected.yaml. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitReports } from '../../src/split/index.js';

const dir = join(import.meta.dirname, '../fixtures/split');
const cases = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('split fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(3));
  for (const file of cases) {
    it(file, () => {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      const expected = parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.yaml')), 'utf8'));
      const split = splitReports(lines);
      expect(split.reports.map(({ title, startLine, endLine }) => ({ title, startLine, endLine }))).toEqual(expected.reports);
      expect(split.frontMatter).toEqual(expected.frontMatter);
      expect(split.notices.map((n) => n.code).sort()).toEqual([...expected.notices].sort());
    });
  }
});
