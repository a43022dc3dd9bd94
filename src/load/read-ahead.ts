/**
 * Reading ahead for a batch checked in the main thread. A second thread (reader.ts) reads the
 * next files while this one checks: the disk and the checker then work at once, which matters most
 * when the files are not in the page cache (a first run, a network share), where a run used to
 * wait on every read in turn. Messages are taken with receiveMessageOnPort and waited for with
 * Atomics, so a file's bytes are at hand without handing control to the event loop per file.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** Slots of the shared Int32Array: files posted and taken, and their sizes in KB. */
export const PRODUCED = 0;
export const CONSUMED = 1;
export const PRODUCED_KB = 2;
export const CONSUMED_KB = 3;

export interface ReaderData {
  /** Paths, or a path's bytes when its name is not UTF-8 (io/names.ts). */
  readonly files: readonly (string | Uint8Array)[];
  readonly shared: SharedArrayBuffer;
  readonly maxAheadFiles: number;
  readonly maxAheadKb: number;
}

export const kb = (bytes: number): number => Math.ceil(bytes / 1024);

/** Not read yet: wait (yield to the event loop) and ask again. */
export const NOT_YET = Symbol('not yet');

export interface ReadAhead {
  /**
   * The bytes of files[index], or null when that file must take the ordinary path (not plain text,
   * not a regular file, too big, unreadable, or the reader failed). Indexes are taken in order.
   */
  take(index: number): Uint8Array | null | typeof NOT_YET;
  close(): void;
}

const READER = new URL('./reader.js', import.meta.url);

/** Starts reading `files` ahead; null when there is no compiled reader (vitest runs the .ts sources). */
export function startReadAhead(files: readonly (string | Uint8Array)[]): ReadAhead | null {
  if (!existsSync(fileURLToPath(READER))) return null;
  const shared = new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT);
  const state = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  const data: ReaderData & { port: typeof port2 } = { files, shared, maxAheadFiles: 32, maxAheadKb: 4 * 1024, port: port2 };
  let failed = false;
  let reader: Worker;
  try {
    // It holds one file at a time: a small young generation keeps its heap small.
    reader = new Worker(READER, { workerData: data, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 2 } });
  } catch {
    return null;
  }
  reader.on('error', () => (failed = true));
  reader.on('exit', (code) => (failed ||= code !== 0));
  let taken = 0;
  return {
    take(index) {
      if (index !== taken) throw new Error(`read-ahead taken out of order: ${index} after ${taken - 1}`);
      // A message is posted before the count goes up, so a count past `index` means it is there.
      let message = receiveMessageOnPort(port1);
      if (!message && !failed) {
        const produced = Atomics.load(state, PRODUCED);
        if (produced <= index) Atomics.wait(state, PRODUCED, produced, 20);
        message = receiveMessageOnPort(port1);
      }
      if (!message) {
        // A dead reader posts nothing more: every later file takes the ordinary path.
        if (!failed) return NOT_YET;
        taken++;
        return null;
      }
      const bytes = message.message as Uint8Array | null;
      taken++;
      Atomics.add(state, CONSUMED_KB, bytes ? kb(bytes.length) : 0);
      Atomics.add(state, CONSUMED, 1);
      Atomics.notify(state, CONSUMED);
      return bytes;
    },
    close() {
      port1.close();
      void reader.terminate();
    },
  };
}
