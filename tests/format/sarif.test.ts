import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import sarif from '../../src/format/sarif.js';
import { runCli } from '../helpers/cli.js';
import { DEMO_RULES, goldenContext, goldenResults, REPORTS } from './input.js';
import { SCHEMA_TITLE, sarifErrors } from './sarif-schema.js';

describe('sarif', () => {
  it('uses the SARIF 2.1.0 schema', () => {
    expect(SCHEMA_TITLE).toMatch(/SARIF\) Version 2\.1\.0/);
  });

  it('is valid against the SARIF 2.1.0 schema for hand-written results, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const log = JSON.parse(sarif(goldenResults(), goldenContext(lang)));
      expect(sarifErrors(log)).toEqual([]);
    }
  });

  it('is valid for the real pipeline on the report fixtures plus an unreadable path', async () => {
    const run = await runCli([REPORTS, `${REPORTS}/不存在.txt`, '--rules', DEMO_RULES, '-f', 'sarif']);
    expect(run.code).toBe(2);
    const log = JSON.parse(run.stdout) as Log;
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs[0]!.results!;
    expect(results.some((r) => r.ruleId === 'reportlint/file/unreadable')).toBe(true);
    expect(results.some((r) => r.ruleId === 'reportlint/score' && r.level === 'error')).toBe(true);
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const log = JSON.parse(sarif(goldenResults(), goldenContext())) as Log;
    delete (log.runs[0]!.results![0] as { message?: unknown }).message;
    expect(sarifErrors(log).join('\n')).toMatch(/message/);
  });

  it('describes every section of the loaded rule sets as a rule, and points each result at its rule', () => {
    const log = JSON.parse(sarif(goldenResults(), goldenContext())) as Log;
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules!;
    expect(rules.slice(0, 3).map((r) => r.id)).toEqual(['demo-summary/work', 'demo-summary/problems', 'demo-summary/plans']);
    expect(rules[0]!.shortDescription!.text).toBe('演示用工作总结：主要工作');
    expect(rules[2]!.defaultConfiguration!.level).toBe('warning');
    for (const r of run.results!) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
  });

  it('places findings on their line and column, with relative, percent-encoded URIs', () => {
    const run = (JSON.parse(sarif(goldenResults(), goldenContext())) as Log).runs[0]!;
    const mention = run.results!.find((r) => r.ruleId === 'demo-summary/problems')!;
    expect(mention.level).toBe('note');
    const loc = mention.locations![0]!.physicalLocation!;
    expect(loc.region).toEqual({ startLine: 8, startColumn: 9 });
    expect(loc.artifactLocation).toEqual({ uri: encodeURI('汇编,第1期%.txt'), uriBaseId: '%SRCROOT%' });
    expect(loc.artifactLocation!.uri).toContain('%25');
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toBe('file:///srv/reports/');
  });

  it('reports the failed report and file problems as results of their own', () => {
    const run = (JSON.parse(sarif(goldenResults(), goldenContext('en'))) as Log).runs[0]!;
    const score = run.results!.filter((r) => r.ruleId === 'reportlint/score');
    expect(score).toHaveLength(1);
    expect(score[0]!.message.text).toContain('Score 55/100 is below the pass mark 60');
    const pdf = run.results!.find((r) => r.ruleId === 'reportlint/file/unsupportedFormat')!;
    expect(pdf.level).toBe('error');
    expect(pdf.locations![0]!.physicalLocation!.region).toBeUndefined();
  });

  it('--quiet keeps errors only', () => {
    const run = (JSON.parse(sarif(goldenResults(), goldenContext('zh', { quiet: true }))) as Log).runs[0]!;
    expect(run.results!.every((r) => r.level === 'error')).toBe(true);
    expect(run.results!.length).toBeGreaterThan(0);
  });
});
