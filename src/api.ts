/**
 * The programmatic API, `import { check, loadRuleSets, format } from 'reportlint'`: what the
 * command line does, without the command line. The CLI is itself a client of it (commands/check.ts):
 * it adds finding files, the config file, --cache, the progress bar, streaming and the exit code.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { byPath } from './engine/batch.js';
import { checkWithSimilar } from './engine/similar.js';
import type { ResultCache } from './cache.js';
import { UsageError } from './errors.js';
import { FORMAT_NAMES, loadFormatter } from './format/index.js';
import { exitOf, tallyAll } from './engine/tally.js';
import type { LoadOptions } from './load/index.js';
import type { Concurrency } from './engine/pool/index.js';
import { BUILTIN_RULES_DIR, loadRuleSets as loadRuleSetPath } from './ruleset/load.js';
import type { RuleSet } from './ruleset/types.js';
import type { Policy } from './score/policy.js';
import { similarOptions, type SimilarSettings } from './similar/options.js';
import type { FileResult, FormatContext } from './types.js';

export const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/** One input: a file path (read from disk), or a name with its text or bytes (a .docx as bytes). */
export type Input = string | { readonly path: string; readonly text: string | Uint8Array };

export interface CheckOptions {
  /** The rule sets to route reports to; default the built-in ones (`loadRuleSets()`). */
  readonly ruleSets?: readonly RuleSet[];
  /** Check every report with the rule set of this id instead of routing by title and content. */
  readonly ruleSet?: string;
  /** Pass mark 0-100 for every report, instead of each rule set's own. */
  readonly minScore?: number;
  /** A text encoding instead of detecting it (utf-8, gb18030, utf-16le …). */
  readonly encoding?: string;
  /** The folder relative paths are read from; default the process's current folder. Results keep the names given. */
  readonly cwd?: string;
  /** Worker threads: a number, `auto` (one per core for big batches; the default) or `off`. */
  readonly concurrency?: Concurrency;
  /** The 内容雷同 pass between the inputs: on by default; false turns it off; an object changes its settings. */
  readonly similar?: boolean | SimilarSettings;
  /** Files to compare every report with as well (e.g. last year's reports), named relative to `cwd`. */
  readonly baseline?: readonly string[];
}

/** What the CLI adds to a check; not needed for the API's ordinary use. */
export interface CheckHooks {
  /** Unchanged files take their last result (--cache). */
  readonly cache?: ResultCache;
  /** Called after each file (a progress bar). */
  readonly onFile?: (done: number, total: number) => void;
  /** Severities and waivers from a config (`severity:`, `waive:`, --severity). */
  readonly policy?: Policy;
  /** Files a folder walk found under names that are not UTF-8, and their paths' bytes (files.ts Expanded.rawPaths). */
  readonly rawPaths?: ReadonlyMap<string, Uint8Array>;
}

/** Checks the inputs; one result per input, in path order. A file that cannot be read is a result with an error, never a throw. */
export async function check(inputs: readonly Input[], options: CheckOptions = {}, hooks: CheckHooks = {}): Promise<FileResult[]> {
  const ruleSets = options.ruleSets ?? loadRuleSets();
  const forced = options.ruleSet === undefined ? undefined : ruleSets.find((r) => r.id === options.ruleSet);
  if (options.ruleSet !== undefined && !forced) {
    throw new UsageError(`unknown rule set "${options.ruleSet}"; known: ${ruleSets.map((r) => r.id).join(', ')}`);
  }
  // The API is an entry point, like bin/: here the process's folder stands in for a cwd not given.
  const cwd = options.cwd ?? process.cwd();
  const load: LoadOptions = { cwd, ...(options.encoding ? { encoding: options.encoding } : {}), ...(hooks.rawPaths ? { rawPaths: hooks.rawPaths } : {}) };
  const checking = {
    ruleSets,
    ...(forced ? { forced } : {}),
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    ...(hooks.policy ? { policy: hooks.policy } : {}),
  };
  const texts = new Map<string, Uint8Array>();
  const files: string[] = [];
  for (const input of inputs) {
    if (typeof input === 'string') files.push(input);
    else texts.set(input.path, typeof input.text === 'string' ? new TextEncoder().encode(input.text) : input.text);
  }
  const noStdin = () => Promise.reject(new UsageError('standard input is not an input here: pass its bytes as { path, text }'));
  const batch = {
    ...checking,
    load,
    readStdin: noStdin,
    texts,
    concurrency: options.concurrency ?? 'auto',
    ...(hooks.cache ? { cache: hooks.cache } : {}),
    ...(hooks.onFile ? { onFile: hooks.onFile } : {}),
  };
  const similar = options.similar ?? true;
  return checkWithSimilar([...files, ...texts.keys()], batch, {
    enabled: similar !== false,
    baseline: options.baseline ?? [],
    options: similarOptions(typeof similar === 'object' ? similar : {}),
    cwd,
  });
}

/** The built-in rule sets, then those of each path (a YAML file or a folder of them); a later id replaces an earlier one. */
export function loadRuleSets(paths: readonly string[] = [], options: { readonly cwd?: string; readonly builtIn?: boolean } = {}): RuleSet[] {
  const byId = new Map<string, RuleSet>();
  const folders = [...(options.builtIn === false ? [] : [BUILTIN_RULES_DIR]), ...paths.map((p) => resolve(options.cwd ?? process.cwd(), p))];
  for (const folder of folders) for (const r of loadRuleSetPath(folder)) byId.set(r.id, r);
  return [...byId.values()];
}

/** The names `format` takes: stylish, json, sarif, junit, github, markdown, csv, html. */
export const formats: readonly string[] = FORMAT_NAMES;

/**
 * Results as the text of a format. Async because heavy formats (html, sarif) load only when
 * asked for. `ctx` defaults: Chinese, no colour, the built-in rule sets, the process's folder.
 */
export async function format(results: readonly FileResult[], name: string, ctx: Partial<FormatContext> = {}): Promise<string> {
  if (!FORMAT_NAMES.includes(name)) throw new UsageError(`unknown format "${name}"; choose one of ${FORMAT_NAMES.join(', ')}`);
  const formatter = await loadFormatter(name);
  const full: FormatContext = {
    cwd: ctx.cwd ?? process.cwd(),
    lang: ctx.lang ?? 'zh',
    color: ctx.color ?? false,
    version: ctx.version ?? version,
    quiet: ctx.quiet ?? false,
    ruleSets: ctx.ruleSets ?? loadRuleSets(),
    ...(ctx.now ? { now: ctx.now } : {}),
  };
  return formatter([...results].sort(byPath), full);
}

/**
 * The exit code the command line would give: 2 when an input could not be read or no report was
 * checked at all (checking nothing is not a pass), else 1 when a report fails, else 0.
 */
export function exitCode(results: readonly FileResult[]): number {
  return exitOf(tallyAll(results));
}
