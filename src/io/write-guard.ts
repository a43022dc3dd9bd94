/**
 * What reportlint may write over: a file of its own (the output, the cache), never one of its
 * inputs, a device, a FIFO or a socket. A rename over /dev/null (as root) replaced the device with a
 * regular file; a name that links to an input (a symlink, or a hard link: same device and inode)
 * would put the output where the report was. Paths are compared by what they are, not how they are spelt.
 */
import { lstatSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';

export type WriteProblem = 'input' | 'linkToInput' | 'special';

/** A file by device and inode: standard input redirected from a file (`reportlint - < a.txt`) is known only so. */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

/**
 * Why `target` must not be written, or null when it may. `inputs` are the run's files (`-` is
 * skipped); they are stat-ed only when the target already exists, so a new output costs one lstat.
 */
export function writeProblem(target: string, inputs: readonly string[], cwd: string, stdinFile?: FileIdentity): WriteProblem | null {
  const abs = resolve(cwd, target);
  const named = inputs.filter((f) => f !== '-');
  // Inputs are named as the user named them, relative to `cwd` (the path frame), like the target.
  if (named.some((f) => resolve(cwd, f) === abs)) return 'input';
  let link: Stats | undefined;
  try {
    link = lstatSync(abs, { throwIfNoEntry: false });
  } catch {
    return null; // ENOTDIR, EACCES …: the write fails on the same path and says so
  }
  if (!link) return null;
  let info: Stats | undefined = link;
  if (link.isSymbolicLink()) {
    try {
      info = statSync(abs);
    } catch {
      return null; // a dangling link: the rename replaces the link itself, pointing nowhere
    }
  }
  if (info.isDirectory()) return null; // the write fails with EISDIR and says so
  if (!info.isFile()) return 'special';
  const same = (f: string) => {
    const other = statSync(resolve(cwd, f), { throwIfNoEntry: false });
    return other !== undefined && other.dev === info.dev && other.ino === info.ino;
  };
  const isStdin = stdinFile !== undefined && inputs.includes('-') && stdinFile.dev === info.dev && stdinFile.ino === info.ino;
  if (isStdin || named.some(same)) return link.isSymbolicLink() ? 'linkToInput' : 'input';
  return null;
}

/** The problem in words, for a UsageError about `what` ("--output-file", "--cache-location") at `path`. */
export function writeProblemText(what: string, path: string, problem: WriteProblem): string {
  switch (problem) {
    case 'input':
      return `${what} "${path}" is one of the files being checked (or a hard link to one); choose another path`;
    case 'linkToInput':
      return `${what} "${path}" is a link to one of the files being checked; choose another path`;
    case 'special':
      return `${what} "${path}" is a device, FIFO or socket, not a regular file; reportlint only writes regular files`;
  }
}
