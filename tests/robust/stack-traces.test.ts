/**
 * No stack traces (issue 18, "What broke" 8): an ignore glob with an unpaired brace, a cache entry with
 * the right key but malformed results, a pattern nested 3,000 groups deep. Property tests feed random
 * config and cache JSON: the run always ends in an exit code, never an exception.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { readCacheData, writeCacheData } from '../helpers/cache.js';
import { caseFolders, REPORT, tempDir } from './helpers.js';

const FIXTURES = new URL('../fixtures/robust/rulesets/', import.meta.url).pathname;
const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);
const setup = caseFolders(dir);

describe('clear messages instead of stack traces', () => {
  it('`ignore: ["{"]` in the config: an unpaired brace is a plain character, the run goes on', async () => {
    const { d, input } = setup();
    writeFileSync(join(d, 'cfg.yaml'), 'ignore: ["{", "}", "a,b", "{x.txt"]\n');
    writeFileSync(join(d, '{x.txt'), REPORT.replace('青山县商务局', '忽略单位'));
    const run = await runCli([d, '--config', join(d, 'cfg.yaml'), '--no-similar']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(input);
    expect(run.stdout).not.toContain('忽略单位'); // "{x.txt" matched its file literally
  });

  it('a pattern nested 3,000 groups deep is refused at load with exit 2', async () => {
    const { input } = setup();
    const deep = `${'('.repeat(3000)}a${')'.repeat(3000)}`;
    const rules = join(dir, 'deep.yaml');
    writeFileSync(rules, readFileSync(join(FIXTURES, 'redos.yaml'), 'utf8').replace("'(a+)+$'", `'${deep}'`));
    const run = await runCli([input, '--rules', rules]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/deep\.yaml:\d+:\d+: unsafe regex .*nested more than 50 deep/);
  });

  it('a cache entry with the right key but malformed reports is a miss: the output equals a clean run', async () => {
    const { d, input } = setup();
    const cache = join(d, 'cache.json');
    const clean = await runCli([input, '--format', 'json']);
    expect((await runCli([input, '--cache', '--cache-location', cache])).code).toBe(0);
    const data = readCacheData(cache);
    const [key] = Object.keys(data.files) as [string];
    for (const reports of [[1], [{ title: 1 }], [{ ...data.files[key].result.reports[0], sections: [null] }], 'x']) {
      data.files[key]!.result.reports = reports;
      writeCacheData(cache, data);
      const run = await runCli([input, '--format', 'json', '--cache', '--cache-location', cache]);
      expect(run.stdout).toBe(clean.stdout);
      expect(run.code).toBe(0);
    }
  });
});

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const here = [...at, Array.isArray(value) ? Number(k) : k];
    return [here, ...paths(v, here)];
  });
}

function replaced(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

describe('property: random config and cache JSON never end in an exception', () => {
  it('a cached result with any one value replaced by random JSON: exit 0-2, never a throw', async () => {
    const { d, input } = setup();
    const cache = join(d, 'cache.json');
    await runCli([input, '--cache', '--cache-location', cache, '--no-similar']);
    const original = readCacheData(cache);
    const all = paths(original);
    await fc.assert(
      fc.asyncProperty(fc.nat(all.length - 1), fc.jsonValue(), async (i, value) => {
        writeCacheData(cache, replaced(original, all[i]!, value));
        const run = await runCli([input, '--cache', '--cache-location', cache, '--format', 'json']);
        expect([0, 1, 2]).toContain(run.code);
        JSON.parse(run.stdout); // the output is whole
      }),
      { numRuns: 60 },
    );
  });

  it('a config of random JSON (some keys right, values random): exit 0-2 with a message, never a throw', async () => {
    const { d, input } = setup();
    const config = join(d, 'cfg.yaml');
    const keys = ['rules', 'ruleSet', 'minScore', 'maxWarnings', 'lang', 'format', 'ignore', 'encoding', 'severity', 'similar', 'waive', 'overrides', 'extends'];
    const spec = fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...keys), fc.jsonValue(), { maxKeys: 4 }));
    await fc.assert(
      fc.asyncProperty(spec, async (value) => {
        writeFileSync(config, JSON.stringify(value));
        const run = await runCli([input, '--config', config, '--no-similar']);
        expect([0, 1, 2]).toContain(run.code);
        if (run.code === 2) expect(run.stderr).toMatch(/^reportlint: /);
      }),
      { numRuns: 80 },
    );
  });
});
