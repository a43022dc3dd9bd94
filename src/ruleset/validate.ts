/**
 * Validates a parsed rule set against schema/rule-set.schema.json with ajv,
 * and turns ajv's first error into a path plus a sentence a rule author can act on.
 */
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject } from 'ajv';
import { ajv } from '../lazy.js';
import { didYouMean } from './did-you-mean.js';

const require = createRequire(import.meta.url);
const schema = require('../../schema/rule-set.schema.json') as object;

let validator: ReturnType<Ajv['compile']> | undefined;

export interface SpecProblem {
  /** JSON path to the offending value, e.g. ['sections', 2, 'weight']. */
  readonly path: (string | number)[];
  readonly message: string;
  /** The problem is the key itself (an unknown key), so point at the key rather than its value. */
  readonly atKey?: boolean;
}

export function validateSpec(data: unknown): SpecProblem | null {
  const foreign = foreignDocument(data, schema);
  if (foreign) return foreign;
  validator ??= new (ajv().Ajv)({ allErrors: true, strict: true, verbose: true }).compile(schema);
  if (validator(data)) return null;
  // A misspelt key also makes a required key "missing": name the misspelling, which says how to fix both.
  const error = validator.errors?.find((e) => e.keyword === 'additionalProperties') ?? validator.errors?.[0];
  return error ? describe(error) : { path: [], message: 'invalid rule set' };
}

/**
 * Every problem, for `rules validate`: ajv's errors less the noise. A required key reported
 * missing beside an unknown key is the misspelling again, and anyOf/oneOf/if summaries only
 * repeat the branch errors they come with.
 */
export function validateSpecAll(data: unknown): SpecProblem[] {
  const foreign = foreignDocument(data, schema);
  if (foreign) return [foreign];
  validator ??= new (ajv().Ajv)({ allErrors: true, strict: true, verbose: true }).compile(schema);
  if (validator(data)) return [];
  const errors = validator.errors ?? [];
  const misspelt = new Set(errors.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath));
  const summaries = new Set(['anyOf', 'oneOf', 'if', 'not']);
  const kept = errors.filter((e) => !(e.keyword === 'required' && misspelt.has(e.instancePath)) && !(summaries.has(e.keyword) && errors.length > 1));
  const seen = new Set<string>();
  const problems = (kept.length ? kept : errors).map(describe).filter((p) => {
    const key = `${p.path.join('/')}|${p.message}`;
    return !seen.has(key) && seen.add(key);
  });
  return problems.length ? problems : [{ path: [], message: 'invalid rule set' }];
}

/**
 * A file none of whose top-level keys the schema knows is some other file (/etc/shadow, a log):
 * say so without quoting it, since ajv's "unknown key" message would print its first line.
 */
export function foreignDocument(data: unknown, fileSchema: object, kind = 'rule set'): SpecProblem | null {
  const known = (fileSchema as { properties?: Record<string, unknown> }).properties ?? {};
  const keys = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : null;
  // A misspelt key ("rulse") is no sign of a foreign file: the usual message names it and the right one.
  const foreign = keys
    ? keys.length > 0 && !keys.some((k) => k in known || didYouMean(k, Object.keys(known)))
    : data !== null && data !== undefined;
  return foreign ? { path: [], message: `not a ${kind}: none of its top-level keys is one a ${kind} has (${Object.keys(known).slice(0, 6).join(', ')} …); is this the right file?` } : null;
}

export function describe(error: ErrorObject): SpecProblem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  const where = error.instancePath || '(top level)';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      // parentSchema is there when the validator is built with `verbose: true`.
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = didYouMean(key, allowed);
      const hint = guess ? `; did you mean "${guess}"?` : allowed.length ? `; allowed: ${allowed.join(', ')}` : '';
      return { path: [...path, key], message: `unknown key "${key}" in ${where}${hint}`, atKey: true };
    }
    case 'required':
      return { path, message: `missing required key "${(error.params as { missingProperty: string }).missingProperty}" in ${where}` };
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}
