/**
 * `npm run bench:similar`: the similarity pass (issue 7) on a generated corpus: N reports against each other
 * and against a baseline of N "last year" reports. Deterministic (fixed seed); the text is made up here.
 * Planted: near-copies between units (unit name, figures and a few sentences changed), whole reports
 * repeated from last year, and plans sections copied from last year. Prints time, memory, and how many
 * planted cases were found and how many pairs were found that were not planted.
 *
 * Usage: node scripts/bench-similar.mjs [--reports 10000] [--json] [--cli] [--dist dir]
 * --reports takes several sizes (`--reports 10000,40000`): each runs in its own process, and the growth of
 * pair checks, candidates and time from the first size to the last is printed (linear: pair checks grow no
 * faster than the reports). Pair checks are the signature comparisons the LSH stage asks for.
 * --dist runs another build (another worktree's dist/), for an A/B in one script.
 * --cli also writes the corpus to a temporary folder (removed afterwards) and times the whole command,
 * `reportlint <this year>/ --baseline <last year>/ --format json`: loading, checking both years, and the pass.
 * Needs `npm run build` first (it runs dist/similar and bin/reportlint.js).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const { values: opts } = parseArgs({
  options: { reports: { type: 'string', default: '10000' }, json: { type: 'boolean', default: false }, cli: { type: 'boolean', default: false }, dist: { type: 'string' } },
});
/**
 * Edits can rewrite sentences of a copied plans section until less than sectionThreshold of it is last year's
 * (the pass is right to miss those). The share of a section's characters in sentences kept from last year
 * (figures aside) sorts them: at least KEPT is a planted copy that must be found; under it, a borderline
 * case counted apart, neither missed nor invented.
 */
const KEPT = 0.7;
const sizes = opts.reports.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--reports: whole numbers separated by commas, not ${opts.reports}`);
if (sizes.length > 1) {
  growth(sizes);
  process.exit(0);
}
const N = sizes[0];
const dist = opts.dist ?? join(import.meta.dirname, '..', 'dist');
const { findSimilar } = await import(pathToFileURL(join(dist, 'similar', 'engine.js')).href);
const { similarOptions } = await import(pathToFileURL(join(dist, 'similar', 'options.js')).href);

/** Runs each size in a fresh process (no heap carried over) and prints each, then the growth first → last. */
function growth(ns) {
  const rows = ns.map((n) => {
    const args = [import.meta.filename, '--reports', String(n), '--json', ...(opts.dist ? ['--dist', opts.dist] : []), ...(opts.cli ? ['--cli'] : [])];
    const run = spawnSync(process.execPath, ['--expose-gc', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (run.status !== 0) throw new Error(`bench-similar --reports ${n} exited ${run.status}`);
    const [row, cli] = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    if (opts.json) console.log(JSON.stringify({ ...row, ...cli }));
    else print(row);
    if (cli && !opts.json) console.log(`  whole command: ${cli.cliSeconds} s (cpu ${cli.cliCpuSeconds ?? 'n/a'} s, peak rss ${cli.cliPeakRssMB ?? 'n/a'} MB), ${cli.cliSimilarEntries} similar entries`);
    return row;
  });
  const [a, b] = [rows[0], rows.at(-1)];
  const x = (k) => (a[k] ? `${(b[k] / a[k]).toFixed(2)}x` : 'n/a');
  const line = `growth ${a.reports} → ${b.reports} reports (${(b.reports / a.reports).toFixed(1)}x): pair checks ${x('pairChecks')}, candidates ${x('candidates')}, time ${x('seconds')}, cpu ${x('cpuSeconds')}`;
  console.log(opts.json ? JSON.stringify({ growth: line }) : line);
}

// mulberry32: small, fast, deterministic.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20231231);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const HAN = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
const word = () => Array.from({ length: int(2, 4) }, () => pick(HAN)).join('');
const sentence = () => `${Array.from({ length: int(4, 8) }, word).join('')}，全年完成${int(1, 999)}项${word()}。`;
/** Stock sentences many units use: common, but not boilerplate. */
const STOCK = Array.from({ length: 400 }, sentence);
const OPENING = '2023年，我单位坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实政府信息公开条例，现将全年工作情况报告如下。';
const HEADINGS = ['一、主动公开情况', '二、依申请公开情况', '三、平台建设情况', '四、监督保障情况', '五、存在问题', '六、下一步工作计划'];
const paragraph = () => Array.from({ length: int(2, 4) }, () => (rand() < 0.15 ? pick(STOCK) : sentence())).join('');

/** A report as lines plus the line ranges of its problems and plans sections (1-based, from line 1). */
function report(unit, year) {
  const lines = [`${unit}${year}年政务公开工作总结`, '', OPENING];
  const sections = {};
  for (const [i, h] of HEADINGS.entries()) {
    const start = lines.length + 1;
    lines.push(h);
    for (let p = int(2, 3); p > 0; p--) lines.push(paragraph());
    if (i === 4) sections.problems = [start, lines.length];
    if (i === 5) sections.plans = [start, lines.length];
  }
  return { lines, sections };
}

/** A copy as units make them: another name, other figures, a few sentences rewritten. */
function edit(lines, unit) {
  return lines.map((l, i) => {
    if (i === 0) return l.replace(/^.*?(\d{4}年)/, `${unit}$1`);
    return l.replace(/\d+/g, () => String(int(1, 999))).replace(/。[^。]*。/, rand() < 0.2 ? `。${sentence()}` : '$&');
  });
}

const files = [];
const planted = { copies: new Set(), baseline: new Set(), plans: new Set() };
/** Whose last-year plans (and problems) a report carries, through copies of copies. */
const plansFrom = new Map();
const problemsFrom = new Map();
/** Where a report's text comes from: itself, another unit's report it copied (through copies of copies), or last year's. */
const origin = [];
const units = Array.from({ length: N }, (_, i) => `第${i + 1}${pick(['镇', '乡', '街道', '局'])}`);
const lastYear = units.map((u) => report(u, 2022));
for (let i = 0; i < N; i++) {
  const r = rand();
  let rep = report(units[i], 2023);
  origin[i] = `this:${i}`;
  if (r < 0.02 && i > 0) {
    const j = int(0, i - 1);
    rep = { lines: edit(files[j].lines, units[i]), sections: files[j].reports[0].sections };
    planted.copies.add(`${j}|${i}`);
    origin[i] = origin[j];
    if (plansFrom.has(j)) plansFrom.set(i, plansFrom.get(j));
    if (problemsFrom.has(j)) problemsFrom.set(i, problemsFrom.get(j));
  } else if (r < 0.04) {
    rep = { lines: edit(lastYear[i].lines, units[i]), sections: lastYear[i].sections };
    planted.baseline.add(i);
    origin[i] = `last:${i}`;
    plansFrom.set(i, i);
    problemsFrom.set(i, i);
  } else if (r < 0.10) {
    const [s, e] = rep.sections.plans;
    const [ls, le] = lastYear[i].sections.plans;
    rep.lines.splice(s - 1, e - s + 1, ...lastYear[i].lines.slice(ls - 1, le));
    rep.sections = { ...rep.sections, plans: [s, s + (le - ls)] };
    planted.plans.add(i);
    plansFrom.set(i, i);
  }
  files.push({ path: `r${i}.txt`, lines: rep.lines, baseline: false, reports: [{ title: rep.lines[0], startLine: 1, endLine: rep.lines.length, sections: rep.sections }] });
}
for (let i = 0; i < N; i++) {
  const r = lastYear[i];
  files.push({ path: `last/r${i}.txt`, lines: r.lines, baseline: true, reports: [{ title: r.lines[0], startLine: 1, endLine: r.lines.length, sections: r.sections }] });
}
const sentences = (lines) => lines.slice(1).join('').replace(/\d+/g, '#').split('。').filter(Boolean);
function keptShare(i) {
  const [s, e] = files[i].reports[0].sections.plans;
  const [ls, le] = lastYear[plansFrom.get(i)].sections.plans;
  const old = new Set(sentences(lastYear[plansFrom.get(i)].lines.slice(ls - 1, le)));
  const mine = sentences(files[i].lines.slice(s - 1, e));
  const total = mine.reduce((n, x) => n + x.length, 0);
  return mine.reduce((n, x) => n + (old.has(x) ? x.length : 0), 0) / Math.max(1, total);
}
const borderline = new Set([...plansFrom.keys()].filter((i) => keptShare(i) < KEPT));
const chars = files.reduce((n, f) => n + f.lines.reduce((m, l) => m + l.length, 0), 0);

const source = { count: files.length, hasBaseline: true, load: async (i) => files[i] };
global.gc?.();
const heapBefore = process.memoryUsage();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const stats = {};
const found = await findSimilar(source, similarOptions(), stats);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const mem = process.memoryUsage();

const num = (p) => Number(p.replace(/^last\/r|^r|\.txt$/g, ''));
const got = { copies: new Set(), baseline: new Set(), plans: new Set() };
let unplanned = 0;
const miss = (p) => {
  unplanned++;
  if (process.env.DEBUG_SIMILAR) console.log('not planted:', p.kind, p.section ?? '', p.a.path, p.b.path, p.similarity.toFixed(2));
};
for (const p of found) {
  const a = num(p.a.path);
  const b = num(p.b.path);
  if (p.kind === 'report') {
    const key = `${Math.min(a, b)}|${Math.max(a, b)}`;
    if (planted.copies.has(key)) got.copies.add(key);
    else if (origin[a] !== origin[b]) miss(p); // two copies of one report are a pair too
  } else if (p.kind === 'baseline') {
    if (origin[a] !== `last:${b}`) miss(p);
    else if (planted.baseline.has(a)) got.baseline.add(a);
  } else if (p.section === 'plans') {
    if (plansFrom.get(a) === b) got.plans.add(a);
    else miss(p);
  } else if (problemsFrom.get(a) !== b) miss(p);
}
if (process.env.DEBUG_SIMILAR) {
  for (const k of planted.copies) if (!got.copies.has(k)) console.log('planted copy not found:', k);
  for (const i of planted.baseline) if (!got.baseline.has(i)) console.log('planted report from last year not found:', i);
  for (const i of plansFrom.keys()) {
    if (!got.plans.has(i)) console.log(`${borderline.has(i) ? 'borderline' : 'planted'} plans from last year not found:`, i, '← last', plansFrom.get(i), keptShare(i).toFixed(2));
  }
}
const result = {
  reports: N,
  baselineReports: N,
  megachars: Math.round(chars / 1e5) / 10,
  seconds: Math.round(seconds * 10) / 10,
  cpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
  heapMB: Math.round((mem.heapUsed - heapBefore.heapUsed) / 1e6 + heapBefore.heapUsed / 1e6),
  rssMB: Math.round(mem.rss / 1e6),
  copiesFound: `${got.copies.size}/${planted.copies.size}`,
  baselineFound: `${got.baseline.size}/${planted.baseline.size}`,
  copiedPlansFound: `${[...got.plans].filter((i) => !borderline.has(i)).length}/${plansFrom.size - borderline.size}`,
  borderlinePlansFound: `${[...got.plans].filter((i) => borderline.has(i)).length}/${borderline.size}`,
  unplannedPairs: unplanned,
  docs: stats.docs,
  pairChecks: stats.pairChecks,
  candidates: stats.candidates,
  largestBucket: stats.largestBucket,
  /** Every counter the engine gave, for builds with others. */
  stats,
};
if (opts.json) console.log(JSON.stringify(result));
else print(result);

function print(r) {
  console.log(`similarity pass: ${r.reports} reports + ${r.baselineReports} baseline reports (${r.megachars} M characters)`);
  console.log(`  time ${r.seconds} s (cpu ${r.cpuSeconds} s), heap ${r.heapMB} MB, rss ${r.rssMB} MB`);
  console.log(`  found: copies ${r.copiesFound}, whole reports from last year ${r.baselineFound}, plans from last year ${r.copiedPlansFound}; pairs not planted: ${r.unplannedPairs}`);
  if (r.borderlinePlansFound) console.log(`  plans sections edited to under ${KEPT} of last year's sentences (borderline, not counted above): ${r.borderlinePlansFound} found`);
  // A build without the counters (before issue 17) leaves them out.
  const perReport = r.pairChecks === undefined ? '' : ` (${(r.pairChecks / r.reports).toFixed(1)} per report)`;
  console.log(`  LSH: ${r.docs} signed units, pair checks ${r.pairChecks ?? 'n/a'}${perReport}, candidates ${r.candidates}, largest bucket ${r.largestBucket ?? 'n/a'}`);
}

if (opts.cli) {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-bench-similar-'));
  try {
    mkdirSync(join(dir, 'this'));
    mkdirSync(join(dir, 'last'));
    for (const f of files) writeFileSync(join(dir, f.baseline ? f.path : join('this', f.path)), `${f.lines.join('\n')}\n`);
    const bin = join(import.meta.dirname, '..', 'bin', 'reportlint.js');
    const out = join(dir, 'out.json');
    const t = performance.now();
    const timeBin = '/usr/bin/time';
    const args = [bin, 'this', '--baseline', 'last', '--format', 'json', '-o', out];
    // GNU time, where present, adds the CPU seconds of all threads (the worker pool) and the peak RSS.
    const timed = spawnSync(timeBin, ['--version'], { encoding: 'utf8' }).status === 0;
    const run = timed
      ? spawnSync(timeBin, ['-f', 'TIME %U %S %M', process.execPath, ...args], { cwd: dir, encoding: 'utf8' })
      : spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
    const usage = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '');
    const wall = (performance.now() - t) / 1000;
    if (run.status !== 0 && run.status !== 1) throw new Error(`reportlint exited ${run.status}: ${run.stderr.slice(0, 500)}`);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    const pairs = json.files.reduce((n, f) => n + f.reports.reduce((m, r) => m + (r.similar?.length ?? 0), 0), 0);
    const line = {
      cliSeconds: Math.round(wall * 10) / 10,
      ...(usage ? { cliCpuSeconds: Math.round((Number(usage[1]) + Number(usage[2])) * 10) / 10, cliPeakRssMB: Math.round(Number(usage[3]) / 1024) } : {}),
      cliSimilarEntries: pairs,
    };
    if (opts.json) console.log(JSON.stringify(line));
    else {
      const cpu = usage ? ` (cpu ${line.cliCpuSeconds} s, peak rss ${line.cliPeakRssMB} MB)` : '';
      console.log(`  whole command (load, check ${N} + ${N} reports, similarity): ${line.cliSeconds} s${cpu}, ${pairs} similar entries`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
