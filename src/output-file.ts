/**
 * `--output-file`: writes the formatted text atomically (src/io/atomic.ts), so a CI step or a
 * browser never reads half a report, and never over one of the files being checked.
 */
import { resolve } from 'node:path';
import { UsageError } from './errors.js';
import { writeFileAtomic } from './io/atomic.js';

/**
 * Writes `text` to `path` (relative to `cwd`), creating missing folders as ESLint's --output-file
 * does; refuses to replace one of `inputs`. A failure is a UsageError (exit 2).
 */
export function writeOutputFile(path: string, text: string, cwd: string, inputs: readonly string[] = []): void {
  const target = resolve(cwd, path);
  // The tool never writes to its inputs, even when told to.
  if (inputs.some((input) => input !== '-' && resolve(cwd, input) === target)) {
    throw new UsageError(`--output-file "${path}" is one of the files being checked; choose another path`);
  }
  try {
    writeFileAtomic(target, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot write output file "${path}" (${reason})`);
  }
}
