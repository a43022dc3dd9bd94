/**
 * Checks a list of files: load each, run the pipeline, hand each file's outcome on as it is ready.
 * One unreadable file becomes an error result; it never stops the batch.
 * This is the seam for worker pools, caching and progress reporting.
 */
import { loadFile, loadInMemory, onDisk, type LoadOptions } from '../load/index.js';
import { inputSize, loadPlainBytes, readPlain } from '../load/plain.js';
import { NOT_YET, startReadAhead } from '../load/read-ahead.js';
import { checkSource, type CheckOptions } from '../run.js';
import { abruptOnSignal, abruptWhenFree } from '../signals.js';
import { checkInPool, cloneableRuleSets, compact, MIN_FILES_FOR_POOL, workerCount, type Concurrency, type Outcome, type PoolData, type WriteInWorker } from './pool/index.js';
import { checkGuarded, guardAvailable, untrusted, type GuardJob } from './pool/guard.js';
import type { ResultCache } from '../cache.js';
import type { Code } from '../messages/types.js';
import type { FileResult } from '../types.js';
import type { RuleSet } from '../ruleset/types.js';

export interface BatchOptions extends CheckOptions {
  readonly load: LoadOptions;
  /** Reads standard input when a path is `-`. */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Called after each file, e.g. for a progress bar. */
  readonly onFile?: (done: number, total: number) => void;
  /** Worker threads: a number, `auto` (one per core, only for big batches) or `off`. */
  readonly concurrency?: Concurrency;
  /** --cache: unchanged files take their last result instead of being checked. */
  readonly cache?: ResultCache;
  /** Workers format their files themselves (a streamed run); files checked in the main thread still come back as results. */
  readonly write?: WriteInWorker;
  /** Read ahead in a second thread: from the start (true), never (false), or once reads prove slow (unset). */
  readonly readAhead?: boolean;
  /** Inputs in memory (the API's texts) by name: checked from these bytes, never read or cached. */
  readonly texts?: ReadonlyMap<string, Uint8Array>;
  /** Sign each report for the 内容雷同 pass while checking it (result.signs), with its sections when there is a baseline. */
  readonly signs?: SignSpec;
}

/** What a worker needs to make the signer (a function does not cross threads). */
export interface SignSpec {
  readonly sections: boolean;
}

/** The result without its signatures, as everything after the 内容雷同 pass wants it. */
export function unsigned(result: FileResult): FileResult {
  if (!result.signs) return result;
  const { signs: _, ...rest } = result;
  return rest;
}

/**
 * Every file's result, in path order. `take` gets each result's signatures for the 内容雷同 pass as the
 * result comes (engine/similar.ts), with the result as it is kept: without them.
 */
export async function checkFiles(
  files: readonly string[],
  options: BatchOptions,
  take?: (index: number, kept: FileResult, signs: FileResult['signs']) => void,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  // A result's strings are slices of its file's text and keep all of it alive; in a big batch, or
  // when the 内容雷同 pass keeps results (and their titles) to the end, a copy lets each text go, as the
  // pool's structured clone does. Both then share repeated strings.
  const copy = files.length >= MIN_FILES_FOR_POOL || take;
  const keep = copy ? (r: FileResult, cloned: boolean) => compact(cloned ? r : structuredClone(r)) : (r: FileResult) => r;
  await checkEach(files, { ...options, write: undefined }, (index, outcome, cloned) => {
    if (!('result' in outcome)) return;
    const kept = keep(unsigned(outcome.result), cloned);
    take?.(index, kept, outcome.result.signs);
    results.push(kept);
  });
  return results.sort(byPath);
}

/**
 * Checks files and calls onOutcome(index into `files`, outcome) for each, in the order they finish.
 * `cloned` says the result crossed from a worker (or the cache) and holds no file's text.
 */
export async function checkEach(
  files: readonly string[],
  options: BatchOptions,
  onOutcome: (index: number, outcome: Outcome, cloned: boolean) => void,
): Promise<void> {
  const { cache } = options;
  // The signer is made here (and in each worker, pool/worker.ts): its module loads only when a run compares reports.
  if (options.signs && !options.sign) options = { ...options, sign: (await import('../similar/sign.js')).reportSigner(options.signs.sections) };
  const want = cache && options.signs ? await (await import('../cache-signs.js')).signWant(options.signs.sections) : undefined;
  let done = 0;
  const emit = (index: number, outcome: Outcome, cloned: boolean, fresh = true) => {
    // The cache writes each result through as it comes (cache.ts), so it needs no copy of its own.
    // Its signatures go with it, so that a hit feeds the 内容雷同 pass without its file being read again.
    if (fresh && cache && 'result' in outcome) cache.store(outcome.result, want);
    onOutcome(index, outcome, cloned);
    options.onFile?.(++done, files.length);
  };
  const inMemory = (file: string) => file === '-' || !!options.texts?.has(file);
  const todo: number[] = [];
  for (const [i, file] of files.entries()) {
    const hit = cache && !inMemory(file) ? cache.lookup(file, want) : null;
    if (hit) emit(i, { result: hit }, true, false);
    else todo.push(i);
  }
  if (untrusted(options.ruleSets) && guardAvailable()) return checkGuardedBatch(files, todo, options, emit);
  // Texts in memory first, like standard input: "<stdin>" sorts before most paths, and a streamed run writes in path order.
  for (const i of todo) if (options.texts?.has(files[i]!)) emit(i, { result: await checkBytes(files[i]!, options.texts.get(files[i]!)!, options) }, false);
  const disk = todo.filter((i) => !inMemory(files[i]!));
  const threads = workerCount(disk.map((i) => diskPath(files[i]!, options)), options.concurrency);
  const ruleSets = threads ? cloneableRuleSets(options.ruleSets) : null;
  if (ruleSets) {
    const data = workerData(options, ruleSets);
    // Standard input first: "<stdin>" sorts before most paths, and a streamed run writes in path order.
    for (const i of todo) if (files[i] === '-') emit(i, { result: await checkFile('-', options) }, false);
    const checkHere = async (file: string): Promise<Outcome> => ({ result: await checkFile(file, options) });
    await checkInPool(disk.map((i) => files[i]!), threads, data, (k, outcome, fromWorker) => emit(disk[k]!, outcome, fromWorker), checkHere);
  } else {
    const rest = todo.filter((i) => !options.texts?.has(files[i]!));
    await checkInTurn(
      rest.map((i) => files[i]!),
      options,
      (k, result) => emit(rest[k]!, { result }, false),
    );
  }
}

/** Every file in guarded workers under a deadline (engine/pool/guard.ts), because a user's rule set is in use. */
async function checkGuardedBatch(
  files: readonly string[],
  todo: readonly number[],
  options: BatchOptions,
  emit: (index: number, outcome: Outcome, cloned: boolean) => void,
): Promise<void> {
  const jobs = await Promise.all(todo.map(async (i): Promise<GuardJob> => {
    const file = files[i]!;
    if (file === '-') return { path: '<stdin>', bytes: await options.readStdin() };
    const text = options.texts?.get(file);
    return text ? { path: file, bytes: text } : { file };
  }));
  const onDisk = jobs.flatMap((job) => ('file' in job ? [diskPath(job.file, options)] : []));
  // `off` means no pool: one worker all the same, as the deadline must be kept from outside the thread that matches.
  const lanes = Math.max(1, workerCount(onDisk, options.concurrency === 'off' ? 1 : options.concurrency));
  const data = workerData(options, options.ruleSets);
  await checkGuarded(jobs, lanes, data, (k, outcome) => emit(todo[k]!, outcome, true));
}

/** What every worker, of the pool or the guard, is given once; a cached run's workers send results, not text. */
function workerData(options: BatchOptions, ruleSets: readonly RuleSet[]): PoolData {
  const { forced, minScore, policy, load, cache, write, signs } = options;
  return { ruleSets, forcedId: forced?.id, minScore, policy, load, write: cache ? undefined : write, signs };
}

/** Reads timed before deciding whether to read ahead, after the first few (whose calls warm up). */
const SKIP_READS = 16;
const SAMPLE_READS = 32;

/**
 * Whether reads are slow enough to be worth a reader thread: more than 0.12 ms a file plus 0.5 ms
 * a MB. Files in the page cache took 35-90 µs each here (stat and read); the same files read from
 * disk (a first run, a network share) took 120-250 µs, and the batch waited on every one.
 */
export function readsAreSlow(ms: number, files: number, bytes: number): boolean {
  return ms > files * 0.12 + bytes / 2_000_000;
}

/**
 * Checks files one after another in this thread. Reads are synchronous (see checkPlainSync); when
 * the first ones show the disk is slow, a reader thread reads the rest ahead (load/read-ahead.ts).
 */
async function checkInTurn(paths: readonly string[], options: BatchOptions, onResult: (k: number, result: FileResult) => void): Promise<void> {
  const yieldNow = () => new Promise((resume) => setImmediate(resume));
  const startAhead = (from: number) => (paths.length - from >= MIN_FILES_FOR_POOL ? startReadAhead(paths.slice(from).map((p) => (p === '-' ? p : diskPath(p, options)))) : null);
  let ahead = options.readAhead ? startAhead(0) : null;
  let from = 0;
  const timed = { ms: 0, files: 0, bytes: 0, skipped: 0 };
  let turn = Date.now();
  try {
    for (const [k, file] of paths.entries()) {
      let bytes: Uint8Array | null = null;
      if (ahead) {
        let taken = ahead.take(k - from);
        while (taken === NOT_YET) {
          await yieldNow();
          taken = ahead.take(k - from);
        }
        // Left by the reader (changed while read, or the reader died): read here as usual.
        bytes = taken ?? (file === '-' ? null : readPlain(file, options.load));
      } else if (file !== '-') {
        const start = performance.now();
        bytes = readPlain(file, options.load);
        if (bytes && timed.skipped < SKIP_READS) timed.skipped++;
        else if (bytes && timed.files < SAMPLE_READS) {
          timed.ms += performance.now() - start;
          timed.bytes += bytes.length;
          if (++timed.files === SAMPLE_READS && options.readAhead !== false && readsAreSlow(timed.ms, timed.files, timed.bytes)) {
            ahead = startAhead(k + 1);
            from = k + 1;
          }
        }
      }
      const result = (bytes ? checkPlainBytes(file, bytes, options) : null) ?? (await checkFile(file, options));
      onResult(k, result);
      // Synchronous reads never hand control back to the event loop: do it now and then, so
      // Ctrl-C (a signal handler) and the progress bar are not kept waiting by a long batch.
      if (Date.now() - turn > 50) {
        await yieldNow();
        turn = Date.now();
      }
    }
  } finally {
    ahead?.close();
  }
}

/**
 * A plain text or Markdown file, read synchronously (load/plain.ts says why). Null for anything else
 * (.docx, folders, big or unreadable files, our own errors): checkFile then takes it, with all its messages.
 */
export function checkPlainSync(file: string, options: BatchOptions): FileResult | null {
  const bytes = readPlain(file, options.load);
  return bytes ? checkPlainBytes(file, bytes, options) : null;
}

/** Where a file of the batch is on disk (its name stays as the user gave it). */
function diskPath(file: string, options: BatchOptions): string | Buffer {
  return onDisk(file, options.load);
}

/** A plain text or Markdown file's bytes, already read (here or by the read-ahead thread), checked. Null as above. */
function checkPlainBytes(file: string, bytes: Uint8Array, options: BatchOptions): FileResult | null {
  try {
    // A big file keeps the main thread from a signal handler for seconds: then the system's default ends the run.
    const big = bytes.length > BIG_FILE_BYTES ? abruptOnSignal : <T>(work: () => T) => work();
    const loaded = big(() => loadPlainBytes(file, bytes, options.load));
    return loaded.ok ? big(() => checkSource(loaded.source, options)) : errorResult(file, loaded.error.code, loaded.error.args, loaded.error.severity);
  } catch {
    return null;
  }
}

export async function checkFile(file: string, options: BatchOptions): Promise<FileResult> {
  if (file === '-') return guarded('<stdin>', async () => checkBytes('<stdin>', await options.readStdin(), options));
  const work = async () => {
    const loaded = await loadFile(file, options.load);
    return loaded.ok ? checkLoaded(loaded.source, options) : errorResult(file, loaded.error.code, loaded.error.args, loaded.error.severity);
  };
  // A big file is decoded and split in one stretch of the main thread, before checkLoaded: a signal
  // then would wait for bin/'s handler until the whole check ended (49-59 s seen under load).
  return guarded(file, () => (inputSize(file, options.load) > BIG_FILE_BYTES ? abruptWhenFree(work) : work()));
}

/**
 * Bytes already in memory (standard input, or a text given to the API) under the name `path`:
 * a .docx by its zip signature, Markdown by a .md name, else text.
 */
export async function checkBytes(path: string, bytes: Uint8Array, options: CheckOptions & { readonly load: LoadOptions }): Promise<FileResult> {
  return guarded(path, async () => {
    const loaded = await loadInMemory(path, bytes, options.load);
    return loaded.ok ? checkLoaded(loaded.source, options) : errorResult(path, loaded.error.code, loaded.error.args, loaded.error.severity);
  });
}

/** A big file is checked so that Ctrl-C and SIGTERM end the process even while the main thread is busy with it. */
async function checkLoaded(source: Parameters<typeof checkSource>[0], options: CheckOptions): Promise<FileResult> {
  // A signal that came while the file was decoded reaches bin/'s handler before abrupt mode starts.
  return source.lines.length <= BIG_FILE_LINES ? checkSource(source, options) : abruptWhenFree(() => checkSource(source, options));
}

/** `check()`, with a bug of ours on this one file turned into that file's error. */
async function guarded(path: string, check: () => Promise<FileResult>): Promise<FileResult> {
  try {
    return await check();
  } catch (error) {
    // A bug of ours on one file must not take the other files' findings with it: that file gets
    // an error (exit 2) that says it is our fault, and the batch goes on.
    const detail = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300);
    return errorResult(path, 'internalError', { path, detail });
  }
}

/**
 * Above these a file's check may keep the main thread busy past the 2 s a signal must take (about
 * 50 ms a MB here): it runs with the system's default signal action (signals.ts). Smaller files
 * return to the event loop often enough for bin/'s handler: a message, exit 130, temp files removed.
 */
const BIG_FILE_BYTES = 1024 * 1024;
const BIG_FILE_LINES = 20_000;

/** A file that was not checked; `warning` when it was skipped on purpose (an earlier run's output). */
export function errorResult(path: string, code: Code, args: Readonly<Record<string, string | number>>, severity: 'error' | 'warning' = 'error'): FileResult {
  return { path, encoding: null, lineUnit: 'line', reports: [], errors: [{ code, args, severity }] };
}

/** Results in path order, as formatters expect them (code-point order, the same on every machine). */
export function byPath(a: { readonly path: string }, b: { readonly path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
