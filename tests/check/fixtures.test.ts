/**
 * The whole pipeline on hand-written reports: tests/fixtures/check/<case>.txt beside
 * <case>.expected.yaml, which lists per report the rule set, routing, section statuses,
 * weak sections and messages ("line:column code") that must be present.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBytes } from '../../src/load/index.js';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../../src/ruleset/load.js';
import { checkSource } from '../../src/run.js';

const dir = join(import.meta.dirname, '../fixtures/check');
const ruleSets = loadRuleSets(BUILTIN_RULES_DIR);

interface Expected {
  ruleSet: string | null;
  routing?: string;
  sections?: Record<string, string>;
  weak?: string[];
  passed?: boolean;
  messages?: string[];
  /** Lines no message may be on. */
  quietLines?: number[];
}

describe('check fixtures', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const loaded = loadBytes(file, readFileSync(join(dir, file)), 'text');
      if (!loaded.ok) throw new Error('fixture did not load');
      const expected = parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.yaml')), 'utf8')).reports as Expected[];
      const result = checkSource(loaded.source, { ruleSets });
      expect(result.reports).toHaveLength(expected.length);
      result.reports.forEach((report, i) => {
        const want = expected[i]!;
        expect(report.ruleSet).toBe(want.ruleSet);
        if (want.routing) expect(report.routing.by).toBe(want.routing);
        const statuses = Object.fromEntries(report.sections.map((s) => [s.id, s.status]));
        for (const [id, status] of Object.entries(want.sections ?? {})) expect([id, statuses[id]]).toEqual([id, status]);
        if (want.weak) expect(report.sections.filter((s) => s.weak).map((s) => s.id)).toEqual(want.weak);
        if (want.passed !== undefined) expect(report.passed).toBe(want.passed);
        const got = report.messages.map((m) => `${m.line}:${m.column} ${m.code}`);
        for (const m of want.messages ?? []) expect(got).toContain(m);
        for (const n of want.quietLines ?? []) expect(got.filter((m) => m.startsWith(`${n}:`))).toEqual([]);
      });
    });
  }
});
