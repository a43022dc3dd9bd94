/**
 * The similarity step as the CLI runs it: expand --baseline, re-read files on demand, attach results.
 * Kept apart from batch.ts so the checking loop (and its worker pool) needs no change.
 */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { expandPaths } from '../files.js';
import { loadFile, loadStdin, type LoadOptions } from '../load/index.js';
import { checkFiles } from '../engine/batch.js';
import type { CheckOptions } from '../run.js';
import type { FileResult, SourceText } from '../types.js';
import type { SimilarOptions } from './options.js';

export interface SimilarRun {
  /** --no-similar turns the pass off. */
  readonly enabled: boolean;
  readonly baseline: readonly string[];
  readonly options: SimilarOptions;
  readonly cwd: string;
  readonly load: LoadOptions;
  /** Must return the same bytes as when the file was checked (the CLI reads stdin once and keeps it). */
  readonly readStdin: () => Promise<Uint8Array>;
  readonly check: CheckOptions;
  /** Inputs checked from memory (the API's texts, named standard input): their bytes by result path. */
  readonly texts?: ReadonlyMap<string, Uint8Array>;
}

/** Results with `similar` attached, or unchanged when the pass is off or there is nothing to compare. */
export async function withSimilar(results: readonly FileResult[], run: SimilarRun): Promise<readonly FileResult[]> {
  if (!run.enabled) return results;
  const { files, missing, rawPaths } = await expandPaths(run.baseline, run.cwd);
  if (missing.length) throw new UsageError(`--baseline: cannot read ${missing.map((m) => `${m.path} (${m.reason})`).join(', ')}`);
  const reports = results.reduce((n, f) => n + f.reports.length, 0);
  if (reports < 2 && !files.length) return results;
  // Baseline files whose names are not UTF-8 are opened by their bytes, as the run's own are.
  const load = rawPaths.size ? { ...run.load, rawPaths: new Map([...(run.load.rawPaths ?? []), ...rawPaths]) } : run.load;
  const loadSource = async (path: string): Promise<SourceText | null> => {
    const text = run.texts?.get(path);
    const loaded = text ? await loadStdin(path, text, load) : path === '<stdin>' ? await loadStdin(path, await run.readStdin(), load) : await loadFile(path, load);
    return loaded.ok ? loaded.source : null;
  };
  // Baseline reports are checked like the batch (worker pool for big sets), for their problems and plans sections.
  // A file given both ways is this year's: comparing it with itself would only say it is 100% itself.
  const checked = new Set(results.map((f) => resolve(run.cwd, f.path)));
  const reference = files.filter((f) => f !== '-' && !checked.has(resolve(run.cwd, f)));
  // The policy's waivers are for this year's reports: the reference ones are checked without it.
  const { policy, ...plain } = run.check;
  const baseline = await checkFiles(reference, { ...plain, load, readStdin: run.readStdin });
  const unreadable = baseline.flatMap((f) => f.errors.filter((e) => e.severity === 'error').map((e) => `${f.path} (${e.args.reason ?? e.code})`));
  if (unreadable.length) throw new UsageError(`--baseline: cannot read ${unreadable.join(', ')}`);
  // Loaded only when there is something to compare: checking a single report does not load the comparison code.
  const { attachSimilar } = await import('./attach.js');
  return attachSimilar(results, { options: run.options, loadSource, baseline, ...(policy ? { policy } : {}) });
}

/** Wraps a stdin reader so that later calls get the bytes of the first. */
export function readOnce(read: () => Promise<Uint8Array>): () => Promise<Uint8Array> {
  let bytes: Promise<Uint8Array> | undefined;
  return () => (bytes ??= read());
}
