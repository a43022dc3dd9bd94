/**
 * Why a report fails, computed in one place for every format (issue 13): required sections missing,
 * tables that do not add up, a score below the pass mark, any other error-level finding.
 * Waived findings never count.
 */
import type { FailReason, Message, ReportResult } from '../types.js';

/** A finding that counts towards the verdict and the warning total: not waived. */
export function counts(m: Message): boolean {
  return m.waived === undefined;
}

export function failedBecause(value: number, passMark: number, messages: readonly Message[]): FailReason[] {
  const reasons: FailReason[] = [];
  const errors = messages.filter((m) => m.severity === 'error' && counts(m));
  const missing = errors.filter((m) => m.code === 'sectionMissing');
  if (missing.length) {
    reasons.push({
      code: 'requiredMissing',
      sections: missing.map((m) => ({ id: m.ruleId.slice(m.ruleId.indexOf('/') + 1), name: String(m.args['name'] ?? ''), nameEn: String(m.args['nameEn'] ?? m.args['name'] ?? '') })),
    });
  }
  const tables = errors.filter((m) => m.ruleId === 'tables');
  if (tables.length) reasons.push({ code: 'tableMismatch', count: tables.length, line: Math.min(...tables.map((m) => m.line)) });
  if (value < passMark) reasons.push({ code: 'belowPassMark', score: value, passMark });
  const other = errors.filter((m) => m.code !== 'sectionMissing' && m.ruleId !== 'tables');
  if (other.length) {
    const first = other.reduce((a, b) => (b.line < a.line ? b : a));
    reasons.push({ code: 'errorFinding', count: other.length, first: { ruleId: first.ruleId, code: first.code, args: first.args, line: first.line } });
  }
  return reasons;
}

/** A checked report's verdict again after findings were added (the similarity pass): passed and failedBecause agree with its messages. */
export function reVerdict(r: ReportResult): ReportResult {
  if (r.score === null || r.passMark === null) return r;
  const reasons = failedBecause(r.score, r.passMark, r.messages);
  return { ...r, passed: reasons.length === 0, failedBecause: reasons };
}

/** A report's reasons for failing: its own list, or worked out from its findings (results saved before the list existed). */
export function reasonsOf(r: ReportResult): readonly FailReason[] {
  if (r.passed !== false || r.score === null) return [];
  if (r.failedBecause) return r.failedBecause;
  const reasons = failedBecause(r.score, r.passMark ?? 0, r.messages);
  // A report marked failed with nothing to show for it can only have failed on its score.
  return reasons.length ? reasons : [{ code: 'belowPassMark', score: r.score, passMark: r.passMark ?? 0 }];
}
