/**
 * The targets of issue 17 in `npm run bench`, each a ratio of runs taken in turns within one bench
 * run (never an absolute time from another minute), printed with its bound and met / missed:
 *  - the default run / `--no-similar`, CPU, at 10,000 reports (≤ 1.5x);
 *  - the default run at 40,000 / 10,000 reports: CPU ≤ 4.4x (linear within 10%), peak RSS ≤ 1.6x;
 *  - 200,000 reports by default: peak RSS < 1 GB, wall time ≤ 22x the 10,000 run (only with BENCH_HUGE=1
 *    or --huge: it writes a 1.4 GB corpus and runs for minutes);
 *  - an unchanged `--cache` rerun / the same run without cache: CPU ≤ 0.25x, peak RSS ≤ 1.0x;
 *  - one report / `node -e 0`, wall (≤ 2.5x), with the modules the run loads;
 *  - `--concurrency auto` / `off`, wall, at each size (≤ 1.03x).
 * CPU is user + system time of every thread and peak RSS is from /usr/bin/time, of the child process.
 *
 * Usage: node scripts/bench-targets.mjs [--runs 5] [--big-runs 3] [--sizes 100,1000] [--target-sizes 10000,40000]
 *        [--huge] [--huge-size 200000]   (small sizes to try the script: --target-sizes 300,1200 --huge-size 2400)
 * Needs `npm run build` first.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generate } from './bench-corpus.mjs';
import { once, ROOT } from './bench-run.mjs';
import { loadedModules } from './loaded-modules.mjs';

const BIN = join(ROOT, 'bin', 'reportlint.js');
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const n0 = (x) => x.toLocaleString('en-US');

/** Runs the jobs in turns, `runs` rounds (a job's own `runs` if lower); each job's runs, in order. */
function turns(jobs, runs) {
  const out = jobs.map(() => []);
  for (let round = 0; round < runs; round++) {
    jobs.forEach((job, i) => {
      if (round < (job.runs ?? runs)) out[i].push(once(job.args, job.cwd));
    });
  }
  return out;
}

/** The median of one measure (wall, cpu, rss) over runs. */
function med(runs, key) {
  const xs = runs.map((r) => r[key]).sort((a, b) => a - b);
  return xs[Math.floor((xs.length - 1) / 2)];
}

/** The corpus of `size` reports (bench/out/<size>, made once by bench-corpus.mjs): its .txt folder. */
function corpus(size) {
  const dir = join(ROOT, 'bench', 'out', String(size));
  generate(size, dir);
  return join(dir, 'txt');
}

function firstSingleReport(dir) {
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (!text.includes('\n目录\n')) return join(dir, name);
  }
  throw new Error('no single report in corpus');
}

/** The targets as a Markdown table plus notes; `log` shows progress. */
export async function measureTargets(options) {
  const { runs, bigRuns, sizes, small, big, huge, log = () => {} } = options;
  const rows = [];
  const notes = [];
  const row = (what, measured, bound, pass, detail = '') => rows.push(`| ${what} | ${measured} | ${bound} | ${pass ? 'met' : '**missed**'} | ${detail} |`);

  // 1. Start-up: one report against `node -e 0`, in turns; and the modules it loads.
  const one = firstSingleReport(join(corpus(sizes[0] ?? small), 'a'));
  log('targets: start-up');
  const [node, report] = turns([{ args: ['-e', '0'] }, { args: [BIN, one] }], 11);
  const startRatio = med(report, 'wall') / med(node, 'wall');
  const modules = loadedModules([BIN, one], ROOT).filter((u) => !u.startsWith('data:'));
  const ours = modules.filter((u) => !u.includes('/node_modules/')).length;
  row('one report / `node -e 0`, wall', `${f(startRatio)}x (${f(med(report, 'wall') * 1000, 0)} / ${f(med(node, 'wall') * 1000, 0)} ms)`, '≤ 2.5x', startRatio <= 2.5,
    `${modules.length} modules loaded (${ours} of reportlint, ${modules.length - ours} from node_modules)`);

  // 2. The small target size: default, --no-similar, auto and off, and unchanged --cache reruns, all in turns.
  const smallDir = corpus(small);
  const cacheDir = mkdtempSync(join(tmpdir(), 'reportlint-bench-cache-'));
  let s;
  try {
    const cache = (name) => ['--cache', '--cache-location', join(cacheDir, name)];
    // First runs fill the caches; the timed ones below change nothing in them.
    once([BIN, smallDir, ...cache('default')]);
    once([BIN, smallDir, '--no-similar', ...cache('plain')]);
    log(`targets: ${n0(small)} reports`);
    const [def, plain, defOff, defCached, plainCached] = turns([
      { args: [BIN, smallDir] },
      { args: [BIN, smallDir, '--no-similar'] },
      { args: [BIN, smallDir, '--concurrency', 'off'] },
      { args: [BIN, smallDir, ...cache('default')] },
      { args: [BIN, smallDir, '--no-similar', ...cache('plain')] },
    ], runs);
    s = { def, plain, defOff, defCached, plainCached };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const simRatio = med(s.def, 'cpu') / med(s.plain, 'cpu');
  row(`default / \`--no-similar\`, CPU, ${n0(small)} reports`, `${f(simRatio)}x (${f(med(s.def, 'cpu'))} / ${f(med(s.plain, 'cpu'))} s)`, '≤ 1.5x', simRatio <= 1.5);
  for (const [label, cached, fresh] of [['default', s.defCached, s.def], ['`--no-similar`', s.plainCached, s.plain]]) {
    const cpu = med(cached, 'cpu') / med(fresh, 'cpu');
    const rss = med(cached, 'rss') / med(fresh, 'rss');
    row(`unchanged \`--cache\` rerun / no cache, ${label}, ${n0(small)} reports: CPU`, `${f(cpu)}x (${f(med(cached, 'cpu'))} / ${f(med(fresh, 'cpu'))} s; wall ${f(med(cached, 'wall') / med(fresh, 'wall'))}x)`, '≤ 0.25x', cpu <= 0.25);
    row(`unchanged \`--cache\` rerun / no cache, ${label}, ${n0(small)} reports: peak RSS`, `${f(rss)}x (${f(med(cached, 'rss'), 0)} / ${f(med(fresh, 'rss'), 0)} MB)`, '≤ 1.0x', rss <= 1.0);
  }

  // 3. The big target size, default, auto and off in turns; against the small one for growth.
  const bigDir = corpus(big);
  log(`targets: ${n0(big)} reports`);
  const [bigDef, bigOff] = turns([{ args: [BIN, bigDir] }, { args: [BIN, bigDir, '--concurrency', 'off'] }], bigRuns);
  const growCpu = med(bigDef, 'cpu') / med(s.def, 'cpu');
  const growRss = med(bigDef, 'rss') / med(s.def, 'rss');
  const times = big / small;
  row(`default ${n0(big)} / ${n0(small)} reports, CPU`, `${f(growCpu)}x (${f(med(bigDef, 'cpu'))} / ${f(med(s.def, 'cpu'))} s)`, `≤ ${f(times * 1.1, 1)}x`, growCpu <= times * 1.1);
  row(`default ${n0(big)} / ${n0(small)} reports, peak RSS`, `${f(growRss)}x (${f(med(bigDef, 'rss'), 0)} / ${f(med(s.def, 'rss'), 0)} MB)`, '≤ 1.6x', growRss <= 1.6);

  // 4. auto / off at every size.
  const autoOff = [];
  for (const size of sizes) {
    log(`targets: auto and off, ${n0(size)} reports`);
    const dir = corpus(size);
    const [auto, off] = turns([{ args: [BIN, dir] }, { args: [BIN, dir, '--concurrency', 'off'] }], runs);
    autoOff.push([size, med(auto, 'wall') / med(off, 'wall')]);
  }
  autoOff.push([small, med(s.def, 'wall') / med(s.defOff, 'wall')], [big, med(bigDef, 'wall') / med(bigOff, 'wall')]);
  const { minBytesForPool } = await import(pathToFileURL(join(ROOT, 'dist', 'engine', 'pool', 'index.js')).href);
  const { availableParallelism } = await import('node:os');
  const from = minBytesForPool(availableParallelism());
  for (const [size, ratio] of autoOff) {
    row(`\`--concurrency auto\` / \`off\`, default run, wall, ${n0(size)} reports`, `${f(ratio, 3)}x`, '≤ 1.03x', ratio <= 1.03);
  }
  notes.push(`On ${availableParallelism()} cores \`auto\` starts workers ${Number.isFinite(from) ? `from ${f(from / 1048576, 0)} MB of input` : 'at no size'} (src/engine/pool/index.ts).`);

  // 5. The huge run, when asked for: one run (it takes minutes), against the small default run.
  if (huge) {
    log(`targets: ${n0(huge)} reports (one run)`);
    const hugeRun = once([BIN, corpus(huge)]);
    const ratio = hugeRun.wall / med(s.def, 'wall');
    row(`default ${n0(huge)} reports, peak RSS`, `${f(hugeRun.rss, 0)} MB`, '< 1024 MB', hugeRun.rss < 1024);
    row(`default ${n0(huge)} / ${n0(small)} reports, wall`, `${f(ratio, 1)}x (${f(hugeRun.wall, 1)} / ${f(med(s.def, 'wall'))} s; CPU ${f(hugeRun.cpu, 1)} s)`, `≤ ${f((huge / small) * 1.1, 0)}x`, ratio <= (huge / small) * 1.1);
  } else notes.push('The 200,000-report run was not taken: `BENCH_HUGE=1 npm run bench` (or `--huge`) takes it; it writes a 1.4 GB corpus under bench/out and runs for minutes.');

  const table = ['| target | measured | bound | | |', '|---|---:|---:|---|---|', ...rows];
  return `Medians of ${runs} runs taken in turns (${bigRuns} at ${n0(big)} reports); CPU is user + system time of all threads, peak RSS from /usr/bin/time.\n\n${table.join('\n')}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
}

/** The options from the command line (and BENCH_HUGE=1). */
export function targetOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: {
      runs: { type: 'string', default: '5' },
      'big-runs': { type: 'string', default: '3' },
      sizes: { type: 'string', default: '100,1000' },
      'target-sizes': { type: 'string', default: '10000,40000' },
      huge: { type: 'boolean', default: process.env.BENCH_HUGE === '1' },
      'huge-size': { type: 'string', default: '200000' },
    },
  });
  const [small, big] = String(values['target-sizes']).split(',').map(Number);
  return {
    runs: Number(values.runs),
    bigRuns: Math.min(Number(values.runs), Number(values['big-runs'])),
    sizes: String(values.sizes).split(',').filter(Boolean).map(Number),
    small,
    big,
    huge: values.huge ? Number(values['huge-size']) : 0,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = targetOptions(process.argv.slice(2));
  process.stdout.write(await measureTargets({ ...options, log: (m) => process.stderr.write(`${m}\n`) }));
}
