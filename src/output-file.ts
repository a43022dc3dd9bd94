/**
 * `--output-file`: writes the formatted text atomically, so a CI step or a browser never reads
 * half a report: write a temporary file in the same folder, then rename it over the target.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';

/** Writes `text` to `path` (relative to `cwd`) via a same-folder temp file and rename; a failure is a UsageError (exit 2). */
export function writeOutputFile(path: string, text: string, cwd: string): void {
  const target = resolve(cwd, path);
  // Same folder, so the rename stays on one file system and is atomic.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot write output file "${path}" (${reason})`);
  }
}
