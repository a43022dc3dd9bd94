/**
 * Reads a .docx in a worker thread with a heap limit and a deadline. The zip guard bounds what a
 * document may inflate to and how many elements it may hold, but mammoth's memory and time still
 * depend on its shape; when a document breaks the limits, only this thread dies: the file gets an
 * error naming the limit, the thread is started again for the next file, and the batch goes on.
 * One thread serves the files in turn (mammoth is loaded once), and never keeps the process alive.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Loaded } from './index.js';
import type { DocxJob } from './docx-worker.js';
import type { Code, MessageArgs } from '../messages/types.js';

export interface DocxLimits {
  /** Old-generation heap of the reading thread, MB. */
  readonly heapMb: number;
  /** Longest a document may take to read, ms. */
  readonly deadlineMs: number;
}

/** About 1.4 KB a Word element in mammoth: the element budget (zip-guard.ts) fits in half of this. */
export const DOCX_LIMITS: DocxLimits = { heapMb: 1024, deadlineMs: 60_000 };

const WORKER = new URL('./docx-worker.js', import.meta.url);

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 0;

/**
 * The document read in the thread, or in this one when there is no compiled worker (vitest runs
 * the .ts sources). Calls are taken one at a time, in order.
 */
export function loadDocxIsolated(path: string, bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<Loaded> {
  const run = queue.then(() => readInWorker(path, bytes, limits));
  queue = run.catch(() => undefined);
  return run;
}

async function readInWorker(path: string, bytes: Uint8Array, limits: DocxLimits): Promise<Loaded> {
  if (!existsSync(fileURLToPath(WORKER))) return (await import('./docx.js')).loadDocx(path, bytes);
  const thread = (worker ??= start(limits));
  const id = nextId++;
  thread.ref();
  try {
    return await new Promise<Loaded>((resolve) => {
      const stop = (loaded: Loaded) => {
        clearTimeout(timer);
        thread.off('message', onMessage);
        thread.off('error', onError);
        thread.off('exit', onExit);
        resolve(loaded);
      };
      const kill = (loaded: Loaded) => {
        if (worker === thread) worker = null;
        void thread.terminate();
        stop(loaded);
      };
      const timer = setTimeout(() => kill(limit(path, 'docxTimeout', { seconds: Math.round(limits.deadlineMs / 1000) })), limits.deadlineMs);
      const onMessage = (m: { id: number; loaded?: Loaded; failed?: string }) => {
        if (m.id !== id) return;
        stop(m.loaded ?? limit(path, 'docxUnreadable', { reason: m.failed ?? 'unknown' }));
      };
      const onError = (error: Error & { code?: string }) =>
        kill(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? limit(path, 'docxOutOfMemory', { limitMb: limits.heapMb }) : limit(path, 'docxUnreadable', { reason: error.message.slice(0, 200) }));
      const onExit = () => kill(limit(path, 'docxOutOfMemory', { limitMb: limits.heapMb }));
      thread.on('message', onMessage);
      thread.on('error', onError);
      thread.on('exit', onExit);
      // A copy goes across: the caller's bytes may be a view into a bigger buffer.
      thread.postMessage({ id, path, bytes } satisfies DocxJob);
    });
  } finally {
    thread.unref();
  }
}

function start(limits: DocxLimits): Worker {
  const thread = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
  thread.unref();
  // An error with no job waiting (it cannot happen between jobs, but an unhandled one would end the process).
  thread.on('error', () => {
    if (worker === thread) worker = null;
  });
  return thread;
}

function limit<C extends Code>(path: string, code: C, args: Omit<MessageArgs[C], 'path'>): Loaded {
  return { ok: false, error: { code, args: { path, ...args }, severity: 'error' } };
}
