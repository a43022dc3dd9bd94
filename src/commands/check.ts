/**
 * The default command: check files, folders, globs or stdin and print the results.
 * Flags win over the config file; every input error is a file result, never a thrown error.
 */
import { expandPaths } from '../files.js';
import { FORMAT_NAMES, formatModuleUrl, loadFormat } from '../format/index.js';
import { tallyAll } from '../engine/tally.js';
import { gathered, writeCollected } from '../format/stream.js';
import { resolve } from 'node:path';
import { byPath, errorResult } from '../engine/batch.js';
import { check, exitCode } from '../api.js';
import { parseConcurrency } from '../engine/pool/index.js';
import { isSupportedEncoding } from '../load/decode.js';
import { collectRuleSets, type Config } from '../config/index.js';
import { ignoreFilter, ignoreSources } from '../config/ignore.js';
import { UsageError } from '../errors.js';
import { abruptOnSignal } from '../signals.js';
import type { Io } from '../cli.js';
import type { Lang, Tally } from '../types.js';
import { progress } from './progress.js';
import { skippedResult, softenUnnamed } from '../engine/skipped.js';
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
  readonly 'ignore-pattern'?: string[];
  readonly 'stdin-filename'?: string;
  readonly 'print-config'?: string;
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
  if (!paths.length && args['print-config'] === undefined) throw new UsageError('no input: give files, folders, globs or - (see --help)');
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
  const asked = args['print-config'];
  if (asked !== undefined) {
    const { printConfig } = await import('./print-config.js');
    io.stdout(printConfig(asked, args, config, ruleSets, lang, io.cwd));
    return 0;
  }
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
  const skip = ignoreFilter(ignoreSources(config, args['ignore-pattern'] ?? [], io.cwd), io.cwd);
  const outputFile = args['output-file'];
  // The cache and the output-file writer load only when asked for: a plain run starts faster without them.
  const caching = args.cache ? await import('../cache.js') : null;
  const cachePath = caching?.cacheFile(args['cache-location'], io.cwd);
  const writes = outputFile || cachePath ? await import('../output-file.js') : null;
  // What this run writes is never read as an input when a folder or glob meets it (the last run's
  // -o into the checked folder); named outright, the guards below refuse it instead.
  const own = new Set([outputFile, cachePath].filter((p): p is string => !!p).map((p) => resolve(io.cwd, p)));
  const named = new Set(paths.map((p) => resolve(io.cwd, p)));
  const found = expanded.files.filter((f) => (paths.includes(f) || !skip?.(f)) && (f === '-' || named.has(resolve(io.cwd, f)) || !own.has(resolve(io.cwd, f))));
  // Refused before anything is checked: nothing the run writes may replace an input, a device or a pipe.
  if (outputFile) writes!.guardOutputPath('--output-file', outputFile, io.cwd, found, io.stdinFile);
  if (cachePath) writes!.guardOutputPath('--cache-location', cachePath, io.cwd, found, io.stdinFile);
  // Standard input is read once, up front, and checked under its --stdin-filename (its format too: .md, .docx).
  const stdinName = args['stdin-filename'] ?? '<stdin>';
  const texts = new Map(found.includes('-') ? [[stdinName, await io.readStdin()]] : []);
  const files = found.map((f) => (f === '-' ? stdinName : f));
  /** The run's exit code, and what stderr must say about it (nothing checked, too many warnings). */
  const judge = (tally: Tally) => {
    const verdict = runVerdict(tally, expanded.files.length - found.length, maxWarnings, lang);
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
  const readStdin = () => Promise.resolve(texts.get(stdinName) ?? new Uint8Array());
  // Every read resolves against io.cwd; the names in results stay as the user gave them.
  const rawPaths = expanded.rawPaths.size ? { rawPaths: expanded.rawPaths } : {};
  const load = { cwd: io.cwd, ...(encoding ? { encoding } : {}), ...rawPaths };
  const cache = caching
    ? caching.ResultCache.open(cachePath!, caching.cacheKey({ version, ruleSets, forced: forced?.id, minScore, encoding, policy }), io.cwd, expanded.rawPaths)
    : undefined;
  const batch = {
    ruleSets,
    ...(forced ? { forced } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
    ...(policy ? { policy } : {}),
    load,
    readStdin,
    texts,
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
    const file = outputFile ? writes!.openOutputFile(outputFile, io.cwd, found) : null;
    const output = file ?? { write: stdoutBytes(io), commit: () => {}, abort: () => {} };
    const { streamCheck } = await import('../engine/stream.js');
    const tally = await streamCheck({ files, premade, format: { name: format, module: formatModuleUrl(format), stream }, ctx, batch, named: paths, output });
    finish();
    return judge(tally);
  }

  // The whole-results run is a client of the public API (src/api.ts); standard input goes in as bytes.
  const inputs = files.map((f) => (texts.has(f) ? { path: f, text: texts.get(f)! } : f));
  const checked = await check(inputs, {
    ruleSets,
    ...(forced ? { ruleSet: forced.id } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
    ...(encoding ? { encoding } : {}),
    cwd: io.cwd,
    concurrency: batch.concurrency,
    similar: args.similar && { ...spec.similar, ...(similarThreshold !== undefined ? { threshold: similarThreshold } : {}) },
    baseline: args.baseline ?? [],
  }, { ...(cache ? { cache } : {}), ...(bar.onFile ? { onFile: bar.onFile } : {}), ...(policy ? { policy } : {}), ...rawPaths });
  finish();
  const results = [...premade, ...softenUnnamed(checked, paths)].sort(byPath);

  // The output is main-thread work: a signal during it ends the run at once, writing nothing.
  abruptOnSignal(() => {
    // A format that writes file by file is written so, a big file in pieces: one string could not hold 200,000 reports.
    if (formatModule.stream) {
      const file = outputFile ? writes!.openOutputFile(outputFile, io.cwd, found) : null;
      const out = gathered(file ? (text) => file.write(text) : io.stdout);
      writeCollected(formatModule.stream, results, ctx, out.write);
      out.flush();
      file?.commit();
      return;
    }
    const text = formatModule.default(results, ctx);
    if (outputFile) writes!.writeOutputFile(outputFile, text, io.cwd, found);
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

export { exitCode };
