/**
 * Atomic file writes for everything reportlint writes (output files, caches): the data goes to a
 * temporary file in the same folder, is flushed to disk, then renamed over the target. A reader, a
 * crash or Ctrl-C therefore sees the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Temp files being written right now, removed if the process exits in the middle. */
const pending = new Set<string>();
let hooked = false;

/** A file being written atomically: nothing shows at `path` until commit(). */
export interface AtomicFile {
  write(data: string | Uint8Array): void;
  /** Flushes, closes and renames over the target. */
  commit(): void;
  /** Closes and removes the temporary file; the target is untouched. */
  abort(): void;
}

/**
 * Opens a temporary file beside `path` (creating missing folders) for writing piece by piece, so
 * a streamed run never holds its whole output. Throws the file system's error, with its `code`.
 */
export function openFileAtomic(path: string): AtomicFile {
  if (!hooked) {
    hooked = true;
    // process.exit() from a signal handler skips finally blocks; 'exit' listeners still run.
    // Never throws: an exception here (ENOTDIR when the folder was a file) would print a stack trace after the message.
    process.on('exit', () => pending.forEach((temp) => removeQuietly(temp)));
  }
  const dir = dirname(path);
  // Same folder: rename is atomic only within one file system. Hidden, and unique per process and call.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  let fd: number | null = null;
  const abort = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
    removeQuietly(temp);
    pending.delete(temp);
  };
  try {
    makeFolders(dir);
    removeStale(dir, basename(path));
    fd = openSync(temp, 'wx', 0o644);
  } catch (error) {
    abort();
    throw error;
  }
  return {
    write(data) {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      try {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd!, bytes, done, bytes.length - done);
      } catch (error) {
        abort();
        throw error;
      }
    },
    commit() {
      try {
        fsyncSync(fd!); // the data is on disk before the name points at it
        closeSync(fd!);
        fd = null;
        renameSync(temp, path);
        pending.delete(temp);
      } catch (error) {
        abort();
        throw error;
      }
    },
    abort,
  };
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // nothing was made there, or it cannot be removed: either way nothing more to do
  }
}

/**
 * Removes temp files of earlier writes of `name` in `dir` whose process is gone (kill -9, a power
 * cut): 'exit' listeners never ran for them. A file of a live process (another run writing the same
 * output right now) is left alone.
 */
function removeStale(dir: string, name: string): void {
  const prefix = `.${name}.`;
  let entries: string[];
  try {
    entries = readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.tmp'));
  } catch {
    return;
  }
  for (const entry of entries) {
    const m = /^\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(entry.slice(prefix.length - 1));
    if (m && !alive(Number(m[1]))) removeQuietly(join(dir, entry));
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process, alive
  }
}

/**
 * `mkdir -p`, one level at a time. Node's `mkdirSync(dir, { recursive: true })` never returns when
 * a folder cannot be made inside one that exists (it retries the parent for ever; seen under /proc).
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.push(d);
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (error) {
      // Made meanwhile by another process (two CI jobs writing beside each other) is fine.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Writes `data` to `path` atomically, creating missing folders. Throws the file system's error
 * (with its `code`) after removing the temporary file; the target is then untouched.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const file = openFileAtomic(path);
  file.write(data);
  file.commit();
}
