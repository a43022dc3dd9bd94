/**
 * Score stage: section findings x weights -> 0-100. A section earns its weight, a weak section
 * `weakCredit` of it, a mere mention `mentionCredit` of it, a missing one nothing.
 */
import type { Score, SectionFinding } from '../types.js';
import type { RuleSet } from '../ruleset/types.js';

export function score(ruleSet: RuleSet, findings: readonly SectionFinding[], minScore?: number): Score {
  let earned = 0;
  let total = 0;
  let requiredMissing = false;
  ruleSet.sections.forEach((section, i) => {
    const finding = findings[i]!;
    total += section.weight;
    earned += section.weight * credit(ruleSet, finding);
    if (finding.status === 'missing' && section.severity === 'error') requiredMissing = true;
  });
  const value = total > 0 ? Math.round((earned / total) * 100) : 0;
  const passMark = minScore ?? ruleSet.passMark;
  // 应报尽报: a report that leaves out a required part fails whatever it scores.
  return { value, passMark, passed: value >= passMark && !requiredMissing };
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
