/**
 * The default command: check files, folders, globs or stdin and print the results.
 * Flags win over the config file; every input error is a file result, never a thrown error.
 */
import { expandPaths } from '../files.js';
import { FORMAT_NAMES, loadFormat } from '../format/index.js';
import { tallyAll, type Tally } from '../format/summary.js';
import { gathered, writeCollected } from '../format/stream.js';
import { guardOutputPath, openOutputFile, writeOutputFile } from '../output-file.js';
import { resolve } from 'node:path';
import { byPath, checkFiles, errorResult } from '../batch.js';
import { similarOptions } from '../similar/options.js';
import { readOnce, withSimilar } from '../similar/run.js';
import { parseConcurrency } from '../pool/index.js';
import { cacheFile, cacheKey, ResultCache } from '../cache.js';
import { isSupportedEncoding } from '../load/decode.js';
import { collectRuleSets, type Config } from '../config/index.js';
import { ignoreFilter } from '../config/ignore.js';
import { UsageError } from '../errors.js';
import { abruptOnSignal } from '../signals.js';
import type { Io } from '../cli.js';
import type { FileResult, Lang } from '../types.js';
import { progress } from './progress.js';
import { skippedResult, softenUnnamed } from './skipped.js';
import { streamCheck } from './stream.js';
import { runVerdict, waiverNotes } from './verdict.js';
import { buildPolicy, localDate } from '../config/policy.js';

/** The check command's options as yargs parsed them. */
export interface CheckArgs {
  readonly rules?: string[];
  readonly 'rule-set'?: string;
  readonly format?: string;
  readonly 'output-file'?: string;
  readonly 'min-score'?: number;
  readonly quiet: boolean;
  readonly encoding?: string;
  readonly color?: boolean;
  readonly similar: boolean;
  readonly 'similar-threshold'?: number;
  readonly baseline?: string[];
  readonly concurrency: string;
  readonly cache?: boolean;
  readonly 'cache-location': string;
  readonly 'max-warnings'?: number;
  readonly severity?: string[];
}

export async function runCheck(
  args: CheckArgs,
  paths: readonly string[],
  io: Io,
  config: Config | null,
  lang: Lang,
  version: string,
): Promise<number> {
  const spec = config?.spec ?? {};
  const encoding = args.encoding ?? spec.encoding;
  const minScore = args['min-score'] ?? spec.minScore;
  const format = args.format ?? spec.format ?? 'stylish';
  const ruleSetId = args['rule-set'] ?? spec.ruleSet;
  const maxWarnings = args['max-warnings'] ?? spec.maxWarnings;
  if (!paths.length) throw new UsageError('no input: give files, folders, globs or - (see --help)');
  // An empty argument (an unset shell variable, "$DIR") would otherwise check the whole working folder.
  if (paths.some((p) => p.trim() === '')) throw new UsageError('an empty path ("") names no file; give files, folders, globs or - (see --help)');
  if (encoding && !isSupportedEncoding(encoding)) throw new UsageError(`unknown encoding "${encoding}"`);
  if (minScore !== undefined && !(minScore >= 0 && minScore <= 100)) {
    throw new UsageError('--min-score must be between 0 and 100');
  }
  const similarThreshold = args['similar-threshold'];
  if (similarThreshold !== undefined && !(similarThreshold > 0 && similarThreshold <= 1)) throw new UsageError('--similar-threshold must be above 0 and at most 1');
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new UsageError('--max-warnings must be a whole number, 0 or more');
  if (!FORMAT_NAMES.includes(format)) throw new UsageError(`unknown format "${format}"; choose one of ${FORMAT_NAMES.join(', ')}`);
  const formatModule = await loadFormat(format);

  const ruleSets = collectRuleSets(config, args.rules ?? [], io.cwd);
  const forced = ruleSetId ? ruleSets.find((r) => r.id === ruleSetId) : undefined;
  const now = new Date();
  const today = localDate(now);
  const policy = buildPolicy(config, args.severity ?? [], ruleSets, io.cwd, today);
  if (ruleSetId && !forced) {
    throw new UsageError(`unknown rule set "${ruleSetId}"; known: ${ruleSets.map((r) => r.id).join(', ')}`);
  }

  const expanded = await expandPaths(paths, io.cwd);
  const { missing } = expanded;
  // The config's ignore patterns thin what folders and globs found; a file named outright is checked.
  const skip = ignoreFilter(spec.ignore ?? [], config?.dir ?? io.cwd, io.cwd);
  const outputFile = args['output-file'];
  const cachePath = args.cache ? cacheFile(args['cache-location'], io.cwd) : undefined;
  // What this run writes is never read as an input when a folder or glob meets it (the last run's
  // -o into the checked folder); named outright, the guards below refuse it instead.
  // (expandPaths names files as fs opens them, relative to the process's folder: resolve() without io.cwd.)
  const own = new Set([outputFile, cachePath].filter((p): p is string => !!p).map((p) => resolve(io.cwd, p)));
  const named = new Set(paths.map((p) => resolve(io.cwd, p)));
  const files = expanded.files.filter((f) => (paths.includes(f) || !skip?.(f)) && (named.has(resolve(f)) || !own.has(resolve(f))));
  // Refused before anything is checked: nothing the run writes may replace an input, a device or a pipe.
  if (outputFile) guardOutputPath('--output-file', outputFile, io.cwd, files, io.stdinFile);
  if (cachePath) guardOutputPath('--cache-location', cachePath, io.cwd, files, io.stdinFile);
  /** The run's exit code, and what stderr must say about it (nothing checked, too many warnings). */
  const judge = (tally: Tally) => {
    const verdict = runVerdict(tally, expanded.files.length - files.length, maxWarnings, lang);
    const where = (i: number) => {
      const { line } = config!.locate(['waive', i]);
      return `${config!.file}:${line}`;
    };
    const stale = policy?.waivers ? waiverNotes(policy.waivers, tally.waiversUsed, today, where, lang) : [];
    for (const note of [...stale, ...verdict.notes]) io.stderr(`reportlint: ${note}\n`);
    return verdict.exit;
  };
  const ctx = { cwd: io.cwd, lang, color: args.color ?? (outputFile ? false : io.color), version, now, quiet: args.quiet, ruleSets, ...(maxWarnings !== undefined ? { maxWarnings } : {}) };
  // The 内容雷同 pass must see every report before it can name a pair: only a run without it streams.
  const stream = args.similar ? undefined : formatModule.stream;
  // Streamed output in the terminal would tear the progress bar: the output shows the progress there.
  const bar = progress(io.stderr, files.length, (io.stderrTTY ?? false) && !(stream && !outputFile));
  const readStdin = readOnce(io.readStdin);
  const cache = args.cache
    ? ResultCache.open(cachePath!, cacheKey({ version, ruleSets, forced: forced?.id, minScore, encoding, policy }))
    : undefined;
  const batch = {
    ruleSets,
    ...(forced ? { forced } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
    ...(policy ? { policy } : {}),
    load: encoding ? { encoding } : {},
    readStdin,
    ...(bar.onFile ? { onFile: bar.onFile } : {}),
    concurrency: parseConcurrency(args.concurrency),
    ...(cache ? { cache } : {}),
  };
  const premade = [
    ...missing.map(({ path, reason }) => errorResult(path, 'unreadable', { path, reason })),
    ...expanded.skipped.filter((s) => !skip?.(s.path)).map(skippedResult),
  ];
  const finish = () => {
    const cacheProblem = cache?.save();
    if (cacheProblem) io.stderr(`reportlint: ${cacheProblem}\n`);
    bar.end();
  };

  if (stream) {
    const file = outputFile ? openOutputFile(outputFile, io.cwd, files) : null;
    const output = file ?? { write: stdoutBytes(io), commit: () => {}, abort: () => {} };
    const tally = await streamCheck({ files, premade, format: { name: format, stream }, ctx, batch, named: paths, output });
    finish();
    return judge(tally);
  }

  const checked = await checkFiles(files, batch);
  finish();
  const listed = [...premade, ...softenUnnamed(checked, paths)].sort(byPath);
  // The 内容雷同 pass and the output are main-thread work: a signal during them ends the run at once, writing nothing.
  const results = await abruptOnSignal(() => withSimilar(listed, {
    enabled: args.similar,
    baseline: args.baseline ?? [],
    options: similarOptions({ ...spec.similar, ...(similarThreshold !== undefined ? { threshold: similarThreshold } : {}) }),
    cwd: io.cwd,
    load: encoding ? { encoding } : {},
    readStdin,
    check: { ruleSets, ...(forced ? { forced } : {}), ...(minScore !== undefined ? { minScore } : {}), ...(policy ? { policy } : {}) },
  }));

  abruptOnSignal(() => {
    // A format that writes file by file is written so, a big file in pieces: one string could not hold 200,000 reports.
    if (formatModule.stream) {
      const file = outputFile ? openOutputFile(outputFile, io.cwd, files) : null;
      const out = gathered(file ? (text) => file.write(text) : io.stdout);
      writeCollected(formatModule.stream, results, ctx, out.write);
      out.flush();
      file?.commit();
      return;
    }
    const text = formatModule.default(results, ctx);
    if (outputFile) writeOutputFile(outputFile, text, io.cwd, files);
    else io.stdout(text);
  });
  return judge(tallyAll(results));
}

/** Bytes to stdout: straight through when the Io can take them, else decoded (tests capture text). */
function stdoutBytes(io: Io): (bytes: Uint8Array) => void {
  if (io.stdoutBytes) return io.stdoutBytes;
  // Pieces end between files, never inside a character; `stream` is there for safety all the same.
  const utf8 = new TextDecoder();
  return (bytes) => io.stdout(utf8.decode(bytes, { stream: true }));
}

/** 2 when an input could not be read or no report was checked, else 1 when a checked report failed, else 0. */
export function exitCode(results: readonly FileResult[]): number {
  return runVerdict(tallyAll(results), 0, undefined, 'zh').exit;
}
