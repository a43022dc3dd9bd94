/**
 * `reportlint rules list | show <id> | validate <file>`: what the rule sets in force check
 * (after config overrides), and whether a rule-set file a user wrote loads.
 */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { wordsFor } from '../messages/words.js';
import { loadRuleSetFile, ruleSetProblems } from '../ruleset/load.js';
import type { RuleSet } from '../ruleset/types.js';
import type { Lang } from '../types.js';
import type { Command, CommandContext } from './types.js';

export const rulesCommand: Command = {
  command: 'rules',
  describe: 'list, show or validate rule sets',
  builder: (y) =>
    y
      .command('list', 'list the rule sets in force (id, title, priority, sections)')
      .command('show <id>', "show a rule set's sections with weights, severity and hints", (s) =>
        s.positional('id', { type: 'string', describe: 'rule set id' }),
      )
      .command('validate <files..>', 'check rule-set YAML files; every problem of every file as file:line:column, exit 2 if any', (s) =>
        s.positional('files', { type: 'string', array: true, describe: 'rule set YAML files' }),
      )
      .demandCommand(1, 'choose one: rules list, rules show <id>, rules validate <file..>'),
  async run(args, ctx) {
    const [, action] = (args._ as unknown[]).map(String);
    const json = args.format === 'json';
    if (action === 'list') return out(ctx, json ? asJson(ctx.ruleSets().map(summary)) : list(ctx.ruleSets(), ctx.lang));
    if (action === 'show') {
      const all = ctx.ruleSets();
      const ruleSet = all.find((r) => r.id === args.id);
      if (!ruleSet) throw new UsageError(`unknown rule set "${String(args.id)}"; known: ${all.map((r) => r.id).join(', ')}`);
      return out(ctx, json ? asJson(detail(ruleSet)) : show(ruleSet, ctx.lang));
    }
    // validate: every problem of every file, each as file:line:column on stderr, like a linter's list.
    const files = (args.files as string[]).map(String);
    const checked = files.map((name) => ({ name, file: resolve(ctx.cwd, name), problems: ruleSetProblems(resolve(ctx.cwd, name)) }));
    for (const { problems } of checked) for (const p of problems) ctx.stderr(`reportlint: ${p.message}\n`);
    const bad = checked.some((c) => c.problems.length);
    if (json) {
      const report = checked.map(({ file, problems }) => ({ ok: !problems.length, file, ...(problems.length ? { problems: problems.map((p) => ({ file: p.file, line: p.line, column: p.column, message: p.detail })) } : { id: loadRuleSetFile(file).id }) }));
      ctx.stdout(asJson(report.length === 1 ? report[0] : report));
    } else {
      for (const { name, file, problems } of checked) {
        if (problems.length) continue;
        const ruleSet = loadRuleSetFile(file);
        ctx.stdout(`${wordsFor(ctx.lang).rules.ok}: ${name} (${ruleSet.id}, ${ruleSet.sections.length} ${wordsFor(ctx.lang).rules.sections})\n`);
      }
    }
    return bad ? 2 : 0;
  },
};

function out(ctx: CommandContext, text: string): number {
  ctx.stdout(text);
  return 0;
}

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const sources = (patterns: readonly RegExp[]) => patterns.map((p) => p.source);

function summary(r: RuleSet) {
  return { id: r.id, title: r.title, titleEn: r.titleEn, priority: r.priority, fallback: r.fallback, passMark: r.passMark, sections: r.sections.map((s) => s.id), file: r.file };
}

function detail(r: RuleSet) {
  return {
    ...summary(r),
    sections: r.sections.map((s) => ({
      id: s.id,
      name: s.name,
      nameEn: s.nameEn,
      weight: s.weight,
      severity: s.severity,
      hint: s.hint,
      hintEn: s.hintEn,
      // How the section is recognised: what `reportlint` reads headings and sentences by.
      match: {
        terms: s.terms.map((t) => ({ pattern: t.pattern.source, weight: t.weight })),
        headingsExclude: sources(s.headingsExclude),
        keywords: sources(s.keywords),
        keywordsExclude: sources(s.keywordsExclude),
        titles: sources(s.titles),
        titlesExclude: sources(s.titlesExclude),
        encloses: s.encloses,
        unclaimed: s.unclaimed,
      },
    })),
    checks: r.spec.checks ?? {},
  };
}

function list(ruleSets: readonly RuleSet[], lang: Lang): string {
  const w = wordsFor(lang).rules;
  const width = Math.max(...ruleSets.map((r) => r.id.length));
  const rows = [...ruleSets]
    .sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id))
    .map((r) => {
      const title = lang === 'en' ? r.titleEn : r.title;
      const tag = r.fallback ? ` (${w.fallback})` : '';
      return `${r.id.padEnd(width)}  ${title}${tag}\n${' '.repeat(width)}  ${w.priority} ${r.priority} · ${r.sections.length} ${w.sections}: ${r.sections.map((s) => s.id).join(', ')}`;
    });
  return `${rows.join('\n')}\n`;
}

function show(r: RuleSet, lang: Lang): string {
  const w = wordsFor(lang).rules;
  const total = r.sections.reduce((n, s) => n + s.weight, 0);
  const head = [
    `${r.id}  ${lang === 'en' ? r.titleEn : r.title}`,
    `${w.file} ${r.file} · ${w.priority} ${r.priority} · ${w.passMark} ${r.passMark}`,
    '',
  ];
  const idWidth = Math.max(...r.sections.map((s) => s.id.length));
  const rows = r.sections.map((s) => {
    const share = total ? Math.round((s.weight / total) * 100) : 0;
    const name = lang === 'en' ? s.nameEn : s.name;
    const hint = lang === 'en' ? s.hintEn : s.hint;
    const pad = `  ${' '.repeat(idWidth)}  `;
    const lines = [`  ${s.id.padEnd(idWidth)}  ${name}  ${w.weight} ${s.weight} (${share}%)  ${s.severity}`, `${pad}${hint}`];
    lines.push(`${pad}${w.terms}: ${s.terms.map((t) => `${t.pattern.source} (${t.weight})`).join(' · ')}`);
    const listed: [string, readonly RegExp[]][] = [
      [w.notHeadings, s.headingsExclude],
      [w.keywords, s.keywords],
      [w.notKeywords, s.keywordsExclude],
      [w.titles, s.titles],
    ];
    for (const [label, patterns] of listed) if (patterns.length) lines.push(`${pad}${label}: ${sources(patterns).join(' · ')}`);
    if (s.encloses) lines.push(`${pad}${w.encloses}`);
    if (s.unclaimed) lines.push(`${pad}${w.unclaimed}`);
    return lines.join('\n');
  });
  return `${[...head, ...rows].join('\n')}\n`;
}
