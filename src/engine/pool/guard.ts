/**
 * The guard for user rule sets. JavaScript's regex engine backtracks, and a user's pattern can
 * pass the static check (ruleset/safety.ts) and still run for minutes on one short report; the
 * thread that runs it cannot be interrupted, not even by SIGTERM's handler. So when any rule set
 * is not a built-in one, every file is checked in a worker thread, one at a time, under a deadline
 * kept by the main thread: a worker past it is terminated, the file gets a `patternTimeout` error
 * naming the slow pattern (found by diagnose-worker.ts), and a fresh worker takes the next file.
 * The main thread only waits, so Ctrl-C and SIGTERM are answered at once.
 */
import { existsSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorResult } from '../batch.js';
import { onDisk, type LoadOptions } from '../../load/index.js';
import { BUILTIN_RULES_DIR } from '../../ruleset/load.js';
import type { RuleSet } from '../../ruleset/types.js';
import type { Outcome, PoolData } from './index.js';

/** A file to read, or bytes already in memory under a name. */
export type GuardJob = { readonly file: string } | { readonly path: string; readonly bytes: Uint8Array };

/** A pattern of a user's rule set, and where it is written. */
export interface UserPattern {
  readonly ruleSet: string;
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

export interface DiagnoseData {
  readonly job: GuardJob;
  readonly load: LoadOptions;
  readonly patterns: readonly UserPattern[];
  readonly shared: SharedArrayBuffer;
}

/**
 * A file's deadline: 0.5 s, plus 1 ms per 4 KB. A report checks in 5-30 ms; a 25 MB compilation
 * in 0.5-3 s, well under its 6.9 s. Past it, the run was not slow but stuck.
 */
export const DEADLINE_MS = 500;
const deadline = (bytes: number) => DEADLINE_MS + bytes / 4096;
/** What the diagnosis may take, its worker's start included. */
const DIAGNOSE_MS = 400;

const GUARD_WORKER = new URL('./guard-worker.js', import.meta.url);
const DIAGNOSE_WORKER = new URL('./diagnose-worker.js', import.meta.url);

/** The rule sets include one that is not built in (a user's, or one extending a built-in). */
export function untrusted(ruleSets: readonly RuleSet[]): boolean {
  return ruleSets.some((r) => !r.file.startsWith(BUILTIN_RULES_DIR + sep));
}

/** The guard needs its compiled workers (vitest runs the .ts sources, where there are none). */
export function guardAvailable(): boolean {
  return existsSync(fileURLToPath(GUARD_WORKER)) && existsSync(fileURLToPath(DIAGNOSE_WORKER));
}

/** Every pattern of the user's rule sets, labelled by where it sits (`sections.plans.keywords[0]`). */
export function userPatterns(ruleSets: readonly RuleSet[]): UserPattern[] {
  const out: UserPattern[] = [];
  const walk = (value: unknown, where: string, ruleSet: string) => {
    if (value instanceof RegExp) out.push({ ruleSet, where, source: value.source, flags: value.flags });
    else if (Array.isArray(value)) value.forEach((v: unknown, i) => walk(v, `${where}[${i}]`, ruleSet));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        // `spec` is the YAML as written: no compiled patterns.
        if (key !== 'spec') walk(v, where ? `${where}.${key}` : key, ruleSet);
      }
    }
  };
  for (const r of ruleSets) {
    // Sections by id, so a label reads `sections.plans.keywords[0]`, as the YAML names them.
    if (!r.file.startsWith(BUILTIN_RULES_DIR + sep)) walk({ ...r, sections: Object.fromEntries(r.sections.map((s) => [s.id, s])) }, '', r.id);
  }
  return out;
}

/** Checks the jobs in `lanes` guarded workers; onOutcome gets each job's index as it finishes. */
export async function checkGuarded(
  jobs: readonly GuardJob[],
  lanes: number,
  data: PoolData,
  onOutcome: (index: number, outcome: Outcome) => void,
): Promise<void> {
  let next = 0;
  const patterns = userPatterns(data.ruleSets);
  const lane = async () => {
    let worker: Lane | null = null;
    try {
      for (let k = next++; k < jobs.length; k = next++) {
        worker ??= await startLane(data);
        const job = jobs[k]!;
        const limit = deadline(sizeOf(job, data.load));
        const outcome = await worker.run(job, limit);
        if (outcome) {
          onOutcome(k, outcome);
          continue;
        }
        // Past the deadline (or the worker died): that worker is gone; the next job starts a fresh one.
        worker = null;
        onOutcome(k, { result: await timedOut(job, limit, patterns, data.load) });
      }
    } finally {
      void worker?.stop();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, jobs.length)) }, lane));
}

interface Lane {
  /** The job's outcome, or null when the worker ran past `ms` or died (it is terminated then). */
  run(job: GuardJob, ms: number): Promise<Outcome | null>;
  stop(): Promise<number>;
}

function startLane(data: PoolData): Promise<Lane> {
  const worker = new Worker(GUARD_WORKER, { workerData: data });
  worker.unref();
  let pending: ((outcome: Outcome | null) => void) | null = null;
  const settle = (outcome: Outcome | null) => {
    const done = pending;
    pending = null;
    done?.(outcome);
  };
  return new Promise((ready, failed) => {
    worker.once('error', failed);
    worker.on('exit', () => settle(null));
    worker.on('message', (message: Outcome | 'ready') => {
      if (message !== 'ready') return settle(message);
      worker.off('error', failed);
      worker.on('error', () => settle(null));
      ready({
        run: (job, ms) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => {
              settle(null);
              void worker.terminate();
            }, ms);
            pending = (outcome) => {
              clearTimeout(timer);
              resolve(outcome);
            };
            worker.postMessage(job);
          }),
        stop: () => worker.terminate(),
      });
    });
  });
}

function sizeOf(job: GuardJob, load: LoadOptions): number {
  if ('bytes' in job) return job.bytes.length;
  try {
    return statSync(onDisk(job.file, load)).size;
  } catch {
    return 0;
  }
}

/** The error result of a job that ran past its deadline, naming the slow pattern when the diagnosis finds it. */
async function timedOut(job: GuardJob, ms: number, patterns: readonly UserPattern[], load: LoadOptions): Promise<import('../../types.js').FileResult> {
  const path = 'bytes' in job ? job.path : job.file;
  const seconds = Math.round(ms / 100) / 10;
  const slow = await diagnose(job, patterns, load);
  return slow
    ? errorResult(path, 'patternTimeout', { path, seconds, ruleSet: slow.ruleSet, pattern: `"${slow.source}"`, where: slow.where })
    : errorResult(path, 'patternTimeoutUnknown', { path, seconds });
}

/** The pattern still running when the diagnosis budget ran out, or null. */
function diagnose(job: GuardJob, patterns: readonly UserPattern[], load: LoadOptions): Promise<UserPattern | null> {
  const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const at = new Int32Array(shared);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(DIAGNOSE_WORKER, { workerData: { job, load, patterns, shared } satisfies DiagnoseData });
    } catch {
      return resolve(null);
    }
    worker.unref();
    const end = () => {
      clearTimeout(timer);
      const i = Atomics.load(at, 0);
      void worker.terminate();
      resolve(i > 0 ? patterns[i - 1]! : null);
    };
    const timer = setTimeout(end, DIAGNOSE_MS);
    worker.once('message', end);
    worker.once('error', end);
  });
}
