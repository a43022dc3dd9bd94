/**
 * Loads rule-set YAML: parse with positions, validate against the JSON Schema, compile regexes once.
 * Every failure is a RuleSetError naming file:line:column, so a user can fix their checklist.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import { RuleSetError } from '../errors.js';
import { validateSpec } from './validate.js';
import type { RuleSet, RuleSetSpec, Section, SectionSpec } from './types.js';

/** Folder of the built-in rule sets, next to dist/ in the package. */
export const BUILTIN_RULES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');

/** Loads every .yaml/.yml in a folder, or one file. */
export function loadRuleSets(path: string): RuleSet[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new RuleSetError(path, 1, 1, 'rule set file or folder not found');
  }
  if (!stat.isDirectory()) return [loadRuleSetFile(path)];
  return readdirSync(path)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => loadRuleSetFile(join(path, name)));
}

export function loadRuleSetFile(file: string): RuleSet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new RuleSetError(file, 1, 1, `cannot read rule set: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseRuleSet(text, file);
}

/** Parses and compiles one rule set from its YAML text. */
export function parseRuleSet(text: string, file: string): RuleSet {
  const lineCounter = new LineCounter();
  // maxAliasCount bounds alias expansion, so a "billion laughs" file is refused instead of eating memory.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset);
  const first = doc.errors[0];
  if (first) {
    const { line, col } = at(first.pos[0]);
    throw new RuleSetError(file, line, col, `invalid YAML: ${first.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new RuleSetError(file, 1, 1, `invalid YAML: ${(error as Error).message}`);
  }
  const problem = validateSpec(data);
  if (problem) {
    const node = nodeAt(doc, problem.path);
    const { line, col } = at(node?.range?.[0] ?? 0);
    throw new RuleSetError(file, line, col, problem.message);
  }
  const spec = data as RuleSetSpec;
  const locate = (path: (string | number)[]) => {
    const { line, col } = at(nodeAt(doc, path)?.range?.[0] ?? 0);
    return { line, col };
  };
  return compile(spec, file, locate);
}

/** The YAML node at a JSON path, or the deepest node that exists on the way. */
export function nodeAt(doc: Document, path: (string | number)[]): Node | undefined {
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (const key of path) {
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node)) node = node.get(Number(key), true);
    else break;
    if (node) found = node as Node;
    else break;
  }
  return found;
}

type Locate = (path: (string | number)[]) => { line: number; col: number };

function compile(spec: RuleSetSpec, file: string, locate: Locate): RuleSet {
  const regex = (source: string, path: (string | number)[], flags = 'u'): RegExp => {
    try {
      return new RegExp(source, flags);
    } catch (error) {
      const { line, col } = locate(path);
      throw new RuleSetError(file, line, col, `invalid regex ${JSON.stringify(source)}: ${(error as Error).message}`);
    }
  };
  const list = (sources: string[] | undefined, path: (string | number)[]) =>
    (sources ?? []).map((s, i) => regex(s, [...path, i]));

  const seen = new Map<string, number>();
  const sections = spec.sections.map((s: SectionSpec, i): Section => {
    const path = ['sections', i];
    if (seen.has(s.id)) {
      const { line, col } = locate([...path, 'id']);
      throw new RuleSetError(file, line, col, `duplicate section id "${s.id}" (also section ${seen.get(s.id)! + 1})`);
    }
    seen.set(s.id, i);
    return {
      id: s.id,
      name: s.name,
      nameEn: s.nameEn ?? s.name,
      weight: s.weight,
      severity: s.severity,
      hint: s.hint,
      hintEn: s.hintEn ?? s.hint,
      headings: list(s.match.headings, [...path, 'match', 'headings']),
      headingsExclude: list(s.match.headingsExclude, [...path, 'match', 'headingsExclude']),
      keywords: list(s.match.keywords, [...path, 'match', 'keywords']),
      keywordsExclude: list(s.match.keywordsExclude, [...path, 'match', 'keywordsExclude']),
      minChars: s.enough?.minChars ?? 0,
      figures: s.enough?.figures ? regex(s.enough.figures, [...path, 'enough', 'figures']) : null,
    };
  });
  const a = spec.appliesTo;
  return {
    id: spec.id,
    title: spec.title,
    titleEn: spec.titleEn ?? spec.title,
    description: spec.description ?? '',
    file,
    priority: a.priority,
    titles: list(a.titles, ['appliesTo', 'titles']),
    excludeTitles: list(a.excludeTitles, ['appliesTo', 'excludeTitles']),
    content: a.content
      ? { keywords: list(a.content.keywords, ['appliesTo', 'content', 'keywords']), minHits: a.content.minHits }
      : null,
    fallback: a.fallback ?? false,
    passMark: spec.passMark,
    mentionCredit: spec.mentionCredit ?? 0.5,
    weakCredit: spec.weakCredit ?? 0.7,
    ordered: spec.ordered ?? false,
    filler: list(spec.filler, ['filler']),
    sections,
    spec,
  };
}
