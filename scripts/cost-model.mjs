/**
 * `npm run bench:cost`: what one report costs in each stage of the pipeline, in CPU and in memory kept,
 * measured in-process on the bench corpus (plain text files, the main thread, best of a few passes),
 * and what that makes for a national run. docs/performance.md ("Cost model") quotes it.
 *
 * Usage: node --expose-gc scripts/cost-model.mjs [--reports 10000] [--passes 3]
 * Needs `npm run build` first. The corpus is generated into a temporary folder and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({ options: { reports: { type: 'string', default: '10000' }, passes: { type: 'string', default: '3' } } });
const dist = new URL('../dist/', import.meta.url);
const imp = (p) => import(new URL(p, dist).href);
const { loadBytes } = await imp('load/index.js');
const { splitReports } = await imp('split/index.js');
const { simplifiedLines } = await imp('split/traditional.js');
const { checkReport } = await imp('run.js');
const { loadRuleSets } = await imp('api.js');
const { signReport } = await imp('similar/sign.js');
const { SimilarPass } = await imp('similar/engine.js');
const { similarOptions } = await imp('similar/options.js');
const json = await imp('format/json.js');
const { compact } = await imp('engine/pool/index.js');

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cost-'));
try {
  const made = spawnSync(process.execPath, [new URL('./bench-corpus.mjs', import.meta.url).pathname, opts.reports, dir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  const folder = join(dir, 'txt');
  const files = readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.txt')).sort().map((f) => join(folder, f));
  const ruleSets = loadRuleSets();
  const ctx = { cwd: dir, lang: 'zh', color: false, version: '0', quiet: false, ruleSets };
  const best = {};
  let reports = 0;
  let bytes = 0;
  for (let pass = 0; pass < Number(opts.passes); pass++) {
    const t = {};
    const time = (k, f) => {
      const s = performance.now();
      const r = f();
      t[k] = (t[k] ?? 0) + performance.now() - s;
      return r;
    };
    reports = 0;
    bytes = 0;
    const similar = new SimilarPass(similarOptions());
    for (const [i, file] of files.entries()) {
      const raw = time('read', () => readFileSync(file));
      bytes += raw.length;
      const loaded = time('decode into lines', () => loadBytes(file, raw, 'text'));
      if (!loaded.ok) continue;
      const source = loaded.source;
      const lines = simplifiedLines(source.lines);
      const split = time('split into reports', () => splitReports(lines, source.hints));
      const results = [];
      const signs = [];
      for (const span of split.reports) {
        reports++;
        const result = time('check (outline, match, checks, score)', () => checkReport({ ...source, lines }, span, { ruleSets }));
        results.push(result);
        signs.push(time('内容雷同: sign', () => signReport(source.lines, span.startLine, span.endLine)));
      }
      const fileResult = { path: file, encoding: source.encoding, lineUnit: source.lineUnit, errors: [], reports: results };
      time('format (json)', () => json.stream.open(ctx).file(fileResult));
      time('内容雷同: add to the pass', () => similar.add(i, file, false, results, signs));
    }
    const s = performance.now();
    await similar.find(async (_, path) => readFileSync(path, 'utf8').split('\n'));
    t['内容雷同: LSH and verify'] = performance.now() - s;
    for (const [k, v] of Object.entries(t)) best[k] = Math.min(best[k] ?? Infinity, v);
  }
  // Memory kept per report until the pass ends, after a full collection: compact results (what the
  // formatters need, as a run keeps them) and the pass's sampled sets, measured apart.
  const heap = () => {
    // Several collections: typed arrays' stores are freed a collection after their objects.
    for (let i = 0; i < 4; i++) globalThis.gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const kept = [];
  const keep = new SimilarPass(similarOptions());
  let signs = [];
  const start = heap();
  for (const file of files) {
    const loaded = loadBytes(file, readFileSync(file), 'text');
    if (!loaded.ok) continue;
    const split = splitReports(loaded.source.lines, loaded.source.hints);
    kept.push(compact(structuredClone({ path: file, encoding: 'utf-8', lineUnit: 'line', errors: [], reports: split.reports.map((span) => checkReport(loaded.source, span, { ruleSets })) })));
  }
  const afterResults = heap();
  for (const [i, file] of files.entries()) {
    const loaded = loadBytes(file, readFileSync(file), 'text');
    if (!loaded.ok) continue;
    signs = splitReports(loaded.source.lines, loaded.source.hints).reports.map((span) => signReport(loaded.source.lines, span.startLine, span.endLine));
    keep.add(i, file, false, kept[i].reports, signs);
  }
  const afterPass = heap();
  const perReport = { results: (afterResults - start) / reports, pass: (afterPass - afterResults) / reports };
  const total = Object.values(best).reduce((a, b) => a + b, 0);
  console.log(`${files.length} files, ${reports} reports, ${(bytes / 1e6).toFixed(1)} MB; main thread, best of ${opts.passes} passes${globalThis.gc ? '' : ' (run with --expose-gc for the memory line)'}`);
  console.log('| stage | CPU µs a report | share |');
  console.log('|---|---:|---:|');
  for (const [k, v] of Object.entries(best)) console.log(`| ${k} | ${((v * 1000) / reports).toFixed(1)} | ${((100 * v) / total).toFixed(0)}% |`);
  console.log(`| total | ${((total * 1000) / reports).toFixed(1)} | 100% |`);
  const kb = (x) => (x / 1024).toFixed(1);
  if (globalThis.gc) console.log(`memory kept until the pass ends, a report: results ${kb(perReport.results)} KB, the pass's sets ${kb(perReport.pass)} KB (plus a fixed 32 MB count sketch)`);
  const kept1m = ((perReport.results + perReport.pass) * 1e6) / 2 ** 30;
  console.log(`1,000,000 reports at this rate: ${((total / reports) * 1e6 / 1000 / 60).toFixed(1)} CPU minutes${globalThis.gc ? `, ${kept1m.toFixed(1)} GB kept by a default run` : ''}`);
  if (kept.length + signs.length < 0) console.log(keep); // all of it alive until measured
} finally {
  rmSync(dir, { recursive: true, force: true });
}
