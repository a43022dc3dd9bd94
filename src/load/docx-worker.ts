/**
 * The thread .docx files are read in (docx-isolated.ts): mammoth, then our line builder. Run apart
 * so that a document that exhausts its heap or loops kills this thread, never the batch.
 */
import { parentPort } from 'node:worker_threads';
import { loadDocx } from './docx.js';

export interface DocxJob {
  readonly id: number;
  readonly path: string;
  readonly bytes: Uint8Array;
}

parentPort!.on('message', (job: DocxJob) => {
  void loadDocx(job.path, job.bytes).then(
    (loaded) => parentPort!.postMessage({ id: job.id, loaded }),
    (error: unknown) => parentPort!.postMessage({ id: job.id, failed: error instanceof Error ? error.message : String(error) }),
  );
});
