/**
 * The plain check reader (commands/check-argv.ts) against yargs (parser.ts): every argv it takes
 * must give exactly the options yargs gives, and every argv yargs refuses or reads differently it
 * must decline (null), so that yargs' messages and strictness stay the only ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainCheckArgv } from '../../src/commands/check-argv.js';
import { parser } from '../../src/parser.js';

const STDIN = '<stdin>';
const KEYS = ['rules', 'rule-set', 'format', 'output-file', 'min-score', 'max-warnings', 'severity', 'quiet', 'lang', 'encoding', 'color', 'similar',
  'similar-threshold', 'baseline', 'config', 'concurrency', 'cache', 'ignore-pattern', 'stdin-filename', 'print-config', 'cache-location'] as const;

/** What yargs makes of argv, projected on the check's options; or the error it throws; or 'other' for help and subcommands. */
async function byYargs(argv: string[]): Promise<Record<string, unknown> | { error: string } | 'other'> {
  let shown = '';
  try {
    const args = (await parser(argv, 'en', '0.0.0').parseAsync([...argv], {}, (_e, _a, out) => (shown = out))) as Record<string, unknown>;
    if (shown || (args._ as unknown[]).length) return 'other';
    const out: Record<string, unknown> = { paths: ((args.paths as unknown[] | undefined) ?? []).map((p) => (String(p) === STDIN ? '-' : String(p))) };
    for (const key of KEYS) if (args[key] !== undefined) out[key] = args[key];
    return out;
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function byPlain(argv: string[]): Record<string, unknown> | null {
  const plain = plainCheckArgv(argv, STDIN);
  if (!plain) return null;
  const out: Record<string, unknown> = { paths: plain.paths };
  for (const [key, value] of Object.entries(plain.args)) if (value !== undefined) out[key] = value;
  if (plain.config !== undefined) out.config = plain.config;
  if (plain.lang !== undefined) out.lang = plain.lang;
  return out;
}

/** argv the plain reader must take (the common ways to run a check). */
const TAKEN: string[][] = [
  ['a.txt'],
  ['a.txt', 'b/', 'c/**/*.md'],
  [STDIN],
  [STDIN, '--stdin-filename', '报告.md'],
  ['a.txt', '--format', 'json'],
  ['a.txt', '-f', 'sarif', '-o', 'out.sarif'],
  ['a.txt', '--output-file', 'x.json', '--format', 'json'],
  ['a.txt', '--no-similar'],
  ['a.txt', '--similar'],
  ['a.txt', '--no-color'],
  ['a.txt', '--color'],
  ['a.txt', '--quiet'],
  ['a.txt', '-q'],
  ['a.txt', '--no-quiet'],
  ['a.txt', '--lang', 'en'],
  ['a.txt', '--lang', 'zh'],
  ['a.txt', '--min-score', '75'],
  ['a.txt', '--min-score', '60.5'],
  ['a.txt', '--max-warnings', '0'],
  ['a.txt', '--similar-threshold', '0.8'],
  ['a.txt', '--concurrency', 'off'],
  ['a.txt', '--concurrency', '2'],
  ['a.txt', '--cache'],
  ['a.txt', '--cache', '--cache-location', 'c/'],
  ['a.txt', '--no-cache'],
  ['a.txt', '--config', 'my.yaml'],
  ['a.txt', '--no-config'],
  ['a.txt', '--encoding', 'gb18030'],
  ['a.txt', '--rule-set', 'zwgk-summary'],
  ['--rules', 'r.yaml', 'extra/', '--format', 'json', 'a.txt'],
  ['a.txt', '--rules', 'r.yaml'],
  ['a.txt', '--severity', 'placeholder=error', 'sectionWeak=off'],
  ['a.txt', '--baseline', 'last/', 'older/', '--no-similar'],
  ['a.txt', '--ignore-pattern', '*.md', '--ignore-pattern', 'x/'].slice(0, 3),
  ['a.txt', '--format', ''],
  ['a.txt', '--rule-set', '2024'],
  ['a.txt', '--format', 'nope'],
  ['a.txt', '--min-score', '150'],
  [],
];

/** argv the plain reader must leave to yargs. */
const DECLINED: string[][] = [
  ['--help'], ['-h'], ['--version'], ['a.txt', '--help'],
  ['init'], ['rules'], ['explain', 'x'], ['template', 'zwgk-summary'], ['page'], ['a.txt', 'rules'],
  ['a.txt', '--unknown'], ['a.txt', '--formt', 'json'], ['a.txt', '-x'], ['a.txt', '--ruleSet', 'x'],
  ['a.txt', '--format=json'], ['a.txt', '-qf', 'json'], ['a.txt', '-fjson'],
  ['a.txt', '--format', 'json', '--format', 'sarif'], ['a.txt', '--quiet', '--quiet'], ['a.txt', '--no-similar', '--similar'],
  ['a.txt', '--format'], ['a.txt', '--format', '--quiet'], ['a.txt', '-o', STDIN],
  ['a.txt', '--quiet', 'false'], ['a.txt', '--color', 'true'],
  ['a.txt', '--min-score', 'abc'], ['a.txt', '--min-score', '-5'], ['a.txt', '--min-score', '1e2'], ['a.txt', '--min-score', '0x10'],
  ['a.txt', '--lang', 'fr'], ['a.txt', '--no-format'], ['a.txt', '--no-rules'],
  ['a.txt', '--rules'], ['a.txt', '--baseline', STDIN], ['a.txt', '--'], ['--', 'a.txt'],
  ['2024'], ['a.txt', '2024.10'], [''], ['a.txt', '--print-config', 'a.txt'],
];

describe('the plain check reader and yargs', () => {
  it.each(TAKEN.map((argv) => [argv.join(' ') || '(none)', argv]))('takes %s, with the options yargs gives', async (_name, argv) => {
    const plain = byPlain(argv as string[]);
    expect(plain).not.toBeNull();
    expect(plain).toEqual(await byYargs(argv as string[]));
  });

  it.each(DECLINED.map((argv) => [argv.join(' '), argv]))('declines %s', (_name, argv) => {
    expect(byPlain(argv as string[])).toBeNull();
  });

  it('property: any argv of check tokens the plain reader takes, yargs reads the same way', async () => {
    const tokens = ['a.txt', 'b/', STDIN, '2024', '', 'rules', '--format', '-f', 'json', '--no-similar', '--similar', '--quiet', '-q', 'false',
      '--min-score', '60', '-5', '1e2', '--rules', 'r.yaml', '--severity', 'x=off', '--lang', 'en', 'fr', '--cache', '--cache-location', 'c',
      '--no-config', '--config', '--concurrency', '2', '--unknown', '--format=json', '--help', '--'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...tokens), { maxLength: 7 }), async (argv) => {
        const plain = byPlain(argv);
        if (plain) expect(plain).toEqual(await byYargs(argv));
      }),
      { numRuns: 300 },
    );
  });
});
