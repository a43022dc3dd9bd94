/**
 * Loading the published formats (issue 14): a 30-page PDF and a 200 KB web page must each load in
 * under a second, parsers included (they are imported only when such a file is met), and a .txt
 * run must not pay for them. Each figure is the median wall time of fresh `node` processes:
 * - load: import dist/load/index.js and load the one file (the first PDF or page a run meets);
 * - check: the whole CLI on the file (`bin/reportlint.js FILE --no-similar`).
 * The PDF is printed by /usr/bin/chromium (its row is left out without it).
 *
 * Usage: node scripts/bench-inputs.mjs [--runs 5]   (needs `npm run build` first)
 * `npm run bench` adds these rows to bench/results.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'reportlint.js');

const PARTS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const PARAGRAPH = '全年通过门户网站政府信息公开专栏主动公开各类信息326条，其中政策文件18件，重点领域信息94条；围绕惠农补贴、农产品质量安全等事项及时发布信息，按期答复政府信息公开申请12件，办结率100%。';
const ROW = (label, n) => `<tr><td>${label}</td>${Array.from({ length: 7 }, (_, i) => `<td>${i === 6 ? n * 6 : n}</td>`).join('')}</tr>`;

/** A report of about `paragraphs` paragraphs under the six parts, with the applications table. */
function body(paragraphs, pageBreaks = false) {
  const out = ['<h1>青山县2024年政府信息公开工作年度报告</h1>'];
  for (let i = 0; i < paragraphs; i++) {
    if (i % Math.ceil(paragraphs / PARTS.length) === 0) out.push(`<p${pageBreaks && i ? ' style="break-before:page"' : ''}><strong>${PARTS[Math.floor(i / Math.ceil(paragraphs / PARTS.length))]}</strong></p>`);
    out.push(`<p>（${i + 1}）${PARAGRAPH}</p>`);
    if (i === 3) out.push(`<table border="1">${ROW('一、本年新收政府信息公开申请数量', 2)}${ROW('二、上年结转政府信息公开申请数量', 1)}${ROW('（七）总计', 3)}</table>`);
  }
  return out.join('\n');
}

/** A portal page of about 200 KB: menus, a long side column of news links, the report, a footer. */
export function webPage(targetBytes = 200 * 1024) {
  const news = Array.from({ length: 400 }, (_, i) => `<li><a href="/art/${i}.html">关于做好第${i + 1}批惠民政策落实情况公示的通知</a><span>2024-12-${(i % 28) + 1}</span></li>`).join('\n');
  let paragraphs = 40;
  for (;;) {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青山县2024年政府信息公开工作年度报告_青山县人民政府</title></head><body>
<div class="header"><h1>青山县人民政府</h1></div><div class="nav"><a href="/">首页</a></div><div class="breadcrumb">当前位置：首页 &gt; 年报</div>
<div class="sidebar"><ul>${news}</ul></div><div class="article">${body(paragraphs)}</div><div class="footer">版权所有 青山县人民政府</div></body></html>`;
    if (Buffer.byteLength(page) >= targetBytes) return page;
    paragraphs += 20;
  }
}

async function printPdf(html, file) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(`<html><head><meta charset="utf-8"><style>body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:14px}</style></head><body>${html}</body></html>`);
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    // The page count, from the PDF's own page tree.
    const { loadFile } = await import(pathToFileURL(join(ROOT, 'dist', 'load', 'index.js')).href);
    const loaded = await loadFile(file);
    return loaded.ok ? loaded.source.pageStarts.length : 0;
  } finally {
    await browser.close();
  }
}

function median(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-300)}`);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const loadOnly = (file) => ['--input-type=module', '-e', `const { loadFile } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'load', 'index.js')).href)}); const r = await loadFile(${JSON.stringify(file)}); if (!r.ok) { console.error(r.error); process.exit(3); }`];

/** Markdown rows: | input | size | load ms | check ms | */
export async function measureInputs(runs = 5) {
  const dir = join(ROOT, 'bench', 'out', 'inputs');
  mkdirSync(dir, { recursive: true });
  const files = [];
  const txt = join(dir, 'report.txt');
  writeFileSync(txt, `青山县2024年政府信息公开工作年度报告\n${PARTS.map((p) => `${p}\n${PARAGRAPH}`).join('\n')}\n`);
  files.push(['.txt, one report (no parser imported)', txt, '']);
  const html = join(dir, 'page.html');
  const page = webPage();
  writeFileSync(html, page);
  files.push(['web page (.html)', html, `${Math.round(Buffer.byteLength(page) / 1024)} KB`]);
  if (existsSync('/usr/bin/chromium')) {
    const pdf = join(dir, 'report.pdf');
    const pages = await printPdf(body(640, false), pdf);
    files.push(['PDF with a text layer', pdf, `${pages} pages`]);
  }
  const node = median(['-e', '0'], runs);
  const rows = [`| \`node -e 0\` | | ${node.toFixed(0)} | |`];
  for (const [name, file, size] of files) rows.push(`| ${name} | ${size} | ${median(loadOnly(file), runs).toFixed(0)} | ${median([BIN, file, '--no-similar'], runs).toFixed(0)} |`);
  return ['| input | size | load ms | check ms |', '|---|---:|---:|---:|', ...rows].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
  process.stdout.write(`${await measureInputs(runs)}\n`);
}
