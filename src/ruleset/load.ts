/**
 * Loads rule-set YAML: parse with positions, validate against the JSON Schema, compile regexes once.
 * Every failure is a RuleSetError naming file:line:column, so a user can fix their checklist.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document, Node } from 'yaml';
import { yaml } from '../lazy.js';
import { RuleSetError } from '../errors.js';
import { readProblem, readRegularTextSync } from '../io/safe-read.js';
import { validateSpec, validateSpecAll } from './validate.js';
import { MAX_EXTENDS_DEPTH, mergeSpecs, resolveParent, type ParsedSpec, type Path, type Position } from './extends.js';
import { unsafeRegex } from './safety.js';
import { readBundle } from './precompiled.js';
import { HEADING_WEIGHT, type RuleSet, type RuleSetSpec, type Section, type SectionSpec, type Term } from './types.js';

/** Folder of the built-in rule sets, next to dist/ in the package. */
export const BUILTIN_RULES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');

/** Largest rule set or config file read: real ones are a few KB; a bigger one is some other file. */
export const MAX_RULE_SET_BYTES = 4 * 1024 * 1024;

/** Loads every .yaml/.yml in a folder, or one file. */
export function loadRuleSets(path: string): RuleSet[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new RuleSetError(path, 1, 1, 'rule set file or folder not found');
  }
  if (!stat.isDirectory()) return [loadRuleSetFile(path)];
  // The built-in folder comes precompiled from the build (no yaml, no ajv) while it is unchanged.
  const bundled = resolve(path) === BUILTIN_RULES_DIR ? readBundle(path) : null;
  // Its patterns passed the ReDoS check when the build compiled the same YAML (the bundle's key), so it is not run again.
  if (bundled) return bundled.map(({ file, spec }) => compile(spec, file, () => ({ file, line: 1, col: 1 }), undefined, true));
  return readdirSync(path)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => loadRuleSetFile(join(path, name)));
}

export function loadRuleSetFile(file: string): RuleSet {
  let text: string;
  try {
    text = readRegularTextSync(file, MAX_RULE_SET_BYTES);
  } catch (error) {
    throw new RuleSetError(file, 1, 1, `cannot read rule set: ${readProblem(error)}`);
  }
  return parseRuleSet(text, file);
}

/**
 * Every problem of a rule-set file, for `rules validate`: all its YAML errors; else all its schema
 * errors; else all the errors compiling it finds (bad or unsafe regexes, duplicate ids, weights).
 * An empty list means the file loads.
 */
export function ruleSetProblems(file: string): RuleSetError[] {
  let text: string;
  try {
    text = readRegularTextSync(file, MAX_RULE_SET_BYTES);
  } catch (error) {
    return [new RuleSetError(file, 1, 1, `cannot read rule set: ${readProblem(error)}`)];
  }
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const syntax = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }).errors;
  if (syntax.length) {
    return syntax.map((e) => {
      const { line, col } = lineCounter.linePos(e.pos[0]);
      return new RuleSetError(file, line, col, `invalid YAML: ${e.message.split('\n')[0]}`);
    });
  }
  let parsed: ParsedSpec;
  try {
    parsed = parseSpec(text, file, []);
  } catch (error) {
    if (error instanceof RuleSetError) return [error];
    throw error;
  }
  const schema = validateSpecAll(parsed.data);
  if (schema.length) {
    return schema.map((p) => {
      const { file: where, line, col } = parsed.locate(p.path, p.atKey);
      return new RuleSetError(where, line, col, p.message);
    });
  }
  const problems: RuleSetError[] = [];
  compile(parsed.data as RuleSetSpec, file, parsed.locate, problems);
  return problems;
}

/** Parses and compiles one rule set from its YAML text, following `extends`. */
export function parseRuleSet(text: string, file: string): RuleSet {
  const parsed = parseSpec(text, file, []);
  const problem = validateSpec(parsed.data);
  if (problem) {
    const { file: where, line, col } = parsed.locate(problem.path, problem.atKey);
    throw new RuleSetError(where, line, col, problem.message);
  }
  return compile(parsed.data as RuleSetSpec, file, parsed.locate);
}

/** YAML text -> data with positions; a rule set that `extends` another is laid over its parent. */
function parseSpec(text: string, file: string, chain: readonly string[]): ParsedSpec {
  const { LineCounter, parseDocument } = yaml();
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
  const locate = (path: Path, key?: boolean): Position => ({
    file,
    ...at((key ? keyAt(doc, path) : undefined) ?? nodeAt(doc, [...path])?.range?.[0] ?? 0),
  });
  const own: ParsedSpec = { data, locate };
  const ref = (data as { extends?: unknown } | null)?.extends;
  if (typeof ref !== 'string') return own;
  const fail = (detail: string): never => {
    const { line, col } = locate(['extends']);
    throw new RuleSetError(file, line, col, detail);
  };
  const parentFile = resolveParent(ref, file, BUILTIN_RULES_DIR) ?? fail(`extends "${ref}": no such rule set file or built-in id`);
  const here = [...chain, resolve(file)];
  if (here.includes(resolve(parentFile))) {
    fail(`extends cycle: ${[...here, resolve(parentFile)].map((f) => basename(f)).join(' → ')}`);
  }
  if (here.length > MAX_EXTENDS_DEPTH) fail(`extends chain deeper than ${MAX_EXTENDS_DEPTH} rule sets`);
  let parentText = '';
  try {
    parentText = readRegularTextSync(parentFile, MAX_RULE_SET_BYTES);
  } catch (error) {
    fail(`extends "${ref}": cannot read ${parentFile} (${readProblem(error)})`);
  }
  return mergeSpecs(parseSpec(parentText, parentFile, here), own);
}

/** Where the key that ends `path` is written, when it is a key of a map. */
function keyAt(doc: Document, path: Path): number | undefined {
  const { isMap, isScalar } = yaml();
  const map = path.length > 1 ? nodeAt(doc, path.slice(0, -1) as (string | number)[]) : doc.contents;
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === path[path.length - 1]);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

/** The YAML node at a JSON path, or the deepest node that exists on the way. */
export function nodeAt(doc: Document, path: (string | number)[]): Node | undefined {
  const { isMap, isSeq } = yaml();
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

type Locate = (path: Path) => Position;

/**
 * Compiles a valid spec; with `problems`, every error is collected there (and the result is not to be used) instead of the first thrown.
 * `checked`: the patterns already passed the ReDoS check (the precompiled built-in rule sets).
 */
function compile(spec: RuleSetSpec, file: string, locate: Locate, problems?: RuleSetError[], checked = false): RuleSet {
  const fail = (path: Path, detail: string): never => {
    const { file: where, line, col } = locate(path);
    const error = new RuleSetError(where, line, col, detail);
    if (!problems) throw error;
    problems.push(error);
    return undefined as never; // collecting: go on to the next problem
  };
  const regex = (source: string, path: (string | number)[], flags = 'u'): RegExp => {
    let compiled: RegExp;
    try {
      compiled = new RegExp(source, flags);
    } catch (error) {
      return fail(path, `invalid regex ${JSON.stringify(source)}: ${(error as Error).message}`);
    }
    // A rule set is untrusted input: a pattern that can backtrack exponentially would hang the batch.
    const unsafe = checked ? null : unsafeRegex(source);
    return unsafe ? fail(path, `unsafe regex ${JSON.stringify(source)}: ${unsafe}`) : compiled;
  };
  if (spec.totalWeight !== undefined) {
    // Weights are relative (a score is earned / total); totalWeight lets an author have the sum checked.
    const sum = spec.sections.reduce((n, s) => n + s.weight, 0);
    if (Math.abs(sum - spec.totalWeight) > 1e-9) {
      fail(['totalWeight'], `section weights add up to ${sum}, but totalWeight is ${spec.totalWeight}`);
    }
  }
  const list = (sources: string[] | undefined, path: (string | number)[]) =>
    (sources ?? []).map((s, i) => regex(s, [...path, i]));

  const seen = new Map<string, number>();
  const sections = spec.sections.map((s: SectionSpec, i): Section => {
    const path = ['sections', i];
    if (seen.has(s.id)) fail([...path, 'id'], `duplicate section id "${s.id}" (also section ${seen.get(s.id)! + 1})`);
    seen.set(s.id, i);
    if (!s.match.headings?.length && !Object.keys(s.match.terms ?? {}).length) fail([...path, 'match'], 'a section needs `terms` or `headings` to be recognised by');
    const terms: Term[] = [
      ...list(s.match.headings, [...path, 'match', 'headings']).map((pattern) => ({ pattern, weight: HEADING_WEIGHT })),
      ...Object.entries(s.match.terms ?? {}).map(([source, weight]) => ({ pattern: regex(source, [...path, 'match', 'terms', source]), weight })),
    ];
    return {
      id: s.id,
      name: s.name,
      nameEn: s.nameEn ?? s.name,
      weight: s.weight,
      severity: s.severity,
      hint: s.hint,
      hintEn: s.hintEn ?? s.hint,
      terms,
      headings: terms.map((t) => t.pattern),
      headingsExclude: list(s.match.headingsExclude, [...path, 'match', 'headingsExclude']),
      keywords: list(s.match.keywords, [...path, 'match', 'keywords']),
      keywordsExclude: list(s.match.keywordsExclude, [...path, 'match', 'keywordsExclude']),
      minChars: s.enough?.minChars ?? 0,
      figures: s.enough?.figures ? regex(s.enough.figures, [...path, 'enough', 'figures']) : null,
      encloses: s.match.encloses ?? false,
      titles: list(s.match.titles, [...path, 'match', 'titles']),
      titlesExclude: list(s.match.titlesExclude, [...path, 'match', 'titlesExclude']),
      unclaimed: s.match.unclaimed ?? false,
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
