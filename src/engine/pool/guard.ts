/**
 * The guard for user rule sets. JavaScript's regex engine backtracks, and a user's pattern can
 * pass the static check (ruleset/safety.ts) and still run for minutes on one short report; the
 * thread that runs it cannot be interrupted, not even by SIGTERM's handler. So when any rule set
 * is not a built-in one, every file is checked in a worker thread, one at a time, under a deadline
 * kept by the main thread: a worker past it is terminated, the file gets a `patternTimeout` error
 * naming the slow pattern (found by a diagnoser started ahead, diagnose.ts), and a fresh worker takes the next file.
 * The main thread only waits, so Ctrl-C and SIGTERM are answered at once.
 */
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorResult } from '../batch.js';
import type { LoadOptions } from '../../load/index.js';
import { inputSize } from '../../load/plain.js';
import { BUILTIN_RULES_DIR } from '../../ruleset/load.js';
import type { RuleSet } from '../../ruleset/types.js';
import type { MessageArgs } from '../../messages/types.js';
import type { FileResult } from '../../types.js';
import { DIAGNOSE_AHEAD_MS, DIAGNOSE_WORKER, startDiagnoser, type Diagnoser } from './diagnose.js';
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

/**
 * A file's deadline: 0.5 s, plus 1 ms per 4 KB. A report checks in 5-30 ms; a 25 MB compilation
 * in 0.5-3 s, well under its 6.9 s. Past it, the run was not slow but stuck.
 */
export const DEADLINE_MS = 500;
const deadline = (bytes: number) => DEADLINE_MS + bytes / 4096;

const GUARD_WORKER = new URL('./guard-worker.js', import.meta.url);

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
    // Set by the hand-over (a closure): typed so that the narrowing to null does not stick.
    let diagnoser = null as Diagnoser | null;
    // A second lane worker started at the hand-over too, to take the next file at once if this one is ended.
    let spare = null as Promise<Lane | null> | null;
    // The spare is not needed (the file finished in time, or the lane is done): it stops, so a long file does not keep two workers.
    const dropSpare = () => {
      if (spare) void spare.then((s) => s?.stop());
      spare = null;
    };
    try {
      for (let k = next++; k < jobs.length; k = next++) {
        worker ??= (await spare) ?? (await startLane(data));
        spare = null;
        const job = jobs[k]!;
        const limit = deadline(sizeOf(job, data.load));
        // The diagnoser starts only for a check still running near its deadline (a fine report never
        // gets there), and stays for the lane's next files while it is not stuck.
        const handOver = () => {
          (diagnoser ??= startDiagnoser(patterns, data.load)).start(job);
          // Only while files are waiting: the last one's spare would be started for nothing.
          if (next < jobs.length) spare ??= startLane(data).catch(() => null);
        };
        const outcome = await worker.run(job, limit, { at: Math.max(0, limit - DIAGNOSE_AHEAD_MS), then: handOver });
        if (outcome) {
          if (diagnoser && !diagnoser.cancel()) diagnoser = null;
          dropSpare();
          onOutcome(k, outcome);
          continue;
        }
        // Past the deadline (or the worker died): both workers are gone; the spare (or a fresh one) takes the next job.
        const d = diagnoser ?? startDiagnoser(patterns, data.load);
        worker = null;
        diagnoser = null;
        onOutcome(k, { result: await timedOut(job, limit, d) });
      }
    } finally {
      void worker?.stop();
      diagnoser?.stop();
      dropSpare();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, jobs.length)) }, lane));
}

interface Lane {
  /** The job's outcome, or null when the worker ran past `ms` or died (it is terminated then). `ahead.then` runs at `ahead.at` ms if it is still running. */
  run(job: GuardJob, ms: number, ahead: { readonly at: number; readonly then: () => void }): Promise<Outcome | null>;
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
        run: (job, ms, ahead) =>
          new Promise((resolve) => {
            const early = setTimeout(ahead.then, ahead.at);
            const timer = setTimeout(() => {
              settle(null);
              void worker.terminate();
            }, ms);
            pending = (outcome) => {
              clearTimeout(early);
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
  return 'bytes' in job ? job.bytes.length : inputSize(job.file, load);
}

/** The error result of a job that ran past its deadline, naming the slow pattern when the diagnosis finds it. */
async function timedOut(job: GuardJob, ms: number, diagnoser: Diagnoser): Promise<FileResult> {
  const path = 'bytes' in job ? job.path : job.file;
  const seconds = Math.round(ms / 100) / 10;
  const slow = await diagnoser.verdict(job);
  return slow
    ? errorResult(path, 'patternTimeout', { path, seconds, ruleSet: slow.ruleSet, pattern: `"${slow.source}"`, where: slow.where } satisfies MessageArgs['patternTimeout'])
    : errorResult(path, 'patternTimeoutUnknown', { path, seconds } satisfies MessageArgs['patternTimeoutUnknown']);
}
