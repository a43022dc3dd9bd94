/**
 * `extends: <path or built-in id>`: a rule set written as changes to another.
 * The child's keys replace the parent's; `appliesTo` and `checks` merge key by key; sections merge by id
 * (a child section with a parent's id changes that section, a new id adds one). Every merged value
 * keeps a pointer to the file and position it came from, so errors still read file:line:column.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export type Path = readonly (string | number)[];
export interface Position {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}
/** A parsed (not yet validated) rule set and where each of its values was written. */
export interface ParsedSpec {
  readonly data: unknown;
  /** Where the value at `path` was written; with `key`, where its key was. */
  readonly locate: (path: Path, key?: boolean) => Position;
}

/** How deep a chain of `extends` may go: deep enough for any real use, short enough to read in an error. */
export const MAX_EXTENDS_DEPTH = 8;

const MERGED_BY_KEY = new Set(['appliesTo', 'checks']);

/** The file an `extends` value names: a path relative to the child, or a built-in id; null if neither exists. */
export function resolveParent(ref: string, childFile: string, builtinDir: string): string | null {
  if (/^[a-z][a-z0-9-]*$/.test(ref)) {
    const builtin = join(builtinDir, `${ref}.yaml`);
    if (existsSync(builtin)) return builtin;
  }
  const path = isAbsolute(ref) ? ref : resolve(dirname(childFile), ref);
  return existsSync(path) ? path : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const sectionsOf = (data: Record<string, unknown>): Record<string, unknown>[] =>
  Array.isArray(data.sections) ? (data.sections as unknown[]).filter(isObject) : [];

/** The child laid over the parent, with a locator that answers from whichever file wrote the value. */
export function mergeSpecs(parentSpec: ParsedSpec, childSpec: ParsedSpec): ParsedSpec {
  if (!isObject(parentSpec.data) || !isObject(childSpec.data)) return childSpec;
  const p = parentSpec.data;
  const c = childSpec.data;
  const data: Record<string, unknown> = { ...p, ...c };
  for (const key of MERGED_BY_KEY) if (isObject(p[key]) && isObject(c[key])) data[key] = { ...p[key], ...c[key] };

  // origins[i]: where merged section i came from (parent index, child index, or both when overridden).
  const origins: { parent?: number; child?: number }[] = sectionsOf(p).map((_, k) => ({ parent: k }));
  const merged: Record<string, unknown>[] = [...sectionsOf(p)];
  if (Array.isArray(c.sections)) {
    sectionsOf(c).forEach((section, j) => {
      const i = merged.findIndex((s, n) => s.id === section.id && origins[n]!.child === undefined);
      if (i === -1) {
        merged.push(section);
        origins.push({ child: j }); // a new id, or a duplicate within the child (compile reports it)
      } else {
        merged[i] = { ...merged[i], ...section };
        origins[i] = { ...origins[i], child: j };
      }
    });
  }
  // A child's `sections` that is not a list stays as written, for validation to report.
  data.sections = 'sections' in c && !Array.isArray(c.sections) ? c.sections : merged;

  const locate = (path: Path, atKey?: boolean): Position => {
    const parent = { locate: (p: Path) => parentSpec.locate(p, atKey) };
    const child = { locate: (p: Path) => childSpec.locate(p, atKey) };
    const [key, index, field] = path;
    if (key === 'sections' && typeof index === 'number') {
      const origin = origins[index];
      const fromChild = origin?.child !== undefined && (field === undefined || field in sectionsOf(c)[origin.child]!);
      if (fromChild) return child.locate(['sections', origin!.child!, ...path.slice(2)]);
      if (origin?.parent !== undefined) return parent.locate(['sections', origin.parent, ...path.slice(2)]);
      return child.locate(path);
    }
    if (key === undefined || !(key in c)) return key === undefined || !(String(key) in p) ? child.locate(path) : parent.locate(path);
    if (MERGED_BY_KEY.has(String(key)) && index !== undefined && isObject(c[key]) && !(String(index) in (c[key] as object))) {
      return parent.locate(path);
    }
    return child.locate(path);
  };
  return { data, locate };
}
