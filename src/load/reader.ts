/**
 * The read-ahead thread (read-ahead.ts): reads the batch's plain-text files in order, a little
 * ahead of the main thread, and posts each file's bytes (or null: take the ordinary path) on the
 * port it was given. It only reads: nothing here needs the checker, so it starts in a few ms.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { workerData, type MessagePort } from 'node:worker_threads';
import { CONSUMED, CONSUMED_KB, kb, PRODUCED, PRODUCED_KB, type ReaderData } from './read-ahead.js';
import { plainFileSize } from './plain.js';

const { files, port, shared, maxAheadFiles, maxAheadKb } = workerData as ReaderData & { port: MessagePort };
const state = new Int32Array(shared);

for (let i = 0; i < files.length; i++) {
  // Never more than maxAheadFiles files, or maxAheadKb of them, waiting for the main thread.
  while (i - Atomics.load(state, CONSUMED) >= maxAheadFiles || Atomics.load(state, PRODUCED_KB) - Atomics.load(state, CONSUMED_KB) >= maxAheadKb) {
    Atomics.wait(state, CONSUMED, Atomics.load(state, CONSUMED), 50);
  }
  const bytes = read(files[i]!);
  const size = bytes ? kb(bytes.length) : 0;
  // Moved, not copied: each file has a buffer of its own, so nothing is left here for the GC.
  port.postMessage(bytes, bytes ? [bytes.buffer] : []);
  Atomics.add(state, PRODUCED_KB, size);
  Atomics.add(state, PRODUCED, 1);
  Atomics.notify(state, PRODUCED);
}

/** What readPlain would read (load/plain.ts plainFileSize); null for anything else. */
function read(file: string | Uint8Array): Uint8Array<ArrayBuffer> | null {
  const size = plainFileSize(file);
  if (size === null) return null;
  let fd = -1;
  try {
    fd = openSync(typeof file === 'string' ? file : Buffer.from(file.buffer, file.byteOffset, file.byteLength), 'r');
    const bytes = new Uint8Array(size);
    let got = 0;
    for (let n = 1; n > 0 && got < bytes.length; got += n) n = readSync(fd, bytes, got, bytes.length - got, null);
    // A file that changed size while it was read: the ordinary path reads it again.
    return got === bytes.length && readSync(fd, new Uint8Array(1), 0, 1, null) === 0 ? bytes : null;
  } catch {
    return null;
  } finally {
    if (fd !== -1) closeSync(fd);
  }
}
