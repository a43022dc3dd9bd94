/**
 * --cache: unchanged files are not re-checked, anything that could change a result invalidates
 * the cache, the file is written atomically, and a corrupt or deleted cache is simply rebuilt.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFile, cacheKey, ResultCache } from '../../src/cache.js';
import { runJson } from '../helpers/cli.js';
import { readCacheData, writeCacheData } from '../helpers/cache.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/perf');
const GOOD = '青禾县统计局2024年政务公开工作总结.txt';
const THIN = '溪口乡2024年政务公开工作总结.txt';
let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reportlint-cache-'));
  mkdirSync(join(dir, 'reports'));
  cpSync(FIXTURES, join(dir, 'reports'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (...extra: string[]) => runJson([join(dir, 'reports'), '--cache', '--no-similar', ...extra], { cwd: dir });
const cachePath = () => join(dir, '.reportlintcache');
const readCache = () => readCacheData(cachePath());
const scoreOf = (json: Awaited<ReturnType<typeof run>>['json'], name: string) => json.files.find((f) => f.path.endsWith(name))!.reports[0]!.score;

/** Marks the cached result of `name` with an impossible score: it shows up only if the cache is used. */
function tamper(name: string): void {
  const data = readCache();
  const entry = Object.entries(data.files).find(([path]) => path.endsWith(name))![1];
  entry.result.reports[0]!.score = 4242;
  writeCacheData(cachePath(), data);
}

describe('--cache', () => {
  it('writes .reportlintcache in the working folder, and the same results come back from it', async () => {
    const first = await run();
    expect(existsSync(cachePath())).toBe(true);
    expect(Object.keys(readCache().files)).toHaveLength(2);
    const second = await run();
    expect(second.code).toBe(first.code);
    expect(second.json).toEqual(first.json);
  });

  it('does not re-check an unchanged file, and re-checks a changed one', async () => {
    await run();
    tamper(GOOD);
    tamper(THIN);
    expect(scoreOf((await run()).json, GOOD)).toBe(4242);
    appendFileSync(join(dir, 'reports', GOOD), '\n');
    const after = await run();
    expect(scoreOf(after.json, GOOD)).not.toBe(4242);
    expect(scoreOf(after.json, THIN)).toBe(4242);
  });

  it('starts over when options or rule sets change', async () => {
    await run();
    tamper(GOOD);
    expect(scoreOf((await run('--min-score', '90')).json, GOOD)).not.toBe(4242);
    const rules = join(dir, 'extra.yaml');
    writeFileSync(rules, readFileSync(resolve(import.meta.dirname, '../../rules/zwgk-summary.yaml'), 'utf8').replace(/^id: zwgk-summary$/m, 'id: zwgk-extra'));
    await run();
    tamper(GOOD);
    expect(scoreOf((await run('--rules', rules)).json, GOOD)).not.toBe(4242);
  });

  it('ignores a corrupt cache without a crash, and replaces it with a good one', async () => {
    const clean = await runJson([join(dir, 'reports'), '--no-similar'], { cwd: dir });
    for (const garbage of ['{"reportlintCache": 1, "key": tr', 'null', '[]', '{"reportlintCache":1,"key":"x","files":{}}']) {
      writeFileSync(cachePath(), garbage);
      const out = await run();
      expect(out.stderr).toBe('');
      expect(out.json).toEqual(clean.json);
      expect(Object.keys(readCache().files)).toHaveLength(2);
    }
    // A well-formed cache with a broken entry under the right key: that entry is a miss, not a crash.
    const data = readCache();
    for (const entry of Object.values(data.files)) (entry as { result: unknown }).result = { reports: 'no' };
    writeCacheData(cachePath(), data);
    expect((await run()).json).toEqual(clean.json);
  });

  it('is safe to delete, leaves no temp files, and honours --cache-location (file or folder)', async () => {
    await run();
    rmSync(cachePath());
    await run();
    expect(existsSync(cachePath())).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
    await run('--cache-location', 'my.cache');
    expect(existsSync(join(dir, 'my.cache'))).toBe(true);
    mkdirSync(join(dir, 'cachedir'));
    await run('--cache-location', 'cachedir');
    expect(existsSync(join(dir, 'cachedir', '.reportlintcache'))).toBe(true);
  });

  it('says so on stderr, and still reports, when the cache cannot be written', async () => {
    // A folder cannot be made under a file, so the write fails.
    const out = await run('--cache-location', join(dir, 'reports', GOOD, 'c.json'));
    expect(out.stderr).toMatch(/cannot write cache/);
    expect(out.json.files).toHaveLength(2);
    expect(readdirSync(join(dir, 'reports')).filter((n) => n.includes('.tmp'))).toEqual([]);
  });
});

describe('--cache by size and mtime (issue 17)', () => {
  const good = () => join(dir, 'reports', GOOD);

  it('reuses an entry whose size and mtime are unchanged without reading the file', async () => {
    const second = 1_700_000_000; // a whole second: utimes can set it back exactly
    utimesSync(good(), second, second);
    await run();
    tamper(GOOD);
    // Same size, same mtime, other bytes: only a read would notice, and an unchanged stat means no read.
    const text = readFileSync(good(), 'utf8');
    writeFileSync(good(), text.replace('统计局', '民政局'));
    utimesSync(good(), second, second);
    expect(statSync(good()).size).toBe(Buffer.byteLength(text));
    expect(scoreOf((await run()).json, GOOD)).toBe(4242);
  });

  it('a touched file with the same bytes is a hit, and its entry takes the new mtime', async () => {
    await run();
    tamper(GOOD);
    const later = new Date(Date.now() + 60_000);
    utimesSync(good(), later, later);
    expect(scoreOf((await run()).json, GOOD)).toBe(4242);
    const entry = Object.entries(readCache().files).find(([path]) => path.endsWith(GOOD))![1];
    expect(entry.mtimeMs).toBe(statSync(good()).mtimeMs);
  });

  it('an unchanged rerun leaves the cache file as it was (nothing rewritten)', async () => {
    await run();
    const before = statSync(cachePath());
    await run();
    const after = statSync(cachePath());
    expect([after.ino, after.mtimeMs, after.size]).toEqual([before.ino, before.mtimeMs, before.size]);
  });

  it('keeps entries of files this run did not check, and drops those of files that are gone', async () => {
    await run();
    expect(Object.keys(readCache().files)).toHaveLength(2);
    await runJson([join(dir, 'reports', GOOD), '--cache', '--no-similar'], { cwd: dir });
    expect(Object.keys(readCache().files)).toHaveLength(2);
    rmSync(join(dir, 'reports', THIN));
    appendFileSync(good(), '\n'); // a change, so the cache is written again
    await run();
    expect(Object.keys(readCache().files).map((p) => p.endsWith(GOOD))).toEqual([true]);
  });
});

describe('cache entries keep what a result holds', () => {
  it('round-trips extra fields, Uint32Array ones included (as base64)', () => {
    const cache = ResultCache.open(join(dir, 'c'), 'k', dir);
    const file = join(dir, 'reports', GOOD);
    expect(cache.lookup(file)).toBeNull();
    const signature = new Uint32Array([0, 1, 0xffffffff, 123456789]);
    const report = { title: '青禾县统计局𠀀', startLine: 1, endLine: 2, ruleSet: null, routing: { ruleSet: null, by: 'none', evidence: '' }, score: null, passed: null, passMark: null, sections: [], messages: [], signature, extra: { n: 1 } };
    cache.store({ path: file, encoding: 'utf-8', lineUnit: 'line', reports: [report as never], errors: [] });
    expect(cache.save()).toBeNull();
    const back = ResultCache.open(join(dir, 'c'), 'k', dir).lookup(file)!;
    const got = back.reports[0] as unknown as typeof report;
    expect(got.signature).toBeInstanceOf(Uint32Array);
    expect([...got.signature]).toEqual([...signature]);
    expect(got.extra).toEqual({ n: 1 });
    expect(got.title).toBe('青禾县统计局𠀀');
    expect(back.path).toBe(file);
  });

  it('an entry whose base64 does not make whole 32-bit words is a miss, not a crash', () => {
    const cache = ResultCache.open(join(dir, 'c'), 'k', dir);
    const file = join(dir, 'reports', GOOD);
    cache.lookup(file);
    cache.store({ path: file, encoding: 'utf-8', lineUnit: 'line', reports: [], errors: [] });
    cache.save();
    const data = readCacheData(join(dir, 'c'));
    data.files[file]!.result.reports = [{ signature: { $u32: 'AAA' } }];
    writeCacheData(join(dir, 'c'), data);
    expect(ResultCache.open(join(dir, 'c'), 'k', dir).lookup(file)).toBeNull();
  });
});

describe('a file whose name is not UTF-8', () => {
  it('is cached by its bytes path, as load/ reads it (a GBK name from a Windows archive)', () => {
    const name = Buffer.from([0xd7, 0xdc, 0xbd, 0xe1, 0x2e, 0x74, 0x78, 0x74]); // 总结.txt in GBK
    const at = Buffer.concat([Buffer.from(`${dir}/`), name]);
    writeFileSync(at, readFileSync(join(dir, 'reports', GOOD)));
    const shown = join(dir, '总结.txt');
    const rawPaths = new Map([[shown, new Uint8Array(at)]]);
    const cache = ResultCache.open(join(dir, 'c'), 'k', dir, rawPaths);
    expect(cache.lookup(shown)).toBeNull();
    cache.store({ path: shown, encoding: 'utf-8', lineUnit: 'line', reports: [], errors: [] });
    expect(cache.save()).toBeNull();
    expect(ResultCache.open(join(dir, 'c'), 'k', dir, rawPaths).lookup(shown)?.path).toBe(shown);
  });
});

describe('cache pieces', () => {
  it('keys differ when a rule pattern or an option differs', () => {
    expect(cacheKey({ r: [/主动公开/u] })).not.toBe(cacheKey({ r: [/依申请/u] }));
    expect(cacheKey({ minScore: 60 })).not.toBe(cacheKey({ minScore: 61 }));
    expect(cacheKey({ r: [/a/u] })).toBe(cacheKey({ r: [/a/u] }));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(cacheKey(cyclic)).not.toBe(cacheKey(cyclic)); // never reused, never a crash
  });

  it('a folder location gets .reportlintcache inside it', () => {
    expect(cacheFile('sub/', '/x')).toBe(resolve('/x/sub/.reportlintcache'));
    expect(cacheFile('c.json', '/x')).toBe(resolve('/x/c.json'));
  });

  it('does not keep results of files that could not be read as reports', () => {
    const cache = ResultCache.open(join(dir, 'c'), 'k', dir);
    const file = join(dir, 'reports', GOOD);
    expect(cache.lookup(file)).toBeNull();
    cache.store({ path: file, encoding: null, lineUnit: 'line', reports: [], errors: [{ code: 'binary', args: {}, severity: 'error' }] });
    expect(cache.save()).toBeNull();
    expect(ResultCache.open(join(dir, 'c'), 'k', dir).lookup(file)).toBeNull();
  });
});
