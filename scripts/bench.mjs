/**
 * `npm run bench`: reportlint against the floor (scripts/floor.mjs) and the nearest peer
 * (markdownlint-cli2 with MD043 required headings) on the same generated corpus of 100, 1,000
 * and 10,000 reports. Every tool runs as a child process; wall time is the median of several
 * runs, peak RSS comes from /usr/bin/time. Prints a Markdown table and writes it to bench/results.md.
 *
 * `reportlint` rows run with --no-similar: the checking itself, the job the floor and the peer do.
 * The default run adds the batch similarity pass (内容雷同); it gets its own rows (--similar-sizes).
 *
 * Usage: node scripts/bench.mjs [--runs 5] [--peer-runs-10k 3] [--sizes 100,1000,10000]
 *        [--similar-sizes 100,1000] [--skip-peer] [--out bench/results.md]
 *        [--target-sizes 10000,40000] [--big-runs 3] [--huge] [--huge-size 200000]
 * Then issue 17's targets (scripts/bench-targets.mjs); the 200,000-report run only with --huge or BENCH_HUGE=1.
 * Needs `npm run build` first (it runs dist/ through bin/reportlint.js).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './bench-corpus.mjs';
import { interleaved, median, middle, once, ROOT } from './bench-run.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'peer-runs-10k': { type: 'string', default: '3' },
    sizes: { type: 'string', default: '100,1000,10000' },
    out: { type: 'string', default: 'bench/results.md' },
    'skip-peer': { type: 'boolean', default: false },
    'similar-sizes': { type: 'string', default: '100,1000' },
    // scripts/bench-targets.mjs's own (targetOptions reads them): --target-sizes 10000,40000, --big-runs, --huge, --huge-size
    'target-sizes': { type: 'string' },
    'big-runs': { type: 'string' },
    huge: { type: 'boolean' },
    'huge-size': { type: 'string' },
  },
});
const RUNS = Number(opts.runs);
const SIZES = opts.sizes.split(',').map(Number);
const SIMILAR_SIZES = opts['similar-sizes'].split(',').filter(Boolean).map(Number);
const loadAvg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const loadAtStart = loadAvg();

/**
 * How many cores this run really gets: the same CPU-bound loop run once, then N times at once.
 * On a shared machine other work takes cores, and worker speed-ups can only be read against this.
 */
async function usableCores(n = cpus().length) {
  const loop = 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7;';
  const run = (k) => {
    const start = process.hrtime.bigint();
    return Promise.all(Array.from({ length: k }, () => new Promise((done) => spawn(process.execPath, ['-e', loop]).on('exit', done))))
      .then(() => Number(process.hrtime.bigint() - start) / 1e9);
  };
  const one = await run(1);
  const many = await run(n);
  return (n * one) / many;
}
const coresAtStart = await usableCores();
const BIN = join(ROOT, 'bin', 'reportlint.js');
const FLOOR = join(ROOT, 'scripts', 'floor.mjs');
const PEER = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  process.stderr.write('bench: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout;
const HAS_CONCURRENCY = help.includes('--concurrency');

/**
 * CPU seconds by thread of one run (Linux /proc, polled every 10 ms): the main thread, the
 * `workers` busiest other threads (the pool's workers), and the rest (V8's compiler and GC helpers).
 */
async function cpuByThread(args, workers) {
  if (!existsSync('/proc/self/task')) return null;
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  const last = new Map();
  const poll = () => {
    try {
      for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
        const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        last.set(tid, (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, in clock ticks of 1/100 s
      }
    } catch {
      // the process or a thread ended between listing and reading
    }
  };
  const timer = setInterval(poll, 10);
  await new Promise((done) => child.on('exit', done));
  clearInterval(timer);
  const main = last.get(String(child.pid)) ?? 0;
  const others = [...last].filter(([tid]) => tid !== String(child.pid)).map(([, cpu]) => cpu).sort((a, b) => b - a);
  return { main, workers: others.slice(0, workers), background: others.slice(workers).reduce((a, b) => a + b, 0) };
}

/**
 * Wall seconds of each command with the files not in the page cache, as on a first run or a
 * network share: the cache is dropped before every run (Linux, as root). Null where that is not allowed.
 */
function coldCache(commands, runs) {
  const drop = () => {
    spawnSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '1');
  };
  try {
    drop();
  } catch {
    return null;
  }
  const walls = commands.map(() => []);
  for (let round = 0; round < runs; round++) {
    commands.forEach((args, i) => {
      drop();
      walls[i].push(once(args).wall);
    });
  }
  return walls.map((w) => middle(w, (x) => x));
}

function peerConfig(dir) {
  // Only MD043, so the peer does the same job: are the required sections there as headings.
  const config = { config: { default: false, MD043: { headings: ['*', '## 二、主要工作和成效', '*', '## 三、存在的问题和不足', '*'] } }, noProgress: true, noBanner: true };
  writeFileSync(join(dir, '.markdownlint-cli2.jsonc'), JSON.stringify(config, null, 2));
}

const mb = (bytes) => bytes / 1024 / 1024;
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const rows = [];
const ratios = [];
const notes = [];
const rlBySize = new Map();

for (const size of SIZES) {
  const dir = join(ROOT, 'bench', 'out', String(size));
  const meta = generate(size, dir);
  const txt = join(dir, 'txt');
  const md = join(dir, 'md');
  process.stderr.write(`bench: ${size} reports, ${meta.files} files, ${f(mb(meta.bytes), 1)} MB\n`);
  const row = (tool, m, bytes) => {
    rows.push(`| ${size} | ${meta.files} | ${f(mb(bytes), 1)} | ${tool} | ${f(m.wall, 3)} | ${f(m.cpu, 2)} | ${f(size / m.wall, 0)} | ${f(mb(bytes) / m.wall, 1)} | ${f(m.rss, 0)} |`);
    return m;
  };
  const last = size === SIZES[SIZES.length - 1];
  const peerRuns = opts['skip-peer'] ? 0 : size >= 10000 ? Number(opts['peer-runs-10k']) : RUNS;
  if (peerRuns) peerConfig(md);
  if (peerRuns && peerRuns < RUNS) notes.push(`The peer ran ${peerRuns} time(s) on ${size} reports (it is slow); other cells are medians of ${RUNS}.`);
  // reportlint, the floor, the peer (and for the largest size, half the corpus) take turns.
  const [rlRun, floorRun, peerRun, halfRun] = interleaved([
    { args: [BIN, txt, '--no-similar'], runs: RUNS },
    { args: [FLOOR, txt], runs: RUNS },
    { args: [PEER, '**/*.md'], runs: peerRuns, cwd: md },
    { args: [BIN, join(txt, 'a'), '--no-similar'], runs: last ? RUNS : 0 },
  ]);
  const rl = row('reportlint', rlRun, meta.bytes);
  rlBySize.set(size, { ...rl, bytes: meta.bytes });
  if (SIMILAR_SIZES.includes(size)) row('reportlint, default (+ similarity pass)', median([BIN, txt], 1), meta.bytes);
  const floor = row('floor', floorRun, meta.bytes);
  const peer = peerRuns ? row('markdownlint-cli2 MD043', peerRun, meta.mdBytes) : null;
  ratios.push(`| ${size} | ${f(rl.wall / floor.wall)} | ${peer ? f(peer.wall / rl.wall, 1) : 'n/a'} |`);
  if (size === SIZES[SIZES.length - 1]) {
    const half = halfRun;
    notes.push(`Linearity: ${size / 2} reports ${f(half.wall, 3)} s, ${size} reports ${f(rl.wall, 3)} s: doubling costs ${f(rl.wall / half.wall)}x (target ≤ 2.2x).`);
    const json = median([BIN, txt, '--no-similar', '--format', 'json'], RUNS);
    const sarif = median([BIN, txt, '--no-similar', '--format', 'sarif'], RUNS);
    notes.push(`Streamed output on ${size} reports: \`--format json\` ${f(json.wall, 3)} s, peak RSS ${f(json.rss, 0)} MB; \`--format sarif\` ${f(sarif.wall, 3)} s, peak RSS ${f(sarif.rss, 0)} MB.`);
    if (HAS_CONCURRENCY) {
      const [off, one, two] = interleaved(['off', '1', '2'].map((c) => ({ args: [BIN, txt, '--no-similar', '--concurrency', c], runs: RUNS })));
      notes.push(`Workers on ${size} reports: main thread only ${f(off.wall, 3)} s (${f(off.cpu, 2)} s CPU, ${f(off.rss, 0)} MB); 1 worker ${f(one.wall, 3)} s (${f(one.cpu, 2)} s CPU); 2 workers ${f(two.wall, 3)} s (${f(two.cpu, 2)} s CPU): 2 workers are ${f(one.wall / two.wall)}x 1 worker (target ≥ 1.7x on 2 cores).`);
      // A run that already keeps more than one core busy (V8 compiles and collects on helper
      // threads) cannot be doubled on two: total CPU / cores bounds the wall time from below.
      if (cpus().length === 2) {
        notes.push(`Ceiling on 2 cores: the 1-worker run keeps ${f(one.cpu / one.wall)} cores busy (worker, main thread, V8's compiler and GC threads), so 2 workers can be at most ${f((2 * one.wall) / one.cpu)}x as fast even if splitting the work cost no CPU; the 2-worker run used ${f(two.cpu / one.cpu)}x the CPU of the 1-worker run, which bounds it at ${f((2 * one.wall) / two.cpu)}x.`);
      }
      const split = [];
      for (const n of [1, 2]) {
        const t = await cpuByThread([BIN, txt, '--no-similar', '--concurrency', String(n)], n);
        if (t) split.push(`${n} worker(s): main thread ${f(t.main)} s, worker(s) ${t.workers.map((w) => f(w)).join(' + ')} s, other threads (V8 compiler and GC helpers) ${f(t.background)} s`);
      }
      if (split.length) notes.push(`CPU by thread (one run each): ${split.join('; ')}.`);
      const cold = coldCache([[BIN, txt, '--no-similar'], [FLOOR, txt]], 3);
      if (cold) notes.push(`From a cold page cache (dropped before each run; medians of 3): reportlint ${f(cold[0], 3)} s, the floor ${f(cold[1], 3)} s (warm: ${f(rl.wall, 3)} and ${f(floor.wall, 3)} s).`);
    } else notes.push('Workers: this build has no worker pool (no --concurrency option).');
  }
}

if (SIZES.length > 1) {
  const [small, big] = [SIZES[0], SIZES[SIZES.length - 1]];
  const lo = rlBySize.get(small);
  const hi = rlBySize.get(big);
  // Which way `auto` checked each size: the same rule the tool applies (src/engine/pool/index.ts).
  const { minBytesForPool } = await import(pathToFileURL(join(ROOT, 'dist', 'engine', 'pool', 'index.js')).href);
  const needed = minBytesForPool(availableParallelism());
  const how = (r) => (r.bytes >= needed ? 'by workers' : 'in the main thread');
  const from = Number.isFinite(needed) ? `from ${f(mb(needed), 0)} MB` : 'at no size';
  notes.push(`Memory: peak RSS ${f(hi.rss, 0)} MB for ${big} reports, ${f(lo.rss, 0)} MB for ${small}: ${f(hi.rss / lo.rss)}x (target ≤ 1.5x). On ${availableParallelism()} cores \`auto\` starts workers ${from}: ${small} reports (${f(mb(lo.bytes), 1)} MB) were checked ${how(lo)}, ${big} (${f(mb(hi.bytes), 1)} MB) ${how(hi)}.`);
  if (HAS_CONCURRENCY) {
    // The same settings at both sizes: what the corpus itself adds.
    const dir = (size) => join(ROOT, 'bench', 'out', String(size), 'txt');
    const same = ['off', '2'].map((c) => {
      const [a, b] = [small, big].map((size) => median([BIN, dir(size), '--no-similar', '--concurrency', c], RUNS).rss);
      return `\`--concurrency ${c}\` ${f(a, 0)} -> ${f(b, 0)} MB (${f(b / a)}x)`;
    });
    notes.push(`Memory at the same settings, ${small} -> ${big} reports: ${same.join('; ')}.`);
  }
}
const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? cpus()[0]?.model ?? 'unknown';
const out = [
  `Machine: ${cpus().length} cores (nproc), ${cpu}, Node ${process.version}. Median of ${RUNS} runs; wall time includes process start.`,
  `Load average (1, 5, 15 min) at start ${loadAtStart}, at end ${loadAvg()}; usable cores (a CPU-bound loop run ${cpus().length} times at once) ${f(coresAtStart, 2)} at start, ${f(await usableCores(), 2)} at end. Other work on the machine shows in both.`,
  '`reportlint` rows run with `--no-similar` (the checking alone, as the floor and the peer); CPU s is user + system time of all threads.',
  '',
  '| reports | files | MB | tool | wall s | CPU s | reports/s | MB/s | peak RSS MB |',
  '|---:|---:|---:|---|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  '| reports | reportlint / floor | peer / reportlint |',
  '|---:|---:|---:|',
  ...ratios,
  '',
  ...notes.map((n) => `- ${n}`),
  '',
].join('\n');

const similar = join(ROOT, 'scripts', 'bench-similar.mjs');
let extra = '';
if (existsSync(similar)) {
  const r = spawnSync(process.execPath, [similar], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status === 0 && r.stdout.trim()) extra = `\n## Similarity pass (scripts/bench-similar.mjs)\n\n${r.stdout.trim()}\n`;
}

// Issue 17's targets: ratios of runs taken in turns, each with its bound (scripts/bench-targets.mjs).
const { measureTargets, targetOptions } = await import('./bench-targets.mjs');
const targets = targetOptions(process.argv.slice(2));
targets.runs = RUNS;
targets.bigRuns = Math.min(RUNS, targets.bigRuns);
targets.sizes = SIZES.filter((size) => size !== targets.small && size !== targets.big);
extra += `\n## Targets (issue 17; scripts/bench-targets.mjs)\n\n${await measureTargets({ ...targets, log: (m) => process.stderr.write(`bench: ${m}\n`) })}`;

// Published formats (issue 14): a 30-page PDF and a 200 KB web page load in under a second, and a .txt run imports no parser.
const { measureInputs } = await import('./bench-inputs.mjs');
extra += `\n## Input formats (scripts/bench-inputs.mjs)\n\nMedian of ${RUNS} fresh processes each; bar: a 30-page PDF and a 200 KB web page under 1000 ms to load.\n\n${await measureInputs(RUNS)}\n`;

process.stdout.write(out + extra);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, opts.out), `# Benchmark results\n\nGenerated by \`npm run bench\` (scripts/bench.mjs).\n\n${out}${extra}`);
