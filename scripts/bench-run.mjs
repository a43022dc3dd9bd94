/**
 * How the benchmarks run a command: as a child process, wall time measured here, peak RSS and CPU
 * (user + system, every thread) from /usr/bin/time; several commands in turns, medians kept.
 * Shared by scripts/bench.mjs and scripts/bench-targets.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname ?? new URL('..', import.meta.url).pathname, '..');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs `node <args>` once: wall seconds (measured here), peak RSS in MB and CPU seconds (from /usr/bin/time). */
export function once(args, cwd = ROOT) {
  const cmd = TIME ? TIME : process.execPath;
  const argv = TIME ? ['-f', '%M %U %S', process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const [kb, user, sys] = TIME ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { wall, rss: kb / 1024, cpu: user + sys };
}

/** Median wall time of n runs, with the peak RSS and CPU of the median run. */
export function median(args, n, cwd) {
  return interleaved([{ args, runs: n, cwd }])[0];
}

/**
 * Runs several commands in turns (round 1: each once, round 2: each again, …) and returns each one's
 * median run (by `key`, wall time by default). The machine is shared: a slow minute then slows every
 * tool of a comparison alike, instead of only the one that happened to run in it. A job's `before`
 * runs ahead of each of its runs, untimed.
 */
export function interleaved(jobs, key = (r) => r.wall) {
  const results = jobs.map(() => []);
  const rounds = Math.max(...jobs.map((j) => j.runs));
  for (let round = 0; round < rounds; round++) {
    jobs.forEach((job, i) => {
      if (round >= job.runs) return;
      job.before?.();
      results[i].push(once(job.args, job.cwd));
    });
  }
  return results.map((runs) => (runs.length ? middle(runs, key) : undefined));
}

/** The median item by `key` (the lower middle of an even count). */
export function middle(items, key) {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor((items.length - 1) / 2)];
}
