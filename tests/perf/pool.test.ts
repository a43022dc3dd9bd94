/**
 * The worker pool gives exactly the results of the main thread. Workers need compiled JavaScript,
 * so this builds the sources into a temp folder first (vitest itself runs the .ts sources).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript script without types
import { generate } from '../../scripts/bench-corpus.mjs';
import { MIN_FILES_FOR_POOL, parseConcurrency, workerCount } from '../../src/engine/pool/index.js';

const root = resolve(import.meta.dirname, '../..');

describe('workerCount', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `missing-${i}.txt`);

  it('never starts workers when told off, or for a small batch on auto (few files, or few bytes)', () => {
    expect(workerCount(many(10_000), 'off')).toBe(0);
    expect(workerCount(many(MIN_FILES_FOR_POOL - 1), 'auto')).toBe(0);
    expect(workerCount(many(10_000), 'auto')).toBe(0); // unreadable files weigh nothing
    expect(workerCount([], 2)).toBe(0);
  });

  it('has no compiled worker next to the .ts sources, so vitest checks in-process', () => {
    expect(workerCount(many(10_000), 2)).toBe(0);
  });

  it('reads --concurrency values and refuses nonsense', () => {
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('off')).toBe('off');
    expect(parseConcurrency('3')).toBe(3);
    expect(() => parseConcurrency('0')).toThrow(/--concurrency/);
    expect(() => parseConcurrency('two')).toThrow(/--concurrency/);
  });
});

describe('compiled build: the worker pool and the read-ahead thread against the main thread', () => {
  let tmp = '';
  let files: string[] = [];
  type Batch = typeof import('../../src/engine/batch.js');
  type Load = typeof import('../../src/ruleset/load.js');
  let batch: Batch;
  let load: Load;
  let stats: { lastThreads: number };
  let pool: typeof import('../../src/engine/pool/index.js');
  let readAhead: typeof import('../../src/load/read-ahead.js');

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'reportlint-pool-'));
    for (const name of ['rules', 'schema', 'node_modules', 'package.json']) symlinkSync(join(root, name), join(tmp, name));
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--outDir', join(tmp, 'dist')], { stdio: 'pipe' });
    } catch {
      // Type errors elsewhere in a work-in-progress tree still emit JavaScript; the checks below decide.
    }
    expect(existsSync(join(tmp, 'dist/engine/pool/worker.js'))).toBe(true);
    const meta = generate(60, join(tmp, 'corpus')) as { files: number };
    expect(meta.files).toBeGreaterThan(MIN_FILES_FOR_POOL);
    const { expandPaths } = (await import(pathToFileURL(join(tmp, 'dist/files.js')).href)) as typeof import('../../src/files.js');
    // Text and Markdown: workers read both synchronously, and must read them as loadFile does.
    files = [...(await expandPaths([join(tmp, 'corpus', 'txt'), join(tmp, 'corpus', 'md', 'a')], tmp)).files];
    writeFileSync(join(tmp, 'corpus', 'broken.txt'), new Uint8Array([0, 0, 0, 0, 1, 2, 0, 0]));
    files.push(join(tmp, 'corpus', 'broken.txt'), join(tmp, 'corpus', 'missing.txt'));
    batch = (await import(pathToFileURL(join(tmp, 'dist/engine/batch.js')).href)) as Batch;
    load = (await import(pathToFileURL(join(tmp, 'dist/ruleset/load.js')).href)) as Load;
    pool = (await import(pathToFileURL(join(tmp, 'dist/engine/pool/index.js')).href)) as typeof import('../../src/engine/pool/index.js');
    readAhead = (await import(pathToFileURL(join(tmp, 'dist/load/read-ahead.js')).href)) as typeof import('../../src/load/read-ahead.js');
    stats = pool.poolStats;
  }, 180_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('two workers return the same results, in the same order, as no workers', async () => {
    const ruleSets = load.loadRuleSets(load.BUILTIN_RULES_DIR);
    const base = { ruleSets, load: {}, readStdin: async () => new TextEncoder().encode('县统计局2024年政务公开工作总结\n\n一、主动公开\n全年公开信息12条。') };
    const inputs = [...files, '-'];
    let progress = 0;
    const pooled = await batch.checkFiles(inputs, { ...base, concurrency: 2, onFile: (done) => (progress = done) });
    expect(stats.lastThreads).toBe(2);
    stats.lastThreads = 0;
    const plain = await batch.checkFiles(inputs, { ...base, concurrency: 'off' });
    expect(stats.lastThreads).toBe(0);
    expect(progress).toBe(inputs.length);
    expect(pooled.length).toBe(inputs.length);
    expect(pooled.some((r) => r.path === '<stdin>' && r.reports.length === 1)).toBe(true);
    expect(pooled.some((r) => r.errors.some((e) => e.code === 'unreadable'))).toBe(true);
    expect(pooled.reduce((n, r) => n + r.reports.length, 0)).toBeGreaterThanOrEqual(60);
    expect(pooled).toEqual(plain);
  });

  it('the build precompiles the built-in rule sets, and they load exactly as from YAML', () => {
    const fromYaml = load.loadRuleSets(load.BUILTIN_RULES_DIR);
    const bundle = join(tmp, 'dist/ruleset/builtin-rules.json');
    execFileSync(process.execPath, [join(root, 'scripts/precompile-rules.mjs'), join(tmp, 'dist')], { stdio: 'pipe' });
    expect(existsSync(bundle)).toBe(true);
    const fromBundle = load.loadRuleSets(load.BUILTIN_RULES_DIR);
    expect(fromBundle.length).toBeGreaterThan(0);
    expect(fromBundle).toEqual(fromYaml);
    // Proof the loader really reads the bundle: a retitled spec under the same key shows up.
    const original = readFileSync(bundle, 'utf8');
    const data = JSON.parse(original) as { ruleSets: { spec: { title: string } }[] };
    data.ruleSets[0]!.spec.title = '来自预编译';
    writeFileSync(bundle, JSON.stringify(data));
    expect(load.loadRuleSets(load.BUILTIN_RULES_DIR)[0]!.title).toBe('来自预编译');
    writeFileSync(bundle, original);
  });

  it('auto starts one worker per core on 3 or more cores once the batch holds enough bytes, never on 2', () => {
    const big = join(tmp, 'big');
    mkdirSync(big);
    const names = Array.from({ length: pool.MIN_FILES_FOR_POOL }, (_, i) => join(big, `${i}.txt`));
    // Sparse files: stat sees their size, and nothing is written.
    const sized = (total: number) => {
      for (const name of names) {
        writeFileSync(name, '');
        truncateSync(name, Math.ceil(total / names.length));
      }
    };
    for (const cores of [3, 4]) {
      const needed = pool.minBytesForPool(cores);
      sized(needed * 0.9);
      expect(pool.workerCount(names, 'auto', cores)).toBe(0);
      sized(needed);
      expect(pool.workerCount(names, 'auto', cores)).toBe(cores);
    }
    // On two cores workers never paid (issue 17: 1.28x slower than the main thread at 10,000 reports,
    // 1.09x at 40,000): auto checks in the main thread however big the batch; a number still starts workers.
    sized(4 * 1024 ** 3);
    expect(pool.minBytesForPool(2)).toBe(Infinity);
    expect(pool.workerCount(names, 'auto', 2)).toBe(0);
    expect(pool.workerCount(names, 'auto', 1)).toBe(0);
    expect(pool.workerCount(names, 2, 2)).toBe(2);
    expect(pool.workerCount(names, 1, 2)).toBe(1);
  });

  it('estimates a big batch from a sample of its files', () => {
    const many = join(tmp, 'many');
    mkdirSync(many);
    const names = Array.from({ length: 1000 }, (_, i) => join(many, `${i}.txt`));
    names.forEach((name, i) => writeFileSync(name, 'x'.repeat(i % 2 ? 3000 : 1000)));
    const exact = 1000 * 2000;
    expect(Math.abs(pool.estimatedBytes(names) - exact) / exact).toBeLessThan(0.05);
    expect(pool.estimatedBytes(names.slice(0, 10))).toBe(10 * 2000);
  });

  it('a chunk whose worker dies is checked in the main thread instead', async () => {
    const ruleSets = load.loadRuleSets(load.BUILTIN_RULES_DIR);
    const options = { ruleSets, load: {}, readStdin: async () => new Uint8Array() };
    const worker = join(tmp, 'dist/engine/pool/worker.js');
    renameSync(worker, `${worker}.away`);
    writeFileSync(worker, 'export default function () { process.exit(1); }\n'); // every task kills its worker
    try {
      const got: unknown[] = [];
      const some = files.slice(0, 10);
      const fallback = async (file: string) => ({ result: await batch.checkFile(file, options) });
      await pool.checkInPool(some, 2, { ruleSets, load: {} }, (i, outcome) => (got[i] = 'result' in outcome ? outcome.result : null), fallback);
      expect(got).toHaveLength(some.length);
      // Each outcome comes back under its own file's index.
      expect(got).toEqual(await Promise.all(some.map((file) => batch.checkFile(file, options))));
      // Through checkEach those results are flagged as the main thread's own, not as copies from a
      // worker: they hold their file's text, so checkFiles and the cache must copy them before keeping them.
      const cloned: boolean[] = [];
      await batch.checkEach(some, { ...options, concurrency: 2 }, (_, __, copy) => cloned.push(copy));
      expect(cloned).toEqual(some.map(() => false));
    } finally {
      renameSync(`${worker}.away`, worker);
    }
  });

  it('a streamed run (--no-similar) writes the same text with workers writing files as without workers', async () => {
    const { main } = (await import(pathToFileURL(join(tmp, 'dist/cli.js')).href)) as typeof import('../../src/cli.js');
    const dir = join(tmp, 'corpus', 'txt');
    const run = async (format: string, concurrency: string, extra: string[] = []) => {
      let out = '';
      const code = await main([dir, join(tmp, 'corpus', 'missing.txt'), '--no-similar', '--format', format, '--concurrency', concurrency, ...extra], {
        stdout: (text) => (out += text),
        stderr: () => {},
        readStdin: async () => new Uint8Array(),
        cwd: tmp,
        color: false,
      });
      return { code, out };
    };
    for (const format of ['stylish', 'json', 'sarif']) {
      const two = await run(format, '2');
      expect(stats.lastThreads).toBe(2);
      const off = await run(format, 'off');
      expect(two.out.length).toBeGreaterThan(1000);
      expect(two).toEqual(off);
      expect(two.code).toBe(2); // missing.txt
      // Through the byte path bin/reportlint.js uses: the same text.
      const bytes: Uint8Array[] = [];
      await main([dir, join(tmp, 'corpus', 'missing.txt'), '--no-similar', '--format', format, '--concurrency', '2'], {
        stdout: () => {
          throw new Error('a streamed run writes bytes when it can');
        },
        stdoutBytes: (b) => bytes.push(Uint8Array.from(b)),
        stderr: () => {},
        readStdin: async () => new Uint8Array(),
        cwd: tmp,
        color: false,
      });
      expect(Buffer.concat(bytes).toString('utf8')).toBe(two.out);
      const file = join(tmp, `out-${format}`);
      expect((await run(format, '2', ['--output-file', file])).out).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(two.out);
    }
    const parsed = JSON.parse((await run('json', '2')).out) as { files: { path: string }[] };
    expect(parsed.files.map((f) => f.path)).toEqual([...parsed.files.map((f) => f.path)].sort());
  });

  it('standard input is checked before the pool starts: "<stdin>" sorts first, and a streamed run writes in path order', async () => {
    const ruleSets = load.loadRuleSets(load.BUILTIN_RULES_DIR);
    const order: number[] = [];
    const inputs = [...files.slice(0, 30), '-'];
    const stdin = async () => new TextEncoder().encode('县统计局2024年政务公开工作总结\n\n一、主动公开\n全年公开信息12条。');
    await batch.checkEach(inputs, { ruleSets, load: {}, readStdin: stdin, concurrency: 2 }, (i) => order.push(i));
    expect(stats.lastThreads).toBe(2);
    expect(order[0]).toBe(inputs.length - 1);
    expect([...order].sort((a, b) => a - b)).toEqual([...inputs.keys()]);
  });

  it('a forced rule set and --min-score reach the workers', async () => {
    const ruleSets = load.loadRuleSets(load.BUILTIN_RULES_DIR);
    const forced = ruleSets.find((r) => r.id === 'zwgk-summary')!;
    const base = { ruleSets, forced, minScore: 99, load: {}, readStdin: async () => new Uint8Array() };
    const pooled = await batch.checkFiles(files, { ...base, concurrency: 2 });
    const reports = pooled.flatMap((r) => r.reports);
    expect(reports.every((r) => r.ruleSet === 'zwgk-summary' && r.passMark === 99)).toBe(true);
    expect(pooled).toEqual(await batch.checkFiles(files, { ...base, concurrency: 'off' }));
  });

  it("the read-ahead thread hands over each plain file's bytes in order, and null for what checkFile must read", async () => {
    const odd = join(tmp, 'odd');
    mkdirSync(odd);
    writeFileSync(join(odd, 'report.docx'), 'not a zip');
    mkdirSync(join(odd, 'folder.txt'));
    const fifo = join(odd, 'pipe.txt');
    let hasFifo = true;
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      hasFifo = false; // no mkfifo here: the rest still runs
    }
    const inputs = [...files.slice(0, 20), join(odd, 'report.docx'), join(odd, 'folder.txt'), join(odd, 'missing.txt'), ...(hasFifo ? [fifo] : []), ...files.slice(20, 40)];
    const ahead = readAhead.startReadAhead(inputs)!;
    expect(ahead).not.toBeNull();
    try {
      const got: (Uint8Array | null)[] = [];
      for (let k = 0; k < inputs.length; k++) {
        let taken = ahead.take(k);
        while (taken === readAhead.NOT_YET) {
          await new Promise((resume) => setImmediate(resume));
          taken = ahead.take(k);
        }
        got.push(taken);
      }
      const plain = (file: string) => /\.(?:txt|md)$/.test(file) && !file.startsWith(odd) && existsSync(file);
      expect(got.map((bytes, k) => (bytes ? Buffer.from(bytes).equals(readFileSync(inputs[k]!)) : plain(inputs[k]!) ? 'missed' : null))).toEqual(inputs.map((file) => (plain(file) ? true : null)));
      expect(() => ahead.take(0)).toThrow(/order/);
    } finally {
      ahead.close();
    }
  });

  it('a batch read ahead gives the same results as one read in turn', async () => {
    const ruleSets = load.loadRuleSets(load.BUILTIN_RULES_DIR);
    const base = { ruleSets, load: {}, readStdin: async () => new Uint8Array(), concurrency: 'off' as const };
    const ahead = await batch.checkFiles(files, { ...base, readAhead: true });
    expect(ahead.length).toBe(files.length);
    expect(ahead).toEqual(await batch.checkFiles(files, { ...base, readAhead: false }));
  });
});

describe('readsAreSlow', () => {
  it('calls page-cache reads fast and disk reads slow, big files allowed their bytes', async () => {
    const { readsAreSlow } = await import('../../src/engine/batch.js');
    expect(readsAreSlow(32 * 0.04, 32, 700_000)).toBe(false); // 40 µs a file: the page cache
    expect(readsAreSlow(32 * 0.2, 32, 700_000)).toBe(true); // 200 µs a file: the disk
    expect(readsAreSlow(32 * 0.5, 32, 32 * 2_000_000)).toBe(false); // 2 MB files at 4 GB/s
  });
});
