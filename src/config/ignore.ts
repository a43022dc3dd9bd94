/**
 * Which files a folder walk or a glob may skip: the config's `ignore`, `--ignore-pattern` and
 * `.reportlintignore` all read gitignore syntax, matched with picomatch. A pattern without a
 * slash matches a name at any depth; a leading `/` anchors it to its base folder; a trailing `/`
 * matches folders only; a matched folder covers everything inside it; `!` re-includes; the last
 * matching line wins; `#` starts a comment. Globs also take `{a,b}` and `[旧老]`.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Config } from './types.js';

/** Patterns and the folder they are relative to. */
export interface IgnoreSource {
  readonly patterns: readonly string[];
  readonly base: string;
}

interface Rule {
  readonly negated: boolean;
  readonly test: (rel: string) => boolean;
}

/** One gitignore line as a rule, or null for a blank line or a comment. */
function rule(line: string): Rule | null {
  let p = line.replace(/(?<!\\)\s+$/u, '');
  if (!p || p.startsWith('#')) return null;
  const negated = p.startsWith('!');
  if (negated) p = p.slice(1);
  p = p.replace(/^\\(?=[#!])/u, ''); // "\#name" and "\!name" are literal
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.replace(/\/+$/u, '');
  // A slash before the end anchors the pattern to its base; otherwise it matches at any depth.
  const anchored = p.includes('/');
  // gitignore has no regex groups: parentheses in a name are literal; so are braces that do not pair
  // (`ignore: ["{"]` once crashed the run).
  const literal = (bracesPair(p) ? p : p.replace(/[{}]/gu, '\\$&')).replace(/[()]/gu, '\\$&');
  const glob = anchored ? literal.replace(/^\//u, '') : `**/${literal}`;
  // `x/**/*` needs something inside x: a folder pattern never matches a file of that name.
  const test = picomatch(dirOnly ? [`${glob}/**/*`] : [glob, `${glob}/**/*`], { dot: true });
  return { negated, test };
}

/** Every `{` has its `}` after it, and no `}` comes first. */
function bracesPair(p: string): boolean {
  let open = 0;
  for (const c of p) {
    if (c === '{') open++;
    else if (c === '}' && --open < 0) return false;
  }
  return open === 0;
}

/** A gitignore-syntax test for a path relative to the patterns' base, `/`-separated. */
export function gitignoreTest(patterns: readonly string[]): (rel: string) => boolean {
  const rules = patterns.map(rule).filter((r): r is Rule => r !== null);
  return (rel) => {
    let ignored = false;
    for (const r of rules) if (r.negated === ignored && r.test(rel)) ignored = !r.negated;
    return ignored;
  };
}

/** A test for files (named relative to `cwd`) to skip, or null when nothing is ignored. */
export function ignoreFilter(sources: readonly IgnoreSource[], cwd: string): ((file: string) => boolean) | null {
  const tests = sources.filter((s) => s.patterns.length).map((s) => ({ base: s.base, ignored: gitignoreTest(s.patterns) }));
  if (!tests.length) return null;
  return (file) =>
    tests.some(({ base, ignored }) => {
      const rel = relative(base, resolve(cwd, file)).split(sep).join('/');
      // Patterns only see the files under their own folder.
      return !rel.startsWith('../') && rel !== '..' && ignored(rel);
    });
}

/** The lines of `.reportlintignore` in `dir`, or none when there is no such file. */
export function readIgnoreFile(dir: string): string[] {
  try {
    return readFileSync(join(dir, '.reportlintignore'), 'utf8').split(/\r?\n/u);
  } catch {
    return [];
  }
}

/**
 * Every source of ignore patterns for a run: the config's `ignore` (relative to the config's
 * folder), `.reportlintignore` in `cwd`, then `--ignore-pattern` (relative to `cwd`). A file any
 * of them ignores is skipped.
 */
export function ignoreSources(config: Config | null, cliPatterns: readonly string[], cwd: string): IgnoreSource[] {
  return [
    { patterns: config?.spec.ignore ?? [], base: config?.dir ?? cwd },
    { patterns: readIgnoreFile(cwd), base: cwd },
    { patterns: cliPatterns, base: cwd },
  ];
}
