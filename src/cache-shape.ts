/**
 * Whether a result read back from the cache has the shape a fresh one has. The cache is a file
 * anyone can edit or damage; an entry with the right key and hash but, say, `reports: [1]` used to
 * reach the 内容雷同 pass and the formats and end in a TypeError. Anything off is a cache miss.
 */
import type { FileResult } from './types.js';

type Check = (value: unknown) => boolean;

const str: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const bool: Check = (v) => typeof v === 'boolean';
const nullable = (check: Check): Check => (v) => v === null || check(v);
const optional = (check: Check): Check => (v) => v === undefined || check(v);
// Plain loops, no arrays made per call: an unchanged --cache rerun checks every cached result (issue 17).
const list = (check: Check): Check => (v) => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const args: Check = (v) => {
  if (!isObject(v)) return false;
  for (const key in v) {
    if (!Object.hasOwn(v, key)) continue;
    const a = v[key];
    if (typeof a !== 'string' && !num(a)) return false;
  }
  return true;
};
const shape = (fields: Record<string, Check>): Check => {
  const keys = Object.keys(fields);
  const checks = keys.map((key) => fields[key]!);
  return (v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(v[keys[i]!])) return false;
    return true;
  };
};

const fileError = shape({ code: str, args, severity: str, line: optional(num) });
const message = shape({ ruleId: str, code: str, args, severity: str, line: num, column: num, lineStart: optional(str), waived: optional(isObject) });
const section = shape({ id: str, name: str, status: str, line: nullable(num), evidence: nullable(str), weak: bool, figures: bool, terms: optional(list(str)) });
const similar = shape({ kind: str, path: str, title: str, startLine: num, similarity: num, share: num });
const report = shape({
  title: str,
  startLine: num,
  endLine: num,
  ruleSet: nullable(str),
  routing: shape({ ruleSet: nullable(str), by: str, evidence: str }),
  score: nullable(num),
  passed: nullable(bool),
  passMark: nullable(num),
  failedBecause: optional(list(shape({ code: str }))),
  sections: list(section),
  messages: list(message),
  similar: optional(list(similar)),
});

/** True when `result` (a cached FileResult without its path) can be handed on as a fresh one. */
export const isCachedResult: (result: unknown) => result is Omit<FileResult, 'path'> = shape({
  encoding: nullable(str),
  lineUnit: str,
  pageStarts: optional(list(num)),
  errors: list(fileError),
  reports: list(report),
}) as (result: unknown) => result is Omit<FileResult, 'path'>;
