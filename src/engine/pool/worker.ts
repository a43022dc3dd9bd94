/**
 * A pool worker: checks a chunk of files with the same batch code the main thread uses.
 * Rule sets arrive once, structured-cloned in workerData (RegExps clone; nothing else is needed).
 */
import { workerData } from 'node:worker_threads';
import { checkFile, checkPlainSync, type BatchOptions } from '../batch.js';
import type { Outcome, PoolData, WriteInWorker } from './index.js';
import type { StreamFormat } from '../../types.js';
import { writeOne } from '../stream.js';

const data = workerData as PoolData;
/** The batch options every worker checks with (also the guard's workers, engine/pool/guard-worker.ts). */
export const options: BatchOptions = {
  ruleSets: data.ruleSets,
  ...(data.forcedId !== undefined ? { forced: data.ruleSets.find((r) => r.id === data.forcedId)! } : {}),
  ...(data.minScore !== undefined ? { minScore: data.minScore } : {}),
  ...(data.policy !== undefined ? { policy: data.policy } : {}),
  load: data.load,
  // Standard input never reaches a worker: the main thread checks `-` itself.
  readStdin: () => Promise.reject(new Error('stdin in a worker')),
  // Signed here, where the text is decoded: the signatures (typed arrays) go back with the result.
  ...(data.signs ? { sign: (await import('../../similar/sign.js')).reportSigner(data.signs.sections) } : {}),
};

const utf8 = new TextEncoder();

/** Formats files here when the run is streamed and its format writes each file on its own. */
let writing: ReturnType<typeof openWriter> | undefined;

async function openWriter(write: WriteInWorker) {
  const { stream } = (await import(write.module)) as { stream?: StreamFormat };
  if (!stream?.perFile) throw new Error(`format ${write.format} cannot be written in a worker`);
  return { writer: stream.open({ ...write.ctx, ruleSets: data.ruleSets }), named: new Set(write.named) };
}

/** Checks the files of one task. */
export default async function checkChunk(files: readonly string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const w = data.write ? await (writing ??= openWriter(data.write)) : null;
  for (const file of files) {
    const result = checkPlainSync(file, options) ?? (await checkFile(file, options));
    if (!w) outcomes.push({ result });
    else {
      const { text, tally } = writeOne(w.writer, result, w.named);
      outcomes.push({ bytes: utf8.encode(text), tally });
    }
  }
  return outcomes;
}
