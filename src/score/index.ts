/**
 * Score stage: section findings x weights -> 0-100. A section earns its weight, a weak section
 * `weakCredit` of it, a mere mention `mentionCredit` of it, a missing one nothing.
 * A report passes when it reaches the pass mark and no finding is an error (a missing required
 * section, a table that does not add up): 应报尽报, 数据精确. Why it fails is said by verdict.ts.
 */
import type { Message, Score, SectionFinding } from '../types.js';
import type { RuleSet } from '../ruleset/types.js';
import { failedBecause } from './verdict.js';

export function score(
  ruleSet: RuleSet,
  findings: readonly SectionFinding[],
  messages: readonly Message[],
  minScore?: number,
): Score {
  let earned = 0;
  let total = 0;
  ruleSet.sections.forEach((section, i) => {
    total += section.weight;
    earned += section.weight * credit(ruleSet, findings[i]!);
  });
  const value = total > 0 ? Math.round((earned / total) * 100) : 0;
  const passMark = minScore ?? ruleSet.passMark;
  const reasons = failedBecause(value, passMark, messages);
  return { value, passMark, passed: reasons.length === 0, failedBecause: reasons };
}

function credit(ruleSet: RuleSet, finding: SectionFinding): number {
  switch (finding.status) {
    case 'section':
      return finding.weak ? ruleSet.weakCredit : 1;
    case 'mention':
      return ruleSet.mentionCredit;
    case 'missing':
      return 0;
  }
}
