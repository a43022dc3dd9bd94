/**
 * The page reads a .docx on its own thread: there are no worker threads to isolate mammoth in, and
 * a clerk's page checks one file at a time (the CLI's isolation is load/docx-isolated.ts).
 */
import { loadDocx } from '../../load/docx.js';
import type { Loaded } from '../../load/index.js';

export function loadDocxIsolated(path: string, bytes: Uint8Array): Promise<Loaded> {
  return loadDocx(path, bytes);
}
