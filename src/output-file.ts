/**
 * `--output-file`: writes the formatted text atomically (src/io/atomic.ts), so a CI step or a
 * browser never reads half a report, and never over one of the files being checked.
 */
import { resolve } from 'node:path';
import { UsageError } from './errors.js';
import { openFileAtomic, type AtomicFile } from './io/atomic.js';

/**
 * Writes `text` to `path` (relative to `cwd`), creating missing folders as ESLint's --output-file
 * does; refuses to replace one of `inputs`. A failure is a UsageError (exit 2).
 */
export function writeOutputFile(path: string, text: string, cwd: string, inputs: readonly string[] = []): void {
  const file = openOutputFile(path, cwd, inputs);
  file.write(text);
  file.commit();
}

/** The same, for output written as it comes (a streamed run): the file appears whole at commit(). */
export function openOutputFile(path: string, cwd: string, inputs: readonly string[] = []): AtomicFile {
  const target = resolve(cwd, path);
  // The tool never writes to its inputs, even when told to.
  if (inputs.some((input) => input !== '-' && resolve(cwd, input) === target)) {
    throw new UsageError(`--output-file "${path}" is one of the files being checked; choose another path`);
  }
  const failed = (error: unknown) => {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return new UsageError(`cannot write output file "${path}" (${reason})`);
  };
  const guard = <A extends unknown[]>(act: (...args: A) => void) => (...args: A) => {
    try {
      act(...args);
    } catch (error) {
      throw failed(error);
    }
  };
  let file: AtomicFile;
  try {
    file = openFileAtomic(target);
  } catch (error) {
    throw failed(error);
  }
  return { write: guard(file.write), commit: guard(file.commit), abort: file.abort };
}
