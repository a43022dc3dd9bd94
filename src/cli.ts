/**
 * The command line: argv -> options -> a subcommand (the check by default) -> exit code.
 * A plain check is read by commands/check-argv.ts; anything else by yargs (parser.ts, loaded only then).
 * All process access goes through the injected `Io`, and the exit code is returned instead of
 * calling process.exit, so tests run it in-process (ESLint's cli.js, markdownlint-cli2's main).
 */
import { createRequire } from 'node:module';
import { isUserError } from './errors.js';
import { collectRuleSets, resolveConfig } from './config/index.js';
import type { Lang } from './types.js';
import { runCheck } from './commands/check.js';
import { plainCheckArgv } from './commands/check-argv.js';

export interface Io {
  readonly stdout: (text: string) => void;
  /** Writes UTF-8 bytes to stdout; a streamed run passes its output through untouched. Absent: decoded and given to `stdout`. */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly cwd: string;
  readonly color: boolean;
  /** stderr is a terminal: long batches draw a progress bar there. Absent means no. */
  readonly stderrTTY?: boolean;
  /** Standard input's device and inode when it is redirected from a file: -o and the cache never replace it. */
  readonly stdinFile?: { readonly dev: number; readonly ino: number };
  /** The user's locale (LC_ALL, LC_MESSAGES or LANG): --help is in English under an English one. */
  readonly locale?: string;
}

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

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

/** yargs drops a bare "-", so it travels through the parser under another name. */
const STDIN_ARG = '<stdin>';

async function run(rawArgv: readonly string[], io: Io): Promise<number> {
  const argv = rawArgv.map((a) => (a === '-' ? STDIN_ARG : a));
  // A plain check (paths and the check's options) needs neither yargs nor the subcommands.
  const plain = plainCheckArgv(argv, STDIN_ARG);
  if (plain) {
    const config = resolveConfig(plain.config, io.cwd);
    return runCheck(plain.args, plain.paths, io, config, plain.lang ?? config?.spec.lang ?? 'zh', version);
  }
  const { COMMANDS, helpLang, initCommand, parser } = await import('./parser.js');
  let helpShown = '';
  const args = await parser(argv, helpLang(rawArgv, io.locale), version).parseAsync([...argv], {}, (_err, _argv, output) => {
    helpShown = output;
  });
  if (helpShown) {
    io.stdout(`${helpShown}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.command.split(' ')[0] === String(args._[0] ?? ''));
  // init must work under a broken config further up; everything else reads the config first.
  const config = command === initCommand ? null : resolveConfig(args.config as string | boolean | undefined, io.cwd);
  const spec = config?.spec ?? {};
  const lang: Lang = args.lang ?? spec.lang ?? 'zh';
  if (command) {
    const ruleSets = () => collectRuleSets(config, args.rules ?? [], io.cwd);
    return command.run(args, { cwd: io.cwd, lang, stdout: io.stdout, stderr: io.stderr, config: () => config, ruleSets, version });
  }
  return runCheck(args, paths(args.paths), io, config, lang, version);
}

/** The positional paths, with the stdin marker turned back into "-". */
function paths(raw: unknown): string[] {
  return ((raw as string[] | undefined) ?? []).map((p) => (String(p) === STDIN_ARG ? '-' : String(p)));
}

export { exitCode } from './commands/check.js';
