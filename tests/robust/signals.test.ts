/**
 * Signals always work (issue 18, "What broke" 5 and 7): Ctrl-C while one big file is checked on the
 * main thread, and during the 内容雷同 pass, ends the run within 2 s and never writes the output over
 * an existing -o file. Through the built bin/ (signals are a process matter).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilation, tempDir } from './helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/reportlint.js');
const BUILT = existsSync(join(ROOT, 'dist/signals.js'));
const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);

/** Runs bin/ on `args`, sends SIGINT after `afterMs`; how long the process took to end after it, and how. */
function interrupt(args: string[], afterMs: number): Promise<{ ms: number; code: number | null; signal: NodeJS.Signals | null; ranMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: 'ignore' });
    let sentAt = 0;
    const timer = setTimeout(() => {
      sentAt = Date.now();
      child.kill('SIGINT');
    }, afterMs);
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killer);
      resolve({ ms: sentAt ? Date.now() - sentAt : -1, code, signal, ranMs: Date.now() - started });
    });
  });
}

describe.skipIf(!BUILT)('Ctrl-C, whatever the main thread is doing', () => {
  // One 48 MB compilation of near-identical reports: seconds of checking on the main thread, then a long 内容雷同 pass.
  const big = join(dir, '汇编.txt');
  beforeAll(() => writeFileSync(big, compilation(48 * 1024 * 1024).text));

  it.each([
    ['while one big file is checked on the main thread', 1_000],
    ['during the 内容雷同 pass', 5_000],
  ])('%s: the run ends within 2 s, exit 130, and the old -o file is left whole', async (_name, afterMs) => {
    const out = join(dir, 'out.json');
    writeFileSync(out, 'OLD');
    const run = await interrupt([big, '--concurrency', 'off', '--format', 'json', '-o', out], afterMs);
    expect(run.ms, 'the run ended before the signal was sent: make the input bigger').toBeGreaterThanOrEqual(0);
    expect(run.ms).toBeLessThan(2_000);
    // bin/'s handler exits 130; the system's default action ends the process by the signal (a shell says 130 too).
    expect(run.code === 130 || run.signal === 'SIGINT').toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('OLD');
  }, 90_000);

  it('the next run removes the temp file an interrupted write left', async () => {
    const out = join(dir, 'out2.json');
    writeFileSync(join(dir, '.out2.json.4194001.0badc0de.tmp'), '{"half":');
    const small = join(dir, 'small.txt');
    writeFileSync(small, compilation(1024).text);
    const run = await interrupt([small, '--format', 'json', '-o', out], 55_000);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 90_000);
});
