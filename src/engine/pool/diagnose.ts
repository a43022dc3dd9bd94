/**
 * The guard's diagnosis (guard.ts): which pattern of the user's rule sets made a file run past its
 * deadline. A diagnoser is a worker started ahead of the deadline, while the check may still finish,
 * so that neither a worker start nor the diagnosis stands between a file's deadline and its error
 * (they took 0.4 s after it before). It tries each pattern alone on the file (diagnose-worker.ts),
 * writing the number of the pattern it is on into shared memory; at the deadline the pattern still
 * running is the slow one. A check that finishes before the hand-over costs nothing, and a fine
 * report does: the hand-over comes at 100 ms of a short file's 500.
 */
import { Worker } from 'node:worker_threads';
import type { LoadOptions } from '../../load/index.js';
import type { GuardJob, UserPattern } from './guard.js';

export interface DiagnoseData {
  readonly load: LoadOptions;
  readonly patterns: readonly UserPattern[];
  readonly shared: SharedArrayBuffer;
}

/**
 * How long the patterns must have run alone before the one still running is named slow. Each of a
 * report's patterns takes well under a millisecond on its own; a stuck one never ends.
 */
export const DIAGNOSE_MS = 300;
/**
 * The hand-over comes this long before the deadline, so the diagnoser's start (40-60 ms here) and
 * its load of the file are done and the patterns have had DIAGNOSE_MS alone by then. A report
 * checks in 5-30 ms, far before the hand-over at 100 ms of a short file's 500.
 */
export const DIAGNOSE_AHEAD_MS = DIAGNOSE_MS + 100;
/** Past this from the deadline, a diagnosis still loading the file (a big .docx) gives up: no pattern is named. */
const LOAD_CAP_MS = 1000;

export const DIAGNOSE_WORKER = new URL('./diagnose-worker.js', import.meta.url);

export interface Diagnoser {
  /** Hands the job over (ahead of its deadline); a second call does nothing. */
  start(job: GuardJob): void;
  /** The job finished in time. True when this diagnoser can take the next job; false when it was ended. */
  cancel(): boolean;
  /** The pattern still running once the patterns have had DIAGNOSE_MS alone, or null. Ends the diagnoser. */
  verdict(job: GuardJob): Promise<UserPattern | null>;
  stop(): void;
}

export function startDiagnoser(patterns: readonly UserPattern[], load: LoadOptions): Diagnoser {
  const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const at = new Int32Array(shared);
  let worker: Worker | null = null;
  try {
    worker = new Worker(DIAGNOSE_WORKER, { workerData: { load, patterns, shared } satisfies DiagnoseData });
    worker.unref();
  } catch {
    worker = null;
  }
  let state: 'idle' | 'running' | 'done' | 'dead' = worker ? 'idle' : 'dead';
  /** When the patterns started (the file loaded), 0 before. */
  let patternsFrom = 0;
  let changed: (() => void) | null = null;
  worker?.on('message', (message: 'started' | 'done') => {
    if (message === 'started') patternsFrom = Date.now();
    else if (state === 'running') state = 'done';
    changed?.();
  });
  const died = () => {
    if (state !== 'done') state = 'dead';
    changed?.();
  };
  worker?.on('error', died);
  worker?.on('exit', died);
  const stop = () => {
    changed = null;
    state = 'dead';
    void worker?.terminate();
  };
  return {
    start(job) {
      if (state !== 'idle') return;
      state = 'running';
      worker!.postMessage(job);
    },
    cancel() {
      if (state === 'idle') return true;
      if (state === 'done') {
        // Finished every pattern: the worker waits for the next job.
        state = 'idle';
        patternsFrom = 0;
        Atomics.store(at, 0, 0);
        return true;
      }
      stop();
      return false;
    },
    async verdict(job) {
      this.start(job);
      const capAt = Date.now() + LOAD_CAP_MS;
      await new Promise<void>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        const check = () => {
          clearTimeout(timer);
          const until = patternsFrom ? patternsFrom + DIAGNOSE_MS : capAt;
          if (state !== 'running' || Date.now() >= until) return resolve();
          timer = setTimeout(check, until - Date.now());
        };
        changed = check;
        check();
      });
      const i = Atomics.load(at, 0);
      stop();
      return i > 0 ? patterns[i - 1]! : null;
    },
    stop,
  };
}
