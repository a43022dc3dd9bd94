/**
 * Built-in rule sets precompiled at build time (scripts/precompile-rules.mjs writes
 * dist/ruleset/builtin-rules.json): parsed, `extends`-merged and schema-validated specs, so an
 * ordinary run loads neither yaml nor ajv. The bundle is used only while its key, a hash of every
 * built-in YAML file and the schema, still matches the files on disk; otherwise the YAML is parsed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleSetSpec } from './types.js';

export interface Bundle {
  readonly key: string;
  readonly ruleSets: readonly { readonly name: string; readonly spec: RuleSetSpec }[];
}

/** Where the build writes the bundle: beside the compiled loader. */
export const BUNDLE_FILE = new URL('./builtin-rules.json', import.meta.url);
const SCHEMA_FILE = new URL('../../schema/rule-set.schema.json', import.meta.url);

/** The YAML file names of a rule-set folder, in load order. */
export function ruleFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort();
}

/** Hash of every rule file's name and bytes plus the schema: any edit makes the bundle stale. */
export function bundleKey(dir: string, names: readonly string[]): string {
  const hash = createHash('sha256');
  for (const name of names) hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  return hash.update(readFileSync(SCHEMA_FILE)).digest('hex');
}

/** The precompiled specs of `dir`'s rule files, or null when there is no bundle or it is stale. */
export function readBundle(dir: string, bundleFile: URL | string = BUNDLE_FILE): { readonly file: string; readonly spec: RuleSetSpec }[] | null {
  try {
    const names = ruleFileNames(dir);
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as Bundle;
    if (bundle.key !== bundleKey(dir, names)) return null;
    if (bundle.ruleSets.map((r) => r.name).join('\0') !== names.join('\0')) return null;
    return bundle.ruleSets.map((r) => ({ file: join(dir, r.name), spec: r.spec }));
  } catch {
    return null; // no bundle (running from sources) or an unreadable one: parse the YAML instead
  }
}
