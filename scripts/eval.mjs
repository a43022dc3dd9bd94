#!/usr/bin/env node
// Accuracy on a labelled corpus (../shared/corpus): runs the built CLI on every NAME.txt that has a
// NAME.json gold file and compares reports, routing and section levels. Exits 1 under the bar.
//   npm run eval -- ../shared/corpus [--verbose]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'bin', 'reportlint.js');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--')) ?? join(here, '..', '..', 'shared', 'corpus');

// The bars the issues name. Boundaries and routing must be exact.
const BAR = { boundaries: 1, routing: 1, covered: 0.95, level: 0.85, problemsPlans: 0.95 };
// Where each gold kind must be routed (README, "Routing"); every other kind goes to the fallback.
const ROUTE = { transparency: 'zwgk-summary', 'rule-of-law': 'fzzf-annual' };
const FALLBACK = 'work-summary';

if (!existsSync(dir)) {
  console.log(`eval: no corpus at ${dir}; skipped`);
  process.exit(0);
}
const golds = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const t = { gold: 0, found: 0, extra: 0, endOk: 0, routed: 0, routeOk: 0, pairs: 0, covered: 0, level: 0, ppPairs: 0, ppCovered: 0 };
const problems = [];

for (const name of golds) {
  const gold = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const txt = join(dir, gold.source ?? name.replace(/\.json$/, '.txt'));
  let out;
  try {
    out = execFileSync(process.execPath, [cli, '--format', 'json', txt], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (error) {
    out = error.stdout; // exit 1 just means some report failed
  }
  const result = JSON.parse(out).files[0];
  const predicted = new Map(result.reports.map((r) => [r.startLine, r]));
  const goldStarts = new Set(gold.reports.map((r) => r.titleLine));
  for (const r of result.reports) if (!goldStarts.has(r.startLine)) { t.extra++; problems.push(`${name}: extra report at ${r.startLine} "${r.title}"`); }
  for (const g of gold.reports) {
    t.gold++;
    const p = predicted.get(g.titleLine);
    if (!p) { problems.push(`${name} #${g.n}: no report starts at ${g.titleLine} "${g.title}"`); continue; }
    t.found++;
    if (p.endLine === g.endLine) t.endOk++;
    else problems.push(`${name} #${g.n}: ends at ${p.endLine}, gold ${g.endLine}`);
    t.routed++;
    const want = ROUTE[g.kind] ?? FALLBACK;
    const ok = p.ruleSet === want;
    if (ok) t.routeOk++;
    else problems.push(`${name} #${g.n} (${g.kind}): routed to ${p.ruleSet} by ${p.routing?.by} "${g.title}"`);
    const sections = new Map((p.sections ?? []).map((s) => [s.id, s]));
    for (const [topic, label] of Object.entries(g.sections)) {
      const s = sections.get(topic);
      const goldLevel = label.level === 'absent' ? 'missing' : label.level;
      const covered = s && (s.status !== 'missing') === (goldLevel !== 'missing');
      if (topic === 'problems' || topic === 'plans') {
        t.ppPairs++;
        if (covered) t.ppCovered++;
        else if (g.kind !== 'transparency') problems.push(`${name} #${g.n} ${topic} (${g.kind}): got ${s?.status ?? 'n/a'}${s?.line ? `@${s.line}` : ''}, gold ${goldLevel}`);
      }
      if (g.kind !== 'transparency') continue;
      t.pairs++;
      if (covered) t.covered++;
      if (s && s.status === goldLevel) t.level++;
      if (!s || s.status !== goldLevel) {
        problems.push(`${name} #${g.n} ${topic}: got ${s?.status ?? 'n/a'}${s?.line ? `@${s.line}` : ''}, gold ${goldLevel}${label.lines?.length ? `@${label.lines.join(',')}` : ''}`);
      }
    }
  }
}

const pct = (a, b) => (b ? a / b : 1);
const rows = [
  ['reports found (gold title lines)', t.found, t.gold, BAR.boundaries],
  ['extra reports', t.extra, 0, null],
  ['report end lines', t.endOk, t.gold, null],
  ['routing', t.routeOk, t.routed, BAR.routing],
  ['covered vs missing (transparency)', t.covered, t.pairs, BAR.covered],
  ['section/mention/missing (transparency)', t.level, t.pairs, BAR.level],
  ['problems/plans covered (all reports)', t.ppCovered, t.ppPairs, BAR.problemsPlans],
];
let fail = t.extra > 0;
console.log(`corpus: ${dir} (${golds.length} files, ${t.gold} reports)`);
for (const [label, a, b, bar] of rows) {
  if (label === 'extra reports') { console.log(`  ${label.padEnd(42)} ${a}`); continue; }
  const value = pct(a, b);
  const below = bar !== null && value < bar;
  if (below) fail = true;
  console.log(`  ${label.padEnd(42)} ${(value * 100).toFixed(1).padStart(5)}%  (${a}/${b})${bar !== null ? `  bar ${(bar * 100).toFixed(0)}%${below ? '  BELOW' : ''}` : ''}`);
}
if (verbose) for (const p of problems) console.log(`    ${p}`);
console.log(fail ? 'eval: FAIL' : 'eval: ok');
process.exit(fail ? 1 : 0);
