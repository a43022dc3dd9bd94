/**
 * A pool worker: checks a chunk of files with the same batch code the main thread uses.
 * Rule sets arrive once, structured-cloned in workerData (RegExps clone; nothing else is needed).
 */
import { workerData } from 'node:worker_threads';
import { checkFile, type BatchOptions } from '../batch.js';
import type { FileResult } from '../types.js';
import type { PoolData } from './index.js';

const data = workerData as PoolData;
const options: BatchOptions = {
  ruleSets: data.ruleSets,
  ...(data.forcedId !== undefined ? { forced: data.ruleSets.find((r) => r.id === data.forcedId)! } : {}),
  ...(data.minScore !== undefined ? { minScore: data.minScore } : {}),
  load: data.load,
  // Standard input never reaches a worker: the main thread checks `-` itself.
  readStdin: () => Promise.reject(new Error('stdin in a worker')),
};

/** Checks the files of one task; reads overlap, the checking itself is synchronous. */
export default async function checkChunk(files: readonly string[]): Promise<FileResult[]> {
  return Promise.all(files.map((file) => checkFile(file, options)));
}
