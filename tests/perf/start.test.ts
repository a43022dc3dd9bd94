/**
 * Start-up (issue 17): a plain check of one report loads neither yargs nor its help machinery, nor
 * the subcommands, the cache or the output-file writer; anything else still goes through yargs.
 * Counts modules of the built bin (npm test builds first), never wall time.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types
import { loadedModules } from '../../scripts/loaded-modules.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'reportlint.js');
const ONE = join(ROOT, 'samples', '党建工作总结.txt');
const list = (...args: string[]) => (loadedModules as (a: string[], cwd: string) => string[])([BIN, ...args], ROOT);
const has = (mods: string[], part: string) => mods.some((u) => u.includes(part));

describe.skipIf(!existsSync(join(ROOT, 'dist', 'cli.js')))('what a run loads', () => {
  it('a plain check of one report: no yargs, no subcommand, no cache, no output-file writer', () => {
    const mods = list(ONE, '--no-config');
    for (const part of ['/node_modules/yargs', '/node_modules/cliui', '/node_modules/string-width', '/dist/parser.js', '/dist/commands/page.js', '/dist/commands/init.js', '/dist/cache.js', '/dist/output-file.js', '/dist/commands/print-config.js']) {
      expect(has(mods, part), part).toBe(false);
    }
    expect(has(mods, '/dist/commands/check.js')).toBe(true);
    expect(mods.length).toBeLessThan(90); // 139 before the plain reader (issue 17)
  });

  it('--help, a subcommand and an unknown flag go through yargs; --cache and -o load what they need', () => {
    for (const args of [['--help'], ['rules', 'list'], [ONE, '--no-such-flag']]) expect(has(list(...args), '/node_modules/yargs'), args.join(' ')).toBe(true);
    const cached = list(ONE, '--no-config', '--cache', '--cache-location', join(mkdtempSync(join(tmpdir(), 'reportlint-start-')), 'cache'));
    expect(has(cached, '/dist/cache.js') && has(cached, '/dist/output-file.js') && !has(cached, '/node_modules/yargs')).toBe(true);
  });
});
