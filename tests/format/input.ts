/** Shared inputs for the formatter tests: hand-written results (stable goldens) and the real pipeline on report fixtures. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRuleSets } from '../../src/ruleset/load.js';
import type { RuleSet } from '../../src/ruleset/types.js';
import type { FileResult, FormatContext, Lang } from '../../src/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/format/', import.meta.url));
export const REPORTS = `${FIXTURES}reports`;
export const DEMO_RULES = `${FIXTURES}rules/demo.yaml`;

/** Every format this task adds, with the file extension its golden uses. */
export const FORMATS = { sarif: 'sarif', junit: 'xml', github: 'txt', markdown: 'md', csv: 'csv', html: 'html' } as const;

/** Results written by hand (tests/fixtures/format/results.json): a pass, a fail, an unchecked report, a .docx, a file error. */
export function goldenResults(): FileResult[] {
  return JSON.parse(readFileSync(`${FIXTURES}results.json`, 'utf8')) as FileResult[];
}

/**
 * Results written by hand with the similarity pass's output (tests/fixtures/format/results-similar.json): a pair of reports
 * in the run, a problems section copied from a relative baseline file, a .docx repeating a baseline outside the folder,
 * and a report the pass found nothing for.
 */
export function similarResults(): FileResult[] {
  return JSON.parse(readFileSync(`${FIXTURES}results-similar.json`, 'utf8')) as FileResult[];
}

let demoRuleSets: RuleSet[] | undefined;

/** A fixed context: no clock, fixed version and folder, the demo rule set only (loaded once). */
export function goldenContext(lang: Lang = 'zh', extra: Partial<FormatContext> = {}): FormatContext {
  demoRuleSets ??= loadRuleSets(DEMO_RULES);
  return { cwd: '/srv/reports', lang, color: false, version: '9.9.9', quiet: false, ruleSets: demoRuleSets, ...extra };
}
