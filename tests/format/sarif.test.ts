import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import sarif from '../../src/format/sarif.js';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/cli.js';
import { DEMO_RULES, goldenContext, goldenResults, REPORTS, similarResults } from './input.js';
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

  it('is valid with similarity findings (related locations), in both languages and under --quiet', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const quiet of [false, true]) {
        const log = JSON.parse(sarif(similarResults(), goldenContext(lang, { quiet })));
        expect(sarifErrors(log)).toEqual([]);
      }
    }
  });

  it('is valid for the real similarity pass, with a --baseline, and points at the other file', async () => {
    const cwd = fileURLToPath(new URL('../fixtures/similar/', import.meta.url));
    const run = await runCli([`${cwd}copy`, `${cwd}baseline/beiling-2023.txt`, '--baseline', `${cwd}baseline/beiling-2022.txt`, '-f', 'sarif'], { cwd });
    expect(run.stderr).toBe('');
    const log = JSON.parse(run.stdout) as Log;
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs[0]!.results!;
    const rules = log.runs[0]!.tool.driver.rules!;
    const pair = results.filter((r) => r.ruleId === 'reportlint/similar/similarReport');
    expect(pair).toHaveLength(2);
    expect(pair.map((r) => r.relatedLocations![0]!.physicalLocation!.artifactLocation!.uri).sort()).toEqual(['copy/dongfeng.txt', 'copy/xishan.txt']);
    const plans = results.find((r) => r.ruleId === 'reportlint/similar/copiedPlans')!;
    expect(plans.relatedLocations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'baseline/beiling-2022.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 14, endLine: 17 } });
    for (const r of results) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
  });

  it('describes each kind of similarity finding as a rule and points at the other report\'s passages', () => {
    const run = (JSON.parse(sarif(similarResults(), goldenContext())) as Log).runs[0]!;
    const rules = run.tool.driver.rules!;
    for (const r of run.results!) {
      expect(r.ruleIndex).toBeGreaterThanOrEqual(0);
      expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    }
    const similarIds = rules.filter((r) => r.id.startsWith('reportlint/similar/')).map((r) => r.id);
    expect(similarIds.sort()).toEqual(['reportlint/similar/copiedProblems', 'reportlint/similar/similarReport', 'reportlint/similar/similarToBaseline']);
    expect(rules.find((r) => r.id === 'reportlint/similar/copiedProblems')!.shortDescription!.text).toBe('“存在问题”部分照搬基准报告');

    const pair = run.results!.find((r) => r.ruleId === 'reportlint/similar/similarReport')!;
    // Here: from the first passage's first line to its last; there: each passage in the other file.
    expect(pair.locations![0]!.physicalLocation!.region).toEqual({ startLine: 3, startColumn: 1, endLine: 8 });
    expect(pair.relatedLocations!.map((l) => [l.id, l.physicalLocation!.artifactLocation!.uri, l.physicalLocation!.region])).toEqual([
      [0, encodeURI('乡镇/西山镇.txt'), { startLine: 4, endLine: 9 }],
      [1, encodeURI('乡镇/西山镇.txt'), { startLine: 11, endLine: 14 }],
    ]);
    expect(pair.relatedLocations![0]!.physicalLocation!.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
    expect(pair.relatedLocations![0]!.message!.text).toMatch(/^《演示县西山镇2024年度工作总结》第 4-9 行 ↔ 本篇第 3-8 行：一、主要工作/);
    expect(pair.properties).toMatchObject({ similarity: 0.972, share: 0.959, kind: 'report', otherPath: '乡镇/西山镇.txt' });

    const copied = run.results!.find((r) => r.ruleId === 'reportlint/similar/copiedProblems')!;
    expect(copied.level).toBe('error');
    expect(copied.relatedLocations![0]!.physicalLocation!.region).toEqual({ startLine: 9, endLine: 12 });

    // A baseline outside the working folder is named by an absolute file: URI, not by climbing out of %SRCROOT%.
    const baseline = run.results!.find((r) => r.ruleId === 'reportlint/similar/similarToBaseline')!;
    expect(baseline.relatedLocations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: `file://${encodeURI('/srv/archive/2023/南湖镇2023年工作总结.docx')}` });
  });

  it('says the related passages in English under --lang en', () => {
    const run = (JSON.parse(sarif(similarResults(), goldenContext('en'))) as Log).runs[0]!;
    const pair = run.results!.find((r) => r.ruleId === 'reportlint/similar/similarReport')!;
    expect(pair.relatedLocations![1]!.message!.text).toMatch(/^"演示县西山镇2024年度工作总结" lines 11-14 ↔ here 10-13: /);
    expect(run.tool.driver.rules!.find((r) => r.id === 'reportlint/similar/similarToBaseline')!.shortDescription!.text).toMatch(/baseline/);
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
    expect(score).toHaveLength(2);
    expect(score[0]!.message.text).toContain('score 55/100 is below the pass mark 60');
    // Above the pass mark, yet failed: the reason given is the missing section, the table and the draft marker, not the score.
    expect(score[1]!.message.text).toBe('演示镇人民政府2024年工作总结: Failed: required section missing: "Problems"; 1 table figure(s) do not add up (first at line 9); 1 error-level finding(s), e.g. line 12: Draft marker "【待补充】" not resolved.');
    expect(score[1]!.properties!['failedBecause']).toHaveLength(3);
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
