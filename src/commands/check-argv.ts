/**
 * The plain check's command line read without yargs: yargs, its help machinery and cliui's
 * string-width cost about half of a one-report run's start-up (issue 17). This reader takes only
 * argv that hold nothing but paths and the check's own options in their plain spellings; for
 * anything else (--help, --version, a subcommand, an unknown or repeated flag, `--x=`, short-flag
 * clusters, a value that looks like a flag, a boolean followed by true/false, a path that looks
 * like a number) it returns null and yargs parses, so its messages and strictness stay the only
 * ones. tests/cli/check-argv.test.ts runs a table of argv through both and compares the options.
 */
import type { CheckArgs } from './check.js';

/** What the plain reader gives: the check's options, its paths, and the two options cli.ts reads itself. */
export interface PlainCheck {
  readonly args: CheckArgs;
  readonly paths: string[];
  /** --config FILE, or false for --no-config; undefined to look for one. */
  readonly config: string | boolean | undefined;
  readonly lang: 'zh' | 'en' | undefined;
}

/**
 * The check's options as data: what yargs is told (parser.ts) and what this reader takes, so the two
 * cannot drift apart. Their help texts are in messages/help.ts; the order is --help's.
 */
export const CHECK_OPTIONS = {
  rules: { type: 'string', array: true },
  'rule-set': { type: 'string' },
  format: { alias: 'f', type: 'string' },
  'output-file': { alias: 'o', type: 'string' },
  'min-score': { type: 'number' },
  'max-warnings': { type: 'number' },
  severity: { type: 'string', array: true },
  quiet: { alias: 'q', type: 'boolean', default: false },
  lang: { choices: ['zh', 'en'] },
  encoding: { type: 'string' },
  color: { type: 'boolean' },
  similar: { type: 'boolean', default: true },
  'similar-threshold': { type: 'number' },
  baseline: { type: 'string', array: true },
  config: { type: 'string' },
  concurrency: { type: 'string', default: 'auto' },
  cache: { type: 'boolean', default: false },
  'ignore-pattern': { type: 'string', array: true },
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'string' },
  'cache-location': { type: 'string', default: '.reportlintcache' },
} as const;

type Kind = 'string' | 'strings' | 'number' | 'boolean';

/** The check's options by every name yargs knows them by (aliases too); print-config is left to yargs. */
const OPTIONS: Readonly<Record<string, readonly [name: string, kind: Kind]>> = Object.fromEntries(
  Object.entries(CHECK_OPTIONS).flatMap(([name, spec]) => {
    if (name === 'print-config') return [];
    const kind: Kind = 'array' in spec ? 'strings' : 'type' in spec ? spec.type : 'string';
    return ['--' + name, ...('alias' in spec ? ['-' + spec.alias] : [])].map((flag) => [flag, [name, kind] as const]);
  }),
);

/** `--no-x` spellings yargs turns into x: false: the booleans, and --no-config. */
const NEGATED = new Set([...Object.entries(CHECK_OPTIONS).filter(([, spec]) => 'type' in spec && spec.type === 'boolean').map(([name]) => name), 'config']);

/** What yargs fills in for options not given. */
const DEFAULTS = Object.fromEntries(Object.entries(CHECK_OPTIONS).flatMap(([name, spec]) => ('default' in spec ? [[name, spec.default]] : [])));

/** Subcommand names (cli.ts): an argv holding one is yargs' to read. */
const COMMAND_WORDS = new Set(['init', 'rules', 'explain', 'template', 'page']);

/** A value yargs would read as a flag, a number or a boolean instead of a plain string. */
const flagLike = (arg: string) => arg.startsWith('-') && arg !== '-';
const numberLike = (arg: string) => arg.trim() !== '' && !Number.isNaN(Number(arg));
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

/** The plain check's options from `argv` (with "-" already renamed `stdinArg`), or null when yargs must read it. */
export function plainCheckArgv(argv: readonly string[], stdinArg: string): PlainCheck | null {
  const values: Record<string, unknown> = {};
  const paths: string[] = [];
  const set = (name: string, value: unknown) => {
    if (name in values) return false; // a repeated option: yargs makes an array of it
    values[name] = value;
    return true;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!flagLike(arg)) {
      // yargs reads "2024" as a number and a subcommand's name as the command; "" gets its own message.
      if (arg === '' || numberLike(arg) || COMMAND_WORDS.has(arg)) return null;
      paths.push(arg === stdinArg ? '-' : arg);
      continue;
    }
    if (arg.startsWith('--no-')) {
      const name = arg.slice('--no-'.length);
      if (!NEGATED.has(name) || !set(name, false)) return null;
      continue;
    }
    const option = OPTIONS[arg];
    if (!option) return null; // --help, --version, --x=y, -qf, a typo: yargs says what it says
    const [name, kind] = option;
    if (kind === 'boolean') {
      const next = argv[i + 1];
      if (next === 'true' || next === 'false' || !set(name, true)) return null;
      continue;
    }
    if (kind === 'strings') {
      // yargs' arrays take every value up to the next flag.
      const list: string[] = [];
      while (i + 1 < argv.length && !flagLike(argv[i + 1]!)) {
        const value = argv[++i]!;
        if (value === stdinArg) return null;
        list.push(value);
      }
      if (!list.length || !set(name, list)) return null;
      continue;
    }
    const value = argv[++i];
    if (value === undefined || flagLike(value) || value === stdinArg) return null;
    if (kind === 'number') {
      if (!PLAIN_NUMBER.test(value) || !set(name, Number(value))) return null;
    } else if (!set(name, value)) return null;
  }
  const lang = values.lang;
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') return null; // yargs names the choices
  const { config, lang: _lang, ...check } = values;
  const args = { ...DEFAULTS, ...check } as unknown as CheckArgs;
  return { args, paths, config: config as string | boolean | undefined, lang: lang as PlainCheck['lang'] };
}
