/**
 * `--output-file`: writes the formatted text atomically (src/io/atomic.ts), so a CI step or a
 * browser never reads half a report, and never over one of the files being checked.
 */
import { resolve } from 'node:path';
import { UsageError } from './errors.js';
import { openFileAtomic, type AtomicFile } from './io/atomic.js';
import { writeProblem, writeProblemText, type FileIdentity } from './io/write-guard.js';

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
  // The tool never writes to its inputs, even when told to, nor over a device or a pipe.
  guardOutputPath('--output-file', path, cwd, inputs);
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

/** Throws a UsageError (exit 2) when `path` may not be written: an input, a link to one, a device or FIFO. */
export function guardOutputPath(what: string, path: string, cwd: string, inputs: readonly string[], stdinFile?: FileIdentity): void {
  const problem = writeProblem(path, inputs, cwd, stdinFile);
  if (problem) throw new UsageError(writeProblemText(what, path, problem));
}
