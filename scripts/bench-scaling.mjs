/**
 * `npm run bench:scaling`: how splitting and outlining grow with the input. Each case times a
 * small and a four- or eight-times larger generated compilation (best of three, taken in turns)
 * and prints the cost ratio beside the bound a linear algorithm stays under. Timing ratios live
 * here, not in the tests: on a busy machine they fail now and then (tests/perf/large.test.ts counts
 * line reads instead). Exit 1 when a ratio is over its bound. Needs `npm run build` first.
 */
import { buildOutline } from '../dist/outline/index.js';
import { splitReports } from '../dist/split/index.js';
import { compilationLines } from './bench-corpus.mjs';

/** Cost of `large` over cost of `small`, best of three each, in turns so a burst of load hits both. */
function costRatio(cost, small, large) {
  cost(small); // warm the JIT before measuring
  const best = { small: Infinity, large: Infinity };
  for (let i = 0; i < 3; i++) {
    for (const [key, lines] of [['small', small], ['large', large]]) {
      const start = performance.now();
      cost(lines);
      best[key] = Math.min(best[key], performance.now() - start);
    }
  }
  return best.large / best.small;
}

const lines = (reports) => compilationLines(11, reports);
// Body titles written backwards: every 目录 entry is missing from the body, every body title extra.
const renamed = (l) => l.map((line) => (/^\S+总结$/u.test(line) ? `${[...line].reverse().join('')}总结` : line));

const cases = [
  // Linear costs about 4x; quadratic 16x.
  { name: 'split + outline, 750 -> 3,000 reports', bound: 7, small: lines(750), large: lines(3000),
    cost: (l) => { for (const span of splitReports(l).reports) buildOutline(l, span); } },
  // The pairwise 目录 scan this guards against measured over 20 (and 129 s at 3,000).
  { name: 'split, 目录 matching nothing, 750 -> 3,000', bound: 12, small: renamed(lines(750)), large: renamed(lines(3000)),
    cost: (l) => splitReports(l) },
  // Eight times the text: linear 8x; the old backward scan for parents cost over 20x.
  { name: 'outline of one untitled report, 400 -> 3,200', bound: 16, small: lines(400), large: lines(3200),
    cost: (l) => buildOutline(l, { title: '', startLine: 1, endLine: l.length }) },
];

let over = 0;
console.log('| case | cost ratio | linear bound |\n|---|---:|---:|');
for (const c of cases) {
  const ratio = costRatio(c.cost, c.small, c.large);
  if (ratio >= c.bound) over++;
  console.log(`| ${c.name} | ${ratio.toFixed(1)} | < ${c.bound}${ratio >= c.bound ? ' **over**' : ''} |`);
}
process.exitCode = over ? 1 : 0;
