/**
 * Run-level figures every human-facing formatter shows: counts, average, most often missing.
 * They are folded file by file (a Tally), so a streamed run can say them without keeping results.
 */
import { tallyAll } from '../engine/tally.js';
import type { FileResult, Tally } from '../types.js';

export interface RunSummary {
  readonly files: number;
  readonly reports: number;
  readonly checked: number;
  readonly passed: number;
  readonly failed: number;
  readonly notChecked: number;
  readonly fileErrors: number;
  readonly averageScore: number | null;
  /** Section names, most often missing first. */
  readonly mostMissing: readonly { readonly name: string; readonly count: number }[];
}

export function summaryOf(t: Tally): RunSummary {
  return {
    files: t.files,
    reports: t.reports,
    checked: t.checked,
    passed: t.passed,
    failed: t.checked - t.passed,
    notChecked: t.reports - t.checked,
    fileErrors: t.fileErrors,
    averageScore: t.checked ? Math.round(t.scoreSum / t.checked) : null,
    mostMissing: Object.entries(t.missing)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([name, count]) => ({ name, count })),
  };
}

export function summarize(results: readonly FileResult[]): RunSummary {
  return summaryOf(tallyAll(results));
}
