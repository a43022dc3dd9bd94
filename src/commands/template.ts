/**
 * `reportlint template <rule-set>`: a skeleton report for a clerk to start from, with Chinese
 * numbering, every section of the rule set in order, and the figures each one expects.
 */
import type { RuleSet } from '../ruleset/types.js';
import { findRuleSet } from './explain.js';
import { chineseNumeral } from './numerals.js';
import type { Command } from './types.js';

export function template(ruleSet: RuleSet): string {
  const year = '20XX';
  const out = [`XX单位${year}年${ruleSet.title}`, '', `【待补充：开头简述本年度工作的总体情况。】`, ''];
  ruleSet.sections.forEach((section, i) => {
    const spec = ruleSet.spec.sections.find((s) => s.id === section.id);
    out.push(`${chineseNumeral(i + 1)}、${section.name}`);
    out.push(...(spec?.example?.trimEnd().split('\n') ?? [`【待补充：${section.hint}】`]));
    out.push('');
  });
  out.push('XX单位', `${year}年X月X日`);
  return `${out.join('\n')}\n`;
}

/** `reportlint template <rule-set>`. */
export const templateCommand: Command = {
  command: 'template <ruleSet>',
  describe: 'print a skeleton report with every section of a rule set',
  builder: (y) => y.positional('ruleSet', { type: 'string', describe: 'rule set id, e.g. zwgk-summary' }),
  async run(args, ctx) {
    ctx.stdout(template(findRuleSet(ctx.ruleSets(), String(args.ruleSet))));
    return 0;
  },
};
