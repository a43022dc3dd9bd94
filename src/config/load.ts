/**
 * Finds and reads the config: `.reportlintrc.yaml`/`.yml`, `reportlint.config.yaml`/`.yml`, or the
 * `reportlint` key of package.json, in the nearest folder from the working folder up that has one.
 * Validated against schema/config.schema.json; every problem is a RuleSetError at file:line:column.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import type { Ajv } from 'ajv';
import type { Document } from 'yaml';
import { ajv, yaml } from '../lazy.js';
import { RuleSetError } from '../errors.js';
import { MAX_RULE_SET_BYTES, nodeAt } from '../ruleset/load.js';
import { readProblem, readRegularTextSync } from '../io/safe-read.js';
import { describe, foreignDocument } from '../ruleset/validate.js';
import type { Config, ConfigSpec } from './types.js';

/** Looked for in this order in each folder; the first folder with any of them wins. */
export const CONFIG_NAMES = ['.reportlintrc.yaml', '.reportlintrc.yml', 'reportlint.config.yaml', 'reportlint.config.yml'];

const schema = createRequire(import.meta.url)('../../schema/config.schema.json') as object;
let validator: ReturnType<Ajv['compile']> | undefined;

/** The config file that applies in `cwd`, or null. A package.json counts only when it has a `reportlint` key. */
export function findConfig(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && hasReportlintKey(pkg)) return pkg;
    if (dirname(dir) === dir) return null;
  }
}

function hasReportlintKey(pkg: string): boolean {
  try {
    const data = JSON.parse(readRegularTextSync(pkg, MAX_RULE_SET_BYTES)) as unknown;
    return typeof data === 'object' && data !== null && 'reportlint' in data;
  } catch {
    return false; // a broken package.json is npm's problem, not a config of ours
  }
}

/** Reads and validates one config file (YAML, or package.json's `reportlint` key). */
export function loadConfig(file: string): Config {
  let text: string;
  try {
    text = readRegularTextSync(file, MAX_RULE_SET_BYTES);
  } catch (error) {
    throw new RuleSetError(file, 1, 1, `cannot read config: ${readProblem(error)}`);
  }
  return parseConfig(text, file);
}

/** Parses config text; package.json is read as YAML too (JSON is YAML), so positions work the same. */
export function parseConfig(text: string, file: string): Config {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const prefix = basename(file) === 'package.json' ? ['reportlint'] : [];
  const locate = (path: readonly (string | number)[]) => {
    const { line, col } = lineCounter.linePos(nodeAt(doc as Document, [...prefix, ...path])?.range?.[0] ?? 0);
    return { line, column: col };
  };
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new RuleSetError(file, line, col, `invalid ${prefix.length ? 'JSON' : 'YAML'}: ${first.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new RuleSetError(file, 1, 1, `invalid YAML: ${(error as Error).message}`);
  }
  if (prefix.length) data = (data as Record<string, unknown>).reportlint;
  data ??= {}; // an empty file is an empty config
  // verbose: describe() names the allowed keys (and a likely misspelling) from the parent schema.
  const foreign = foreignDocument(data, schema, 'reportlint config');
  if (foreign) throw new RuleSetError(file, 1, 1, foreign.message);
  validator ??= new (ajv().Ajv)({ allErrors: true, strict: true, verbose: true }).compile(schema);
  if (!validator(data)) {
    const first = validator.errors?.find((e) => e.keyword === 'additionalProperties') ?? validator.errors?.[0];
    const problem = first ? describe(first) : { path: [], message: 'invalid config' };
    const { line, column } = locate(problem.path);
    throw new RuleSetError(file, line, column, problem.message);
  }
  return { spec: data as ConfigSpec, file, dir: dirname(resolve(file)), locate };
}
