/**
 * Build step after tsc: loads the built-in rule sets the slow way (YAML, extends, ajv) and writes
 * their validated specs to dist/ruleset/builtin-rules.json, so a run can skip yaml and ajv.
 * Any failure leaves no bundle, and runs fall back to parsing the YAML.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Usage: node scripts/precompile-rules.mjs [distDir]  (default: the repo's dist/)
const dist = process.argv[2] ? pathToFileURL(`${resolve(process.argv[2])}/ruleset/`) : new URL('../dist/ruleset/', import.meta.url);
const bundleFile = fileURLToPath(new URL('builtin-rules.json', dist));
rmSync(bundleFile, { force: true }); // load the YAML itself, never a previous bundle
const { BUILTIN_RULES_DIR, loadRuleSets } = await import(new URL('load.js', dist).href);
const { bundleKey, ruleFileNames } = await import(new URL('precompiled.js', dist).href);

const names = ruleFileNames(BUILTIN_RULES_DIR);
const ruleSets = loadRuleSets(BUILTIN_RULES_DIR);
const bundle = {
  key: bundleKey(BUILTIN_RULES_DIR, names),
  ruleSets: ruleSets.map((r) => ({ name: basename(r.file), spec: r.spec })),
};
writeFileSync(bundleFile, `${JSON.stringify(bundle)}\n`);
process.stdout.write(`precompiled ${ruleSets.length} built-in rule sets -> dist/ruleset/builtin-rules.json\n`);
