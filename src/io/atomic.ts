/**
 * Atomic file writes for everything reportlint writes (output files, caches): the data goes to a
 * temporary file in the same folder, is flushed to disk, then renamed over the target. A reader, a
 * crash or Ctrl-C therefore sees the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Temp files being written right now, removed if the process exits in the middle. */
const pending = new Set<string>();
let hooked = false;

/**
 * Writes `data` to `path` atomically, creating missing folders. Throws the file system's error
 * (with its `code`) after removing the temporary file; the target is then untouched.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  if (!hooked) {
    hooked = true;
    // process.exit() from a signal handler skips finally blocks; 'exit' listeners still run.
    process.on('exit', () => pending.forEach((temp) => rmSync(temp, { force: true })));
  }
  const dir = dirname(path);
  // Same folder: rename is atomic only within one file system. Hidden, and unique per process and call.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd); // the data is on disk before the name points at it
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}
