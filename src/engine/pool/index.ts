/**
 * Spreads files over worker threads (piscina) when there are enough of them to pay for
 * starting workers. Results come back structured-cloned, which also frees each file's text;
 * in a streamed run the workers send each file's written text instead (Outcome).
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../errors.js';
import type { LoadOptions } from '../../load/index.js';
import type { RuleSet } from '../../ruleset/types.js';
import type { Policy } from '../../score/policy.js';
import type { FileResult, FormatContext, Tally } from '../../types.js';
import type { SignSpec } from '../batch.js';

/** What every worker gets once, at start-up. */
export interface PoolData {
  readonly ruleSets: readonly RuleSet[];
  readonly forcedId?: string | undefined;
  readonly minScore?: number | undefined;
  readonly policy?: Policy | undefined;
  readonly load: LoadOptions;
  /** When set, workers format each file themselves and send back its text instead of its result. */
  readonly write?: WriteInWorker | undefined;
  /** When set, workers sign each report for the 内容雷同 pass (batch.ts BatchOptions.signs). */
  readonly signs?: SignSpec | undefined;
}

/** A streamed run whose format writes each file on its own (StreamFormat.perFile). */
export interface WriteInWorker {
  readonly format: string;
  /** The format's module (format/index.ts formatModuleUrl): the worker imports it by this URL. */
  readonly module: string;
  /** The format context without its rule sets, which workers already have. */
  readonly ctx: Omit<FormatContext, 'ruleSets'>;
  /** Paths named on the command line (engine/skipped.ts softens the others' format errors). */
  readonly named: readonly string[];
}

/**
 * What checking one file gives: its result, or, when a worker formatted it, its text as UTF-8 and
 * its share of the run's figures. Bytes are far cheaper to send between threads than the result's
 * objects, and live outside the main thread's heap, whose garbage would otherwise grow with the output.
 */
export type Outcome = { readonly result: FileResult } | { readonly bytes: Uint8Array; readonly tally: Tally };

/** `--concurrency`: a number of workers, `auto` (one per core), or `off` (main thread only). */
export type Concurrency = number | 'auto' | 'off';

/** Below this many files a worker's start-up (~40 ms) costs more than it saves. */
export const MIN_FILES_FOR_POOL = 24;

const MB = 1024 * 1024;

/**
 * How many bytes a batch must hold before `auto` starts workers on this many cores. Each worker is
 * a V8 of its own that starts and compiles the checker again, and in a main-thread run V8's own
 * compiler and GC threads already use part of a second core. On 2 cores workers never paid in the
 * bench corpus, interleaved runs: 2 workers were 1.28x slower than the main thread at 10,000 reports
 * (61 MB) and 1.09x slower at 40,000 (243 MB), with 20-40% more CPU and 30-80 MB more memory
 * (issue 17; on a busy minute 1.17x slower and 1.35x the CPU at 40,000). An earlier 5-11% gain at
 * 96-122 MB was not seen again. So on 2 cores `auto` is the main thread at every size (a number
 * still starts workers). With 3 or more cores each worker has a core to itself and V8's threads
 * still have room; 16 MB there is an estimate from the same costs (no machine here has more than 2 cores).
 */
export function minBytesForPool(cores: number): number {
  return cores <= 2 ? Infinity : 16 * MB;
}

const WORKER = new URL('./worker.js', import.meta.url);

/** Workers started by the last pooled batch, for tests that must know the pool really ran. */
export const poolStats = { lastThreads: 0 };

/** How many workers to start for these files; 0 means check in the main thread. */
export function workerCount(files: readonly (string | Buffer)[], concurrency: Concurrency = 'auto', cores = availableParallelism()): number {
  if (concurrency === 'off' || !files.length) return 0;
  const wanted = concurrency === 'auto' ? cores : Math.max(1, Math.floor(concurrency));
  // An explicit number is obeyed (benchmarks compare 1 and 2 workers); auto skips batches too small to gain.
  if (concurrency === 'auto' && (wanted < 2 || files.length < MIN_FILES_FOR_POOL || estimatedBytes(files) < minBytesForPool(cores))) return 0;
  // Under vitest the sources are .ts and there is no compiled worker: check in-process.
  if (!existsSync(fileURLToPath(WORKER))) return 0;
  return Math.min(wanted, files.length);
}

/**
 * The batch's size from at most 256 of its files, spread over the list: stat-ing every file of a
 * big batch costs a system call each, only to choose how to check them.
 */
export function estimatedBytes(files: readonly (string | Buffer)[]): number {
  const step = Math.max(1, files.length / 256);
  let bytes = 0;
  let seen = 0;
  for (let at = 0; at < files.length; at += step) {
    seen++;
    try {
      bytes += statSync(files[Math.floor(at)]!).size;
    } catch {
      // unreadable: the check reports it
    }
  }
  return (bytes / seen) * files.length;
}

/**
 * Checks files in `threads` workers, calling onOutcome with each file's index as its chunk comes
 * back. A chunk whose worker dies (out of memory, say) is checked again in the main thread with
 * `fallback`; its outcomes come with `fromWorker` false (they were not copied across threads).
 */
export async function checkInPool(
  files: readonly string[],
  threads: number,
  data: PoolData,
  onOutcome: (index: number, outcome: Outcome, fromWorker: boolean) => void,
  fallback: (file: string) => Promise<Outcome>,
): Promise<void> {
  const { Piscina } = await import('piscina');
  // A small young generation: a worker's garbage is one file's text at a time, and the default
  // 16 MB semi-spaces let two workers add ~50 MB to peak RSS on a big batch for no speed gain.
  const resourceLimits = { maxYoungGenerationSizeMb: 4 };
  // Two tasks in flight per worker: the next chunk is already waiting in the worker when one ends,
  // so no worker sits idle while the main thread answers.
  const pool = new Piscina({ filename: WORKER.href, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 2, workerData: data, idleTimeout: 1000, resourceLimits });
  poolStats.lastThreads = threads;
  // Chunks keep messaging cheap; eight per worker keeps the last ones from running alone.
  const size = Math.max(1, Math.min(32, Math.ceil(files.length / (threads * 8))));
  const chunks = Math.ceil(files.length / size);
  const runChunk = async (c: number): Promise<void> => {
    const start = c * size;
    const chunk = files.slice(start, start + size);
    let outcomes: Outcome[] | null = null;
    try {
      outcomes = (await pool.run(chunk)) as Outcome[];
    } catch {
      for (const [i, file] of chunk.entries()) onOutcome(start + i, await fallback(file), false);
    }
    outcomes?.forEach((outcome, i) => onOutcome(start + i, outcome, true));
  };
  try {
    await inWindow(chunks, threads * 2, threads * 8, runChunk);
  } finally {
    await pool.destroy();
  }
}

/**
 * Runs task(0) … task(count - 1), at most `parallel` at once and never more than `ahead` past the
 * oldest unfinished one. Results are written in file order, so what finishes early waits in
 * memory: without the bound, one slow chunk (a big compilation, a worker slow to start) let the
 * rest of a 10,000-report run pile up behind it. Rejects with the first task's error, after the
 * running ones end.
 */
export function inWindow(count: number, parallel: number, ahead: number, task: (index: number) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let launched = 0;
    let running = 0;
    let oldest = 0;
    let failure: { error: unknown } | null = null;
    const finished = new Set<number>();
    const launch = () => {
      while (!failure && launched < count && running < parallel && launched < oldest + ahead) {
        const index = launched++;
        running++;
        task(index).then(
          () => settle(index),
          (error: unknown) => {
            failure ??= { error };
            settle(index);
          },
        );
      }
      if (running === 0 && (failure || launched === count)) {
        if (failure) reject(failure.error);
        else resolve();
      }
    };
    const settle = (index: number) => {
      running--;
      finished.add(index);
      while (finished.delete(oldest)) oldest++;
      launch();
    };
    launch();
  });
}

/**
 * Structured cloning gives every message its own copy of the same hint and name strings;
 * sharing one copy keeps 10,000 reports' results about a quarter smaller in the main thread.
 */
export function compact(result: FileResult): FileResult {
  for (const report of result.reports) {
    // Rule set ids, routing reasons, section ids and statuses, rule ids, codes and severities are
    // a few dozen distinct strings repeated in every report: one copy each, too.
    const r = report as Mutable<typeof report>;
    if (r.ruleSet !== null) r.ruleSet = intern(r.ruleSet);
    const routing = r.routing as Mutable<typeof r.routing>;
    routing.by = intern(routing.by);
    routing.evidence = intern(routing.evidence);
    if (routing.ruleSet !== null) routing.ruleSet = intern(routing.ruleSet);
    for (const message of report.messages) {
      const m = message as Mutable<typeof message>;
      m.ruleId = intern(m.ruleId);
      m.code = intern(m.code);
      m.severity = intern(m.severity);
      const args = message.args as Record<string, string | number>;
      for (const key of Object.keys(args)) {
        const value = args[key];
        if (typeof value === 'string') args[key] = intern(value);
      }
    }
    for (const section of report.sections) {
      const s = section as Mutable<typeof section>;
      s.id = intern(s.id);
      s.name = intern(s.name);
      s.status = intern(s.status);
    }
  }
  return result;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const interned = new Map<string, string>();
function intern<T extends string>(text: T): T {
  if (text.length > 200) return text;
  const known = interned.get(text);
  if (known !== undefined) return known as T;
  if (interned.size < 10_000) interned.set(text, text);
  return text;
}

/** The rule sets as a worker can receive them, or null when they hold something uncloneable. */
export function cloneableRuleSets(ruleSets: readonly RuleSet[]): readonly RuleSet[] | null {
  try {
    structuredClone(ruleSets);
    return ruleSets;
  } catch {
    return null;
  }
}

/** Reads `--concurrency`: a positive whole number, `auto` or `off`. */
export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency must be a positive number, auto or off, not "${value}"`);
  return n;
}
