/**
 * `--output-file`: writes the formatted text atomically, so a CI step or a browser never reads
 * half a report: write a temporary file in the same folder, then rename it over the target.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';

/**
 * Writes `text` to `path` (relative to `cwd`) via a same-folder temp file and rename, creating
 * missing folders as ESLint's --output-file does; refuses to replace one of `inputs`. A failure is a UsageError (exit 2).
 */
export function writeOutputFile(path: string, text: string, cwd: string, inputs: readonly string[] = []): void {
  const target = resolve(cwd, path);
  // The tool never writes to its inputs, even when told to.
  if (inputs.some((input) => input !== '-' && resolve(cwd, input) === target)) {
    throw new UsageError(`--output-file "${path}" is one of the files being checked; choose another path`);
  }
  // Same folder, so the rename stays on one file system and is atomic.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, target);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temp file was never created (its folder is not one); nothing to clean up.
    }
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot write output file "${path}" (${reason})`);
  }
}
