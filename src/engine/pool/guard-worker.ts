/**
 * A worker of the guarded pool (engine/pool/guard.ts): checks one job at a time with the pool worker's
 * code, so that the main thread can terminate it when a file runs past its deadline.
 */
import { parentPort } from 'node:worker_threads';
import { checkBytes } from '../batch.js';
import checkChunk, { options } from './worker.js';
import type { GuardJob } from './guard.js';

const port = parentPort!;
port.on('message', (job: GuardJob) => {
  // Bytes (standard input, the API's texts) come back as results, as when the main thread checks them.
  const outcome = 'bytes' in job ? checkBytes(job.path, job.bytes, options).then((result) => ({ result })) : checkChunk([job.file]).then((o) => o[0]!);
  void outcome.then((o) => port.postMessage(o));
});
port.postMessage('ready');
