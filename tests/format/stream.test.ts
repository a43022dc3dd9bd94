/**
 * Streamed formats (types.ts StreamFormat): the text written file by file is the text the
 * whole-results formatter gives, also when every file is written by a different writer, as the
 * worker threads of a streamed run do.
 */
import { describe, expect, it } from 'vitest';
import { loadFormat } from '../../src/format/index.js';
import { addTally, tallyAll } from '../../src/engine/tally.js';
import { summarize, summaryOf } from '../../src/format/summary.js';
import type { FileResult, FormatContext } from '../../src/types.js';
import { goldenContext, goldenResults, similarResults } from './input.js';

/** Head and end from one writer, each file from a writer of its own, joined as engine/stream.ts joins them. */
async function writtenApart(name: string, results: readonly FileResult[], ctx: FormatContext): Promise<string> {
  const { stream } = await loadFormat(name);
  const run = stream!.open(ctx);
  const files = results.map((file) => stream!.open(ctx).file(file));
  return run.head + files.join(run.between ?? '') + run.end(tallyAll(results));
}

describe('streamed formats', () => {
  for (const name of ['stylish', 'json']) {
    it(`${name}: a file's text depends on that file alone, so workers may write it`, async () => {
      const format = await loadFormat(name);
      expect(format.stream?.perFile).toBe(true);
      for (const results of [goldenResults(), similarResults(), []]) {
        for (const ctx of [goldenContext(), goldenContext('en', { quiet: true })]) {
          expect(await writtenApart(name, results, ctx)).toBe(format.default(results, ctx));
        }
      }
    });
  }

  it('json written file by file is what JSON.stringify gives for the whole run, empty runs too', async () => {
    const { default: json } = await loadFormat('json');
    const { toJsonObject } = await import('../../src/format/json.js');
    for (const results of [goldenResults(), []]) {
      expect(json(results, goldenContext())).toBe(`${JSON.stringify(toJsonObject(results, goldenContext()), null, 2)}\n`);
    }
  });

  it('sarif is written by the main thread only, and every result points at the rule it names', async () => {
    const { default: sarif, stream } = await loadFormat('sarif');
    expect(stream?.perFile).toBe(false);
    for (const results of [goldenResults(), similarResults(), []]) {
      const run = JSON.parse(sarif(results, goldenContext())).runs[0];
      const rules = run.tool.driver.rules as { id: string }[];
      expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
      for (const r of run.results) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
    }
  });

  it('the run summary folded from per-file tallies is the summary of the whole run', () => {
    const results = goldenResults();
    const whole = summarize(results);
    expect(summaryOf(addTally(tallyAll(results.slice(0, 2)), tallyAll(results.slice(2))))).toEqual(whole);
    expect(whole.reports).toBe(results.reduce((n, f) => n + f.reports.length, 0));
    expect(whole.passed + whole.failed + whole.notChecked).toBe(whole.reports);
    expect(whole.failed).toBeGreaterThan(0);
  });
});

describe('run tallies', () => {
  it('count a missing section whatever it is named, even like an Object method', () => {
    const [first] = goldenResults();
    const report = first!.reports.find((r) => r.score !== null)!;
    const named = (name: string) => ({ ...first!, reports: [{ ...report, sections: [{ ...report.sections[0]!, name, status: 'missing' as const }] }] });
    const summary = summarize([named('constructor'), named('constructor'), named('toString')]);
    expect(summary.mostMissing).toEqual([
      { name: 'constructor', count: 2 },
      { name: 'toString', count: 1 },
    ]);
  });
});
