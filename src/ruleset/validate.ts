/**
 * Validates a parsed rule set against schema/rule-set.schema.json with ajv,
 * and turns ajv's first error into a path plus a sentence a rule author can act on.
 */
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject } from 'ajv';

const require = createRequire(import.meta.url);
const schema = require('../../schema/rule-set.schema.json') as object;

let validator: ReturnType<Ajv['compile']> | undefined;

export interface SpecProblem {
  /** JSON path to the offending value, e.g. ['sections', 2, 'weight']. */
  readonly path: (string | number)[];
  readonly message: string;
}

export function validateSpec(data: unknown): SpecProblem | null {
  validator ??= new Ajv({ allErrors: false, strict: true }).compile(schema);
  if (validator(data)) return null;
  const error = validator.errors?.[0];
  return error ? describe(error) : { path: [], message: 'invalid rule set' };
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
      return { path: [...path, key], message: `unknown key "${key}" in ${where}` };
    }
    case 'required':
      return { path, message: `missing required key "${(error.params as { missingProperty: string }).missingProperty}" in ${where}` };
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}
