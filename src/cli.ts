/**
 * The command line: argv -> options -> check every file -> formatted text -> exit code.
 * The only module that reads stdin or writes output; it returns the exit code instead of
 * calling process.exit, so tests run it in-process (ESLint's cli.js, markdownlint-cli2's main).
 */
import { createRequire } from 'node:module';
import yargs from 'yargs';
import { isUserError, UsageError } from './errors.js';
import { expandPaths } from './files.js';
import { FORMAT_NAMES, loadFormatter } from './format/index.js';
import { writeOutputFile } from './output-file.js';
import { checkFiles, errorResult } from './batch.js';
import { isSupportedEncoding } from './load/decode.js';
import { BUILTIN_RULES_DIR, loadRuleSets } from './ruleset/load.js';
import type { RuleSet } from './ruleset/types.js';
import type { FileResult, Lang } from './types.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly cwd: string;
  readonly color: boolean;
}

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

function parser(argv: readonly string[]) {
  return yargs([...argv])
    .scriptName('reportlint')
    .usage('$0 [paths..]\n\n检查政务公开工作总结等政府报告是否覆盖规定内容。\nChecks Chinese government reports against YAML checklists.')
    .command('$0 [paths..]', 'check reports', (y) =>
      y.positional('paths', { describe: 'files, folders, globs, or - for stdin', type: 'string', array: true }),
    )
    .option('rules', { type: 'string', array: true, describe: 'add rule sets from a YAML file or folder (repeatable)' })
    .option('rule-set', { type: 'string', describe: 'check every report with this rule set id' })
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: `output format: ${FORMAT_NAMES.join(', ')}` })
    .option('output-file', { alias: 'o', type: 'string', describe: 'write the output to this file (atomically) instead of stdout' })
    .option('min-score', { type: 'number', describe: 'pass mark 0-100, overriding the rule sets\'' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'report errors only' })
    .option('lang', { choices: ['zh', 'en'] as const, default: 'zh' as const, describe: 'message language' })
    .option('encoding', { type: 'string', describe: 'text encoding instead of detecting it (utf-8, gb18030, utf-16le …)' })
    .option('color', { type: 'boolean', describe: 'force colour on or off' })
    .example('$0 总结.txt', 'check one report')
    .example('$0 汇编.txt --format json', 'check a compilation, machine-readable')
    .example('$0 reports/ --min-score 80', 'grade a folder with a stricter pass mark')
    .example('$0 "reports/**/*.md" --lang en', 'glob, English messages')
    .example('cat 草稿.txt | $0 -', 'check standard input')
    .epilogue('Exit codes: 0 every checked report passes, 1 some report fails, 2 usage, rule-set or input error.')
    .version(version)
    .help()
    .strict()
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`reportlint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  let helpShown = '';
  const args = await parser(argv).parseAsync([...argv], {}, (_err, _argv, output) => {
    helpShown = output;
  });
  if (helpShown) {
    io.stdout(`${helpShown}\n`);
    return 0;
  }
  const paths = ((args.paths as string[] | undefined) ?? []).map(String);
  if (!paths.length) throw new UsageError('no input: give files, folders, globs or - (see --help)');
  if (args.encoding && !isSupportedEncoding(args.encoding)) throw new UsageError(`unknown encoding "${args.encoding}"`);
  if (args['min-score'] !== undefined && !(args['min-score'] >= 0 && args['min-score'] <= 100)) {
    throw new UsageError('--min-score must be between 0 and 100');
  }
  const formatter = FORMAT_NAMES.includes(args.format)
    ? await loadFormatter(args.format)
    : (() => {
        throw new UsageError(`unknown format "${args.format}"; choose one of ${FORMAT_NAMES.join(', ')}`);
      })();

  const ruleSets = collectRuleSets(args.rules ?? []);
  const forced = args['rule-set'] ? ruleSets.find((r) => r.id === args['rule-set']) : undefined;
  if (args['rule-set'] && !forced) {
    throw new UsageError(`unknown rule set "${args['rule-set']}"; known: ${ruleSets.map((r) => r.id).join(', ')}`);
  }

  const { files, missing } = await expandPaths(paths, io.cwd);
  const checked = await checkFiles(files, {
    ruleSets,
    ...(forced ? { forced } : {}),
    ...(args['min-score'] !== undefined ? { minScore: args['min-score'] } : {}),
    load: args.encoding ? { encoding: args.encoding } : {},
    readStdin: io.readStdin,
  });
  const results = [...missing.map(({ path, reason }) => errorResult(path, 'unreadable', { path, reason })), ...checked];

  const lang = args.lang as Lang;
  const outputFile = args['output-file'];
  const text = formatter(results, { cwd: io.cwd, lang, color: args.color ?? (outputFile ? false : io.color), version, now: new Date(), quiet: args.quiet, ruleSets });
  if (outputFile) writeOutputFile(outputFile, text, io.cwd);
  else io.stdout(text);
  return exitCode(results);
}

/** Built-in rule sets plus every --rules file or folder; a later id replaces an earlier one. */
function collectRuleSets(extra: readonly string[]): RuleSet[] {
  const byId = new Map<string, RuleSet>();
  for (const r of loadRuleSets(BUILTIN_RULES_DIR)) byId.set(r.id, r);
  for (const path of extra) for (const r of loadRuleSets(path)) byId.set(r.id, r);
  return [...byId.values()];
}

/** 2 when an input could not be read, else 1 when a checked report failed, else 0. */
export function exitCode(results: readonly FileResult[]): number {
  if (results.some((f) => f.errors.some((e) => e.severity === 'error'))) return 2;
  if (results.some((f) => f.reports.some((r) => r.passed === false))) return 1;
  return 0;
}
