/** The precompiled built-in rule sets are trusted only while every rule file and the schema are unchanged. */
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../../src/ruleset/load.js';
import { bundleKey, readBundle, ruleFileNames } from '../../src/ruleset/precompiled.js';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyRules(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-rules-'));
  temps.push(dir);
  cpSync(BUILTIN_RULES_DIR, dir, { recursive: true });
  return dir;
}

function writeBundle(dir: string): string {
  const file = join(dir, 'bundle.json');
  const ruleSets = loadRuleSets(dir).map((r) => ({ name: r.file.slice(dir.length + 1), spec: r.spec }));
  writeFileSync(file, JSON.stringify({ key: bundleKey(dir, ruleFileNames(dir)), ruleSets }));
  return file;
}

describe('precompiled built-in rule sets', () => {
  it('are read back as the specs the YAML gave, which survive JSON unchanged', () => {
    const dir = copyRules();
    const bundled = readBundle(dir, writeBundle(dir));
    expect(bundled).not.toBeNull();
    const specs = loadRuleSets(dir).map((r) => r.spec);
    expect(bundled!.map((b) => b.spec)).toEqual(specs);
    expect(JSON.parse(JSON.stringify(specs))).toEqual(specs);
  });

  it('are ignored once a rule file changes, is added, or the bundle is garbage', () => {
    const dir = copyRules();
    const bundle = writeBundle(dir);
    const first = ruleFileNames(dir)[0]!;
    appendFileSync(join(dir, first), '\n# edited\n');
    expect(readBundle(dir, bundle)).toBeNull();

    const dir2 = copyRules();
    const bundle2 = writeBundle(dir2);
    writeFileSync(join(dir2, 'zz-extra.yaml'), 'id: extra\n');
    expect(readBundle(dir2, bundle2)).toBeNull();

    const dir3 = copyRules();
    const bundle3 = writeBundle(dir3);
    writeFileSync(bundle3, '{"key": tru');
    expect(readBundle(dir3, bundle3)).toBeNull();
  });

  it('are absent when running from the sources, so the YAML is parsed', () => {
    expect(readBundle(BUILTIN_RULES_DIR)).toBeNull();
  });
});
