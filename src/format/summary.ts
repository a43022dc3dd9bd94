/** Run-level figures every human-facing formatter shows: counts, average, most often missing. */
import type { FileResult } from '../types.js';

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

export function summarize(results: readonly FileResult[]): RunSummary {
  const reports = results.flatMap((f) => f.reports);
  const checked = reports.filter((r) => r.score !== null);
  const missing = new Map<string, number>();
  for (const r of checked) for (const s of r.sections) if (s.status === 'missing') missing.set(s.name, (missing.get(s.name) ?? 0) + 1);
  return {
    files: results.length,
    reports: reports.length,
    checked: checked.length,
    passed: checked.filter((r) => r.passed).length,
    failed: checked.filter((r) => !r.passed).length,
    notChecked: reports.length - checked.length,
    fileErrors: results.reduce((n, f) => n + f.errors.filter((e) => e.severity === 'error').length, 0),
    averageScore: checked.length ? Math.round(checked.reduce((n, r) => n + r.score!, 0) / checked.length) : null,
    mostMissing: [...missing].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([name, count]) => ({ name, count })),
  };
}
