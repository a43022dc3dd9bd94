/**
 * The 内容雷同 pass as a run does it (issue 17): the batch is checked with each report signed in the check
 * (in the workers when there are workers), the signatures go into the pass as each file's result comes
 * and leave the result there; the --baseline is expanded and checked the same way; at the end the pass
 * reads again only the files of its candidate pairs. The pass itself (similar/) reads nothing.
 */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { expandPaths } from '../files.js';
import { loadFile, loadInMemory, type LoadOptions } from '../load/index.js';
import { abruptWhenFree } from '../signals.js';
import type { SimilarPass } from '../similar/engine.js';
import type { SimilarOptions } from '../similar/options.js';
import type { FileResult, SourceText } from '../types.js';
import { byPath, checkEach, checkFiles, type BatchOptions } from './batch.js';

export interface SimilarRun {
  /** --no-similar turns the pass off. */
  readonly enabled: boolean;
  readonly baseline: readonly string[];
  readonly options: SimilarOptions;
  readonly cwd: string;
}

/** Checks `files` (as checkFiles does) and, unless the pass is off, compares their reports with each other and the baseline. */
export async function checkWithSimilar(files: readonly string[], batch: BatchOptions, run: SimilarRun): Promise<FileResult[]> {
  if (!run.enabled) return checkFiles(files, batch);
  const { reference, load } = await baselineFiles(files, run, batch.load);
  batch = { ...batch, load };
  // One file and no baseline: signing it would be wasted unless it is a compilation; then it is read again.
  if (files.length < 2 && !reference.length) return finish(await checkFiles(files, batch), null, [], batch, run);
  const { SimilarPass } = await import('../similar/engine.js');
  const pass = new SimilarPass(run.options);
  // Files are numbered in path order (the order results end in), whatever order their checks end in.
  const rank = ranks(files.map((f) => (f === '-' ? '<stdin>' : f)));
  const unsignedAt: number[] = [];
  const results = await checkFiles(files, { ...batch, signs: { sections: reference.length > 0 } }, (index, kept, signs) => {
    if (signs) pass.add(rank[index]!, kept.path, false, kept.reports, signs);
    else if (kept.reports.length) unsignedAt.push(rank[index]!);
  });
  return finish(results, pass, reference, batch, run, unsignedAt);
}

/** The pass over results already checked, without signatures (each file is read again to sign it). */
export async function withSimilar(results: readonly FileResult[], batch: BatchOptions, run: SimilarRun): Promise<FileResult[]> {
  if (!run.enabled) return [...results];
  const sorted = [...results].sort(byPath);
  const { reference, load } = await baselineFiles(sorted.map((r) => r.path), run, batch.load);
  return finish(sorted, null, reference, { ...batch, load }, run, sorted.map((_, i) => i));
}

/**
 * The --baseline's files, less those checked as this year's: comparing a file with itself would only say it is 100% itself.
 * `load` adds the byte paths of baseline files whose names are not UTF-8, opened by their bytes as the run's own are.
 */
async function baselineFiles(files: readonly string[], run: SimilarRun, load: LoadOptions): Promise<{ reference: string[]; load: LoadOptions }> {
  const { files: found, missing, rawPaths } = await expandPaths(run.baseline, run.cwd);
  if (missing.length) throw new UsageError(`--baseline: cannot read ${missing.map((m) => `${m.path} (${m.reason})`).join(', ')}`);
  const checked = new Set(files.map((f) => resolve(run.cwd, f)));
  const reference = found.filter((f) => f !== '-' && !checked.has(resolve(run.cwd, f)));
  return { reference, load: rawPaths.size ? { ...load, rawPaths: new Map([...(load.rawPaths ?? []), ...rawPaths]) } : load };
}

/**
 * The baseline checked into the pass, results the check could not sign (cache hits) signed from their
 * text, the pairs found and attached. Main-thread work from here: a signal ends the run at once (signals.ts).
 */
async function finish(
  results: FileResult[],
  given: SimilarPass | null,
  reference: readonly string[],
  batch: BatchOptions,
  run: SimilarRun,
  unsignedAt: readonly number[] = results.map((_, i) => i),
): Promise<FileResult[]> {
  const reports = results.reduce((n, f) => n + f.reports.length, 0);
  if (reports < 2 && !reference.length) return results;
  return abruptWhenFree(async () => {
    const { SimilarPass } = await import('../similar/engine.js');
    const { signFile } = await import('../similar/source.js');
    const pass = given ?? new SimilarPass(run.options);
    const load = loader(batch);
    await checkBaseline(reference, results.length, pass, batch);
    // A --cache hit whose entry has no fitting signatures (stored by a --no-similar run, or without the
    // sections a --baseline run compares) and a result from the API: its text is read and signed again.
    for (const i of unsignedAt) {
      const r = results[i]!;
      const source = r.reports.length ? await load(r.path) : null;
      if (source) pass.add(i, r.path, false, r.reports, signFile(source, r, reference.length > 0));
    }
    const found = await pass.find(async (_, path) => (await load(path))?.lines ?? null);
    // Loaded only when there is something to compare: checking a single report does not load the comparison code.
    const { attachFound } = await import('../similar/attach.js');
    return attachFound(results, found, run.options, batch.policy);
  });
}

/** Baseline reports are checked like the batch (worker pool for big sets), for their problems and plans sections. */
async function checkBaseline(reference: readonly string[], first: number, pass: SimilarPass, batch: BatchOptions): Promise<void> {
  if (!reference.length) return;
  const rank = ranks(reference);
  const unreadable: string[] = [];
  // The policy's waivers are for this year's reports: the reference ones are checked without it. Nor are they cached.
  const { policy: _p, cache: _c, onFile: _o, texts: _t, ...plain } = batch;
  await checkEach(reference, { ...plain, signs: { sections: true } }, (index, outcome, cloned) => {
    if (!('result' in outcome)) return;
    const r = outcome.result;
    unreadable.push(...r.errors.filter((e) => e.severity === 'error').map((e) => `${r.path} (${e.args.reason ?? e.code})`));
    if (!r.signs) return;
    // Only the spans are kept, copied when they are slices of the file's text (checked in this thread).
    const spans = r.reports.map(({ title, startLine, endLine }) => ({ title, startLine, endLine }));
    pass.add(first + rank[index]!, r.path, true, cloned ? spans : structuredClone(spans), r.signs);
  });
  if (unreadable.length) throw new UsageError(`--baseline: cannot read ${unreadable.sort().join(', ')}`);
}

/** Reads a file of the run again: from the bytes it was checked from when it came from memory. */
function loader(batch: BatchOptions): (path: string) => Promise<SourceText | null> {
  const load: LoadOptions = batch.load;
  return async (path) => {
    const text = batch.texts?.get(path);
    const loaded = text ? await loadInMemory(path, text, load) : path === '<stdin>' ? await loadInMemory(path, await batch.readStdin(), load) : await loadFile(path, load);
    return loaded.ok ? loaded.source : null;
  };
}

/** rank[i]: the place of paths[i] in path order (ties by position). */
function ranks(paths: readonly string[]): number[] {
  const order = paths.map((path, i) => ({ path, i })).sort((a, b) => byPath(a, b) || a.i - b.i);
  const rank: number[] = [];
  order.forEach((o, k) => (rank[o.i] = k));
  return rank;
}
