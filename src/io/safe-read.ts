/**
 * Reading a file the user named that is not an input (a rule set, a config, the cache): only a
 * regular file, and only up to a limit. `readFileSync` on a FIFO waits for a writer for ever, and on
 * /dev/zero grows until the process dies; a stat before the read leaves a window in which the name
 * can change, so the file is opened without blocking and its open descriptor is checked instead.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** An error with a file system style code: ENOTFILE (pipe, device, socket), EISDIR, EFBIG (over the limit). */
export interface ReadRefusal extends Error {
  readonly code: 'ENOTFILE' | 'EISDIR' | 'EFBIG';
  /** The limit in bytes, for EFBIG. */
  readonly limit?: number;
}

function refusal(code: ReadRefusal['code'], path: string | Buffer, limit?: number): ReadRefusal {
  return Object.assign(new Error(`${code}: ${String(path)}`), { code, ...(limit !== undefined ? { limit } : {}) });
}

/**
 * The bytes of `path` when it is a regular file of at most `limit` bytes; throws the file system's
 * error (ENOENT, EACCES …) or a ReadRefusal otherwise. Never blocks on a pipe, never reads past the limit.
 */
export function readRegularFileSync(path: string | Buffer, limit: number): Buffer {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. No effect on regular files.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw refusal('EISDIR', path);
    if (!info.isFile()) throw refusal('ENOTFILE', path);
    if (info.size > limit) throw refusal('EFBIG', path, limit);
    // Read to the end, not to the size fstat gave: a file that grew since is refused past the limit too.
    const chunks: Buffer[] = [];
    let total = 0;
    for (let size = Math.min(limit, info.size) + 1; ; size = 64 * 1024) {
      const chunk = Buffer.allocUnsafe(size);
      const n = readSync(fd, chunk, 0, size, null);
      if (n === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw refusal('EFBIG', path, limit);
    }
  } finally {
    closeSync(fd);
  }
}

/** Text of a regular file, as UTF-8, under the same rules (a BOM is kept: callers strip it where it matters). */
export function readRegularTextSync(path: string, limit: number): string {
  return readRegularFileSync(path, limit).toString('utf8');
}

/** A short reason for a failed read, for messages: "a pipe or device, not a regular file", "larger than 4 MB" … */
export function readProblem(error: unknown): string {
  const e = error as Partial<ReadRefusal> & NodeJS.ErrnoException;
  if (e.code === 'ENOTFILE') return 'not a regular file (a pipe, device or socket); not read';
  if (e.code === 'EISDIR') return 'a folder, not a file';
  if (e.code === 'EFBIG') return `larger than the limit of ${Math.round((e.limit ?? 0) / 1048576)} MB; not read`;
  return e.code ?? String(error);
}
