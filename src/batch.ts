/**
 * Checks a list of files: load each, run the pipeline, collect FileResults in path order.
 * One unreadable file becomes an error result; it never stops the batch.
 * This is the seam for worker pools, caching and progress reporting.
 */
import { loadFile, loadStdin, type LoadOptions } from './load/index.js';
import { checkSource, type CheckOptions } from './run.js';
import { checkInPool, cloneableRuleSets, compact, MIN_FILES_FOR_POOL, workerCount, type Concurrency } from './pool/index.js';
import type { ResultCache } from './cache.js';
import type { FileResult } from './types.js';

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
}

export async function checkFiles(files: readonly string[], options: BatchOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const { cache } = options;
  const add = (result: FileResult, fresh = true) => {
    results.push(result);
    if (fresh) cache?.store(result);
    options.onFile?.(results.length, files.length);
  };
  const todo = cache ? files.filter((f) => !reuse(f, cache, add)) : files;
  const onDisk = todo.filter((f) => f !== '-');
  const threads = workerCount(onDisk, options.concurrency);
  const ruleSets = threads ? cloneableRuleSets(options.ruleSets) : null;
  if (ruleSets) {
    const data = { ruleSets, forcedId: options.forced?.id, minScore: options.minScore, load: options.load };
    await checkInPool(onDisk, threads, data, add, (file) => checkFile(file, options));
    if (onDisk.length < todo.length) add(await checkFile('-', options));
  } else {
    // A result's strings are slices of its file's text and keep all of it alive; in a big batch
    // a copy lets each text go, as the pool's structured clone does.
    const detach = todo.length >= MIN_FILES_FOR_POOL ? (r: FileResult) => compact(structuredClone(r)) : (r: FileResult) => r;
    for (const file of todo) add(detach(await checkFile(file, options)));
  }
  return results.sort(byPath);
}

/** Adds the cached result of an unchanged file; false when it must be checked. */
function reuse(file: string, cache: ResultCache, add: (result: FileResult, fresh: boolean) => void): boolean {
  const hit = file === '-' ? null : cache.lookup(file);
  if (hit) add(hit, false);
  return hit !== null;
}

export async function checkFile(file: string, options: BatchOptions): Promise<FileResult> {
  const path = file === '-' ? '<stdin>' : file;
  try {
    const loaded = file === '-' ? await loadStdin(path, await options.readStdin(), options.load) : await loadFile(file, options.load);
    if (!loaded.ok) return errorResult(path, loaded.error.code, loaded.error.args);
    return checkSource(loaded.source, options);
  } catch (error) {
    // A bug of ours on one file must not take the other files' findings with it: that file gets
    // an error (exit 2) that says it is our fault, and the batch goes on.
    const detail = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300);
    return errorResult(path, 'internalError', { path, detail });
  }
}

export function errorResult(path: string, code: string, args: Readonly<Record<string, string | number>>): FileResult {
  return { path, encoding: null, lineUnit: 'line', reports: [], errors: [{ code, args, severity: 'error' }] };
}

/** Results in path order, as formatters expect them (code-point order, the same on every machine). */
export function byPath(a: FileResult, b: FileResult): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
