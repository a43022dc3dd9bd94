/**
 * `reportlint explain <rule-set> [section]`: what a rule set, or one section, needs, with an example
 * outline. Everything comes from the YAML: weights, severity, hint, the headings it recognises.
 */
import { UsageError } from '../errors.js';
import { wordsFor } from '../messages/words.js';
import type { Lang } from '../types.js';
import type { RuleSet, Section } from '../ruleset/types.js';
import { chineseNumeral } from './numerals.js';
import type { Command } from './types.js';

export function explain(ruleSet: RuleSet, sectionId: string | undefined, lang: Lang): string {
  const zh = lang === 'zh';
  if (sectionId) {
    const section = ruleSet.sections.find((s) => s.id === sectionId);
    if (!section) return '';
    return `${explainSection(ruleSet, section, 1, zh)}\n`;
  }
  const out = [
    `${zh ? ruleSet.title : ruleSet.titleEn} (${ruleSet.id})`,
    ruleSet.description,
    wordsFor(lang).explain.passMark(ruleSet.passMark, ruleSet.ordered),
    '',
    ...ruleSet.sections.map((s, i) => explainSection(ruleSet, s, i + 1, zh)),
  ];
  return `${out.join('\n')}\n`;
}

function explainSection(ruleSet: RuleSet, s: Section, n: number, zh: boolean): string {
  const w = wordsFor(zh ? 'zh' : 'en').explain;
  const kind = s.severity === 'error' ? w.required : w.recommended;
  const lines = [
    `${chineseNumeral(n)}、${zh ? s.name : s.nameEn}  [${s.id}, ${kind}, ${w.weight} ${s.weight}]`,
    `  ${zh ? s.hint : s.hintEn}`,
    `  ${w.terms}: ${s.terms.map((t) => `${t.pattern.source} (${t.weight})`).join(' | ')}`,
  ];
  if (s.minChars) lines.push(`  ${w.minChars(s.minChars)}`);
  if (s.figures) lines.push(`  ${w.figures}: ${s.figures.source}`);
  const example = ruleSet.spec.sections.find((x) => x.id === s.id)?.example;
  if (example) lines.push(`  ${w.example}:`, ...example.trimEnd().split('\n').map((l) => `    ${l}`));
  lines.push('');
  return lines.join('\n');
}

/** `reportlint explain <rule-set> [section]`. */
export const explainCommand: Command = {
  command: 'explain <ruleSet> [section]',
  describe: 'what a rule set (or one of its sections) needs, with an example outline',
  builder: (y) =>
    y
      .positional('ruleSet', { type: 'string', describe: 'rule set id, e.g. zwgk-summary' })
      .positional('section', { type: 'string', describe: 'section id, e.g. plans' }),
  async run(args, ctx) {
    const ruleSet = findRuleSet(ctx.ruleSets(), String(args.ruleSet));
    const section = args.section === undefined ? undefined : String(args.section);
    if (section && !ruleSet.sections.some((s) => s.id === section)) {
      throw new UsageError(`rule set "${ruleSet.id}" has no section "${section}"; its sections: ${ruleSet.sections.map((s) => s.id).join(', ')}`);
    }
    ctx.stdout(explain(ruleSet, section, ctx.lang));
    return 0;
  },
};

/** The rule set with this id, or a usage error listing the known ids. */
export function findRuleSet(all: readonly RuleSet[], id: string): RuleSet {
  const ruleSet = all.find((r) => r.id === id);
  if (!ruleSet) throw new UsageError(`unknown rule set "${id}"; known: ${all.map((r) => r.id).join(', ')}`);
  return ruleSet;
}
