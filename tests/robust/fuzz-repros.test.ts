/**
 * Replays every input `npm run fuzz` saved (tests/fixtures/robust/fuzz/<id>.json plus its files):
 * crashes it found, and hostile examples kept with --keep. Each must now run to an exit code of the
 * contract, without throwing, and, as JSON, parse.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const DIR = new URL('../fixtures/robust/fuzz/', import.meta.url).pathname;
const cases = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json')).sort() : [];

interface Repro {
  readonly problem: string;
  readonly args: readonly string[];
  readonly exit: number;
  /** The saved file that went through standard input (`-`), if one did. */
  readonly stdin?: string;
}

describe('fuzz reproducers', () => {
  it('there are saved inputs to replay (crashes found, or examples kept with --keep)', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s runs cleanly now', async (name) => {
    const repro = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Repro;
    const args = repro.args.map((a) => (existsSync(join(DIR, a)) ? join(DIR, a) : a));
    const started = Date.now();
    const run = await runCli(args, repro.stdin ? { stdin: readFileSync(join(DIR, repro.stdin)) } : {});
    expect(Date.now() - started).toBeLessThan(15_000);
    expect([0, 1, 2]).toContain(run.code);
    // A kept example (a damaged file or rule set) must still be answered the way it was.
    if (repro.problem.startsWith('example')) expect(run.code).toBe(repro.exit);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    if (args.includes('json') && run.stdout) expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});
