/**
 * How reportlint reads a report, on hand-written reports that show each way real ones are written:
 * tests/fixtures/match/<case>.txt beside <case>.expected.yaml, which states every section of every
 * report as `status@line` (or `missing`), so a topic found where it should not be fails as surely as
 * one missed. Comments in each .expected.yaml say which reading the case pins down.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBytes } from '../../src/load/index.js';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../../src/ruleset/load.js';
import { checkSource } from '../../src/run.js';

const dir = join(import.meta.dirname, '../fixtures/match');
const ruleSets = loadRuleSets(BUILTIN_RULES_DIR);

interface Expected {
  title?: string;
  reports: { ruleSet: string; sections: Record<string, string> }[];
}

describe('judgement fixtures', () => {
  const cases = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has a case for each kind of reading', () => expect(cases.length).toBeGreaterThanOrEqual(9));
  for (const file of cases) {
    it(file, () => {
      const loaded = loadBytes(file, readFileSync(join(dir, file)), 'text');
      if (!loaded.ok) throw new Error('fixture did not load');
      const expected = parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.yaml')), 'utf8')) as Expected;
      const result = checkSource(loaded.source, { ruleSets });
      if (expected.title !== undefined) expect(result.reports.map((r) => r.title)).toEqual([expected.title]);
      expect(result.reports.map((r) => ({
        ruleSet: r.ruleSet,
        sections: Object.fromEntries(r.sections.map((s) => [s.id, s.status === 'missing' ? 'missing' : `${s.status}@${s.line}`])),
      }))).toEqual(expected.reports);
    });
  }
});
