/**
 * The run's figures and exit code, folded file by file: small, cheap to send from a worker, and
 * all a streamed run keeps. Formatters turn them into their summary lines (format/summary.ts).
 */
import type { FileResult, Tally } from '../types.js';

export function emptyTally(): Tally {
  // No prototype: a section may be named anything, "constructor" included.
  return { files: 0, reports: 0, checked: 0, passed: 0, scoreSum: 0, fileErrors: 0, skipped: 0, empty: 0, warnings: 0, waiversUsed: [], missing: Object.create(null) as Record<string, number>, exit: 0 };
}

export function tallyOf(file: FileResult): Tally {
  const t = emptyTally();
  t.files = 1;
  t.reports = file.reports.length;
  t.fileErrors = file.errors.filter((e) => e.severity === 'error').length;
  t.skipped = file.errors.some((e) => e.code === 'unsupportedSkipped' || e.code === 'skippedFile') ? 1 : 0;
  t.empty = file.errors.some((e) => e.code === 'noReports') ? 1 : 0;
  const used = new Set<number>();
  for (const r of file.reports) {
    // A similarity error fails even a report no rule set checked; a waived one fails nothing.
    if (r.passed === false || r.messages.some((m) => m.ruleId === 'similar' && m.severity === 'error' && !m.waived)) t.exit = 1;
    for (const m of r.messages) {
      if (m.waived) used.add(m.waived.index);
      else if (m.severity === 'warning') t.warnings++;
    }
    if (r.score === null) continue;
    t.checked++;
    if (r.passed) t.passed++;
    t.scoreSum += r.score;
    for (const s of r.sections) if (s.status === 'missing') t.missing[s.name] = (t.missing[s.name] ?? 0) + 1;
  }
  if (t.fileErrors) t.exit = 2;
  t.waiversUsed = [...used];
  return t;
}

/** Adds `more` into `into` and returns it. */
export function addTally(into: Tally, more: Tally): Tally {
  into.files += more.files;
  into.reports += more.reports;
  into.checked += more.checked;
  into.passed += more.passed;
  into.scoreSum += more.scoreSum;
  into.fileErrors += more.fileErrors;
  into.skipped += more.skipped;
  into.empty += more.empty;
  into.warnings += more.warnings;
  for (const i of more.waiversUsed) if (!into.waiversUsed.includes(i)) into.waiversUsed.push(i);
  for (const [name, n] of Object.entries(more.missing)) into.missing[name] = (into.missing[name] ?? 0) + n;
  into.exit = Math.max(into.exit, more.exit);
  return into;
}

export function tallyAll(results: readonly FileResult[]): Tally {
  return results.reduce((t, f) => addTally(t, tallyOf(f)), emptyTally());
}

/**
 * The run's exit code from its figures: 2 when an input could not be read or no report was checked
 * (checking nothing is not a pass), else 1 when a report failed, else 0.
 */
export function exitOf(tally: Tally): number {
  return tally.checked === 0 ? 2 : tally.exit;
}
