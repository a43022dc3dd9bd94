#!/usr/bin/env node
/**
 * `npm run fuzz [-- --seconds 60 --seed 1 --jobs 2 --timeout 15000]`: feeds randomly mutated reports,
 * .docx files (hostile shapes too: huge spans, dense XML, non-XML parts), rule sets, special files as
 * rules/config/cache, output paths that clash with inputs, file names in GBK bytes and an earlier run's output
 * in the checked folder through the whole CLI (bin/reportlint.js, one process per input) for a fixed time.
 * A crash (exit code outside 0/1/2, a stack trace or "internal error" on stderr, JSON that does not parse)
 * or a hang (no exit within --timeout) is saved as a reproducer under tests/fixtures/robust/fuzz/,
 * which tests/robust/fuzz-repros.test.ts replays on every test run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';

const ROOT = new URL('..', import.meta.url).pathname;
const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: String(Date.now() % 1e9) },
    jobs: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '15000' },
    out: { type: 'string', default: join(ROOT, 'tests/fixtures/robust/fuzz') },
    // Also save this many small inputs that ended in exit 2 (damaged files, broken rule sets) as replay examples.
    keep: { type: 'string', default: '0' },
  },
});

// mulberry32: a seeded PRNG, so a run can be repeated with --seed.
let state = Number(opt.seed) >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n) => Math.floor(rand() * n);
const pick = (list) => list[int(list.length)];

// Seeds: the samples, our own fixture report, the built-in rule sets, and generated reports.
const textSeeds = [
  ...readdirSync(join(ROOT, 'samples')).filter((f) => /\.(?:txt|md)$/.test(f)).map((f) => readFileSync(join(ROOT, 'samples', f))),
  readFileSync(join(ROOT, 'tests/fixtures/robust/report.txt')),
];
const ruleSeeds = readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(ROOT, 'rules', f), 'utf8'));

const HAN = '一二三四五六七八九十';
const TOPICS = ['主动公开', '依申请公开', '平台建设', '政策解读', '监督保障', '存在的问题', '下一步工作计划', '目录', '总体情况'];
const NOISE = ['\u200b', '\u3000', '\ufeff', '\0', '\r', '?', '�', '##paidbegin##', '\t', '（', '）', '、', '。', '①', 'XX', '***'];

function generatedReport() {
  const lines = [`${pick(['青山县', '白水市', '东区'])}${2015 + int(15)}年${pick(['政务公开工作总结', '政府信息公开工作年度报告', '工作总结'])}`, ''];
  for (let i = 0; i < 1 + int(9); i++) {
    lines.push(pick([`${HAN[i % 10]}、${pick(TOPICS)}`, `（${HAN[i % 10]}）${pick(TOPICS)}。`, `${i + 1}.${pick(TOPICS)}`, pick(TOPICS)]));
    for (let j = int(4); j > 0; j--) lines.push(`一是${pick(TOPICS)}${int(1000)}条。二是${pick(TOPICS)}。`.repeat(1 + int(3)));
  }
  return Buffer.from(lines.join(pick(['\n', '\r\n', '\r'])));
}

/** One random edit of bytes: the damage files really suffer, and some they should never see. */
function mutateBytes(input) {
  let b = Buffer.from(input);
  for (let k = 1 + int(6); k > 0; k--) {
    const at = int(b.length + 1);
    switch (int(10)) {
      case 0: if (b.length) b[int(b.length)] ^= 1 << int(8); break;
      case 1: b = Buffer.concat([b.subarray(0, at), Buffer.from(Array.from({ length: 1 + int(16) }, () => int(256))), b.subarray(at)]); break;
      case 2: b = Buffer.concat([b.subarray(0, at), b.subarray(at + int(200))]); break;
      case 3: { const len = int(400); const chunk = b.subarray(at, at + len); b = Buffer.concat([b.subarray(0, at), ...Array(1 + int(50)).fill(chunk), b.subarray(at)]); break; }
      case 4: b = Buffer.concat([b.subarray(0, at), Buffer.from(pick(NOISE)), b.subarray(at)]); break;
      case 5: b = b.subarray(0, at); break;
      case 6: { const other = pick(textSeeds); const from = int(other.length); b = Buffer.concat([b.subarray(0, at), other.subarray(from, from + int(2000)), b.subarray(at)]); break; }
      case 7: b = Buffer.concat([b.subarray(0, at), Buffer.from(`\n${pick(TOPICS)}\n`.repeat(1 + int(3))), b.subarray(at)]); break;
      case 8: b = Buffer.concat([b.subarray(0, at), Buffer.from(pick(['一、', '（一）', '1.', '目录\n', '\n\n\n'])), b.subarray(at)]); break;
      default: b = Buffer.from(b.toString('utf8').split(/\r?\n/).sort(() => rand() - 0.5).join('\n'));
    }
  }
  if (int(20) === 0) b = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]);
  if (int(30) === 0) b = Buffer.concat([b, Buffer.from('长'.repeat(300_000 + int(300_000)))]); // a very long line
  return b;
}

async function docxInput() {
  const text = mutateBytes(int(2) ? pick(textSeeds) : generatedReport()).toString('utf8');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/[\u0000-\u0008\v\f\u000e-\u001f]/g, '');
  const body = text.split(/\r?\n|\r/).map((l) => `<w:p>${int(8) ? '' : `<w:pPr><w:pStyle w:val="Heading${1 + int(3)}"/></w:pPr>`}<w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  const zip = new JSZip();
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  let bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  if (int(2)) bytes = mutateBytes(bytes).subarray(0, Math.max(4, int(bytes.length * 2))); // broken zips too
  return bytes;
}

/** Config files people write (see README, Configuration), for the config kind. */
const CONFIG_SEEDS = [
  'ruleSet: zwgk-summary\nminScore: 70\nlang: zh\nformat: json\nignore:\n  - "草稿/**"\n  - "*-旧版.docx"\n',
  'overrides:\n  zwgk-summary:\n    passMark: 70\n    sections:\n      interpretation: { weight: 10, severity: warning }\n      oversight: { off: true }\n    checks:\n      placeholders: false\n',
  'encoding: gb18030\nsimilar:\n  threshold: 0.5\n  minPassageChars: 20\n  boilerplate: ["认真贯彻落实各项工作要求"]\n',
];

/** A rule set with random damage: its YAML text mutated, then checked against a sample. */
function ruleSetInput(seeds = ruleSeeds) {
  let text = pick(seeds);
  for (let k = 1 + int(4); k > 0; k--) {
    const at = int(text.length);
    text = pick([
      () => text.slice(0, at) + text.slice(at + int(40)),
      () => text.slice(0, at) + pick(['(a+)+', '[', '*', '&x ', '*x', ': ', '\n  - ', '{', '"', "'", '\\', 'extends: ./self.yaml\n', '(?<=a)', '{1,99999}']) + text.slice(at),
      () => text.replace(/weight: \d+/, `weight: ${pick(['-1', '0', 'abc', '1e309', ''])}`),
      () => text.replace(/id: [a-z-]+/, `id: ${pick(['', 'Bad Id', '中文', 'a'.repeat(300)])}`),
    ])();
  }
  return text;
}

/** A sample as a portal page: site header, breadcrumb, the text as paragraphs (a table of figures now and then), footer. */
function pagedSample() {
  const lines = pick(textSeeds).toString('utf8').split(/\r?\n/);
  const body = lines.map((l) => (/\d+\s+\d+/.test(l) ? `<table><tr>${l.split(/\s+/).map((c) => `<td>${c}</td>`).join('')}</tr></table>` : `<p>${l}</p>`)).join('\n');
  return Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${lines[0]}_某县人民政府</title></head><body><div class="header"><h1>某县人民政府</h1></div><div class="breadcrumb">当前位置：首页</div><div class="article">${body}</div><div class="footer">版权所有</div></body></html>`);
}

/**
 * Word files of the shapes issue 18 found (each on its own in a batch with good files): a span far past
 * the grid, dense XML of tiny paragraphs, a main document not named .xml, a big non-XML part a
 * relationship names.
 */
async function hostileDocxInput() {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rels = (targets) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map(([t, to], i) => `<Relationship Id="r${i}" Type="${R}/${t}" Target="${to}"/>`).join('')}</Relationships>`;
  const doc = (body) => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
  const text = pick(textSeeds).toString('utf8').split(/\r?\n/).map((l) => `<w:p><w:r><w:t>${l.replace(/[<&]/g, '')}</w:t></w:r></w:p>`).join('');
  const zip = new JSZip();
  const shape = pick(['span', 'dense', 'mainBin', 'stylesBin']);
  const span = `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="${pick(['64', '100000', '1000000000', '-5', 'x'])}"/><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>`;
  const main = shape === 'mainBin' ? 'word/main.bin' : 'word/document.xml';
  zip.file('word/document.xml', doc(shape === 'dense' ? '<w:p/>'.repeat(100_000 + int(600_000)) : text + (shape === 'span' ? span : '')));
  if (shape === 'mainBin') zip.file('word/main.bin', doc(text + '<w:p/>'.repeat(int(700_000))));
  zip.file('_rels/.rels', rels([['officeDocument', main]]));
  if (shape === 'stylesBin') {
    zip.file('word/_rels/document.xml.rels', rels([['styles', 'styles.bin']]));
    zip.file('word/styles.bin', Buffer.alloc((20 + int(200)) * 1024 * 1024, 0x3c));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A name's bytes as a Windows archive leaves them: GBK words, or bytes past ASCII at random. */
function gbkName() {
  const words = [[0xd7, 0xdc, 0xbd, 0xe1], [0xb1, 0xa8, 0xb8, 0xe6], [0xb0, 0xa1, 0xb0, 0xa2], [0xbb, 0xe3, 0xb1, 0xe0]];
  return Buffer.from(int(3) ? words.slice(0, 1 + int(4)).flat() : Array.from({ length: 1 + int(12) }, () => 0x80 + int(128)));
}

/** A FIFO in `dir` (none on systems without mkfifo: then a device stands in). */
function fifoIn(dir, n) {
  const path = join(dir, `fifo${n}`);
  return spawnSync('mkfifo', [path]).status === 0 ? path : '/dev/null';
}

async function makeInput(dir, n) {
  const kind = pick(['text', 'text', 'text', 'generated', 'markdown', 'docx', 'html', 'rules', 'config', 'hostileDocx', 'special', 'clash', 'gbkName', 'earlierOutput']);
  const base = join(dir, `in${n}`);
  switch (kind) {
    case 'text': return { kind, files: { [`${base}.txt`]: mutateBytes(pick(textSeeds)) } };
    case 'generated': return { kind, files: { [`${base}.txt`]: mutateBytes(generatedReport()) } };
    case 'markdown': return { kind, files: { [`${base}.md`]: Buffer.concat([Buffer.from('# '), mutateBytes(pick(textSeeds))]) } };
    case 'docx': return { kind, files: { [`${base}.docx`]: await docxInput() } };
    // A published page around a sample (issue 14), then damaged like text: tags cut, bytes flipped.
    case 'html': return { kind, files: { [`${base}.html`]: mutateBytes(pagedSample()) } };
    case 'hostileDocx': return { kind, files: { [`${base}.docx`]: await hostileDocxInput() } };
    // Special files where a rule set, a config or the cache is expected: refused at once, never read or written.
    case 'special': {
      const special = pick(['/dev/zero', '/dev/null', fifoIn(dir, n), dir]);
      const flag = pick([['--rules', special], ['--config', special], ['--cache', '--cache-location', special]]);
      return { kind, files: { [`${base}.txt`]: pick(textSeeds) }, args: flag };
    }
    // An output path that names an input, a link to one, or a device: refused, and the input left as it was.
    case 'clash': {
      const input = `${base}.txt`;
      const target = pick(['same', 'symlink', 'hardlink', 'device']);
      const out = target === 'same' ? input : `${base}-out.json`;
      const link = () => (target === 'symlink' ? symlinkSync(input, out) : target === 'hardlink' ? linkSync(input, out) : symlinkSync('/dev/null', out));
      const flag = int(2) ? ['-o', out] : ['--cache', '--cache-location', out];
      return { kind, files: { [input]: pick(textSeeds) }, args: flag, after: target === 'same' ? undefined : link, unchanged: [input], extra: target === 'same' ? [] : [out] };
    }
    // A folder of files named in GBK bytes (an archive made on Windows), some not even GB18030: every
    // one must be opened (no "unreadable"), under a name of its own. (No reproducer is saved for these
    // two kinds, whose files are made in a folder: the run's --seed repeats them.)
    case 'gbkName': {
      const folder = `${base}-gbk`;
      const count = 1 + int(4);
      const make = () => {
        mkdirSync(folder);
        for (let i = 0; i < count; i++) writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), gbkName(), Buffer.from(`${i}.txt`)]), mutateBytes(pick(textSeeds)));
      };
      return { kind, files: {}, args: [folder], after: make, extra: [folder], expectFiles: count, readable: true };
    }
    // An output an earlier run wrote into the checked folder: skipped, never read as a report (unless damaged).
    case 'earlierOutput': {
      const folder = `${base}-out`;
      const [format, name] = pick([['markdown', '结果.md'], ['stylish', '结果.txt'], ['github', '注释.txt'], ['html', '结果.html']]);
      const exact = int(2) === 0;
      const make = () => {
        mkdirSync(folder);
        writeFileSync(join(folder, 'a.txt'), pick(textSeeds));
        spawnSync(process.execPath, [join(snapshot, 'bin/reportlint.js'), folder, '-f', format, '-o', join(folder, name), ...(int(2) ? ['--lang', 'en'] : [])]);
        if (!exact) writeFileSync(join(folder, name), mutateBytes(readFileSync(join(folder, name))));
      };
      return { kind, files: {}, args: [folder], after: make, extra: [folder], ...(exact ? { ownOutput: join(folder, name) } : {}) };
    }
    case 'config': {
      const config = `${base}.yaml`;
      return { kind, files: { [config]: Buffer.from(ruleSetInput(CONFIG_SEEDS)), [`${base}.txt`]: pick(textSeeds) }, args: ['--config', config] };
    }
    default: {
      const rules = `${base}.yaml`;
      writeFileSync(join(dir, 'self.yaml'), 'extends: ./self.yaml\n');
      return { kind, files: { [rules]: Buffer.from(ruleSetInput()), [`${base}.txt`]: pick(textSeeds) }, args: ['--rules', rules] };
    }
  }
}

function run(args, timeout, stdin) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(snapshot, 'bin/reportlint.js'), ...args], { env: { ...process.env, NO_COLOR: '1' } });
    child.stdin.on('error', () => {}); // the tool may answer (and exit) before reading all of it
    child.stdin.end(stdin ?? '');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, hung: signal === 'SIGKILL' });
    });
  });
}

function verdict(r, json, input, targets) {
  if (r.hung) return 'hang';
  if (![0, 1, 2].includes(r.code)) return `exit ${r.code ?? r.signal}`;
  if (/internal error|internalError|\n\s+at [^\n]+:\d+:\d+/.test(r.stderr + r.stdout)) return 'stack trace';
  if (!json || !r.stdout) return null;
  let out;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    return 'invalid JSON';
  }
  return semanticProblem(out, r.code, input, targets);
}

/** What the JSON must satisfy for any input: every file reported, lines inside the file, the exit code agreeing. */
function semanticProblem(out, code, input, targets) {
  const listed = new Set(out.files.map((f) => f.path));
  if (targets.some((t) => !listed.has(t))) return 'lost file';
  if (input.expectFiles !== undefined && listed.size !== input.expectFiles) return 'lost file';
  if (input.readable && out.files.some((f) => f.errors.some((e) => e.code === 'unreadable'))) return 'GBK name not opened';
  const own = input.ownOutput && out.files.find((f) => f.path === input.ownOutput);
  if (input.ownOutput && !(own && !own.reports.length && own.errors.some((e) => e.code === 'skippedFile'))) return 'earlier output read as a report';
  for (const file of out.files) {
    const bytes = file.path === '<stdin>' ? input.files[input.stdin] : input.files[file.path];
    // An upper bound on the line count in any supported encoding: LF bytes plus lone CRs, plus one.
    let max = Infinity;
    if (bytes && file.lineUnit === 'line') {
      max = 1;
      for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) max++;
    }
    let previousEnd = 0;
    for (const e of file.errors) if (e.line !== null && (e.line < 1 || e.line > max)) return 'line outside file';
    for (const report of file.reports) {
      if (report.startLine <= previousEnd || report.endLine < report.startLine || report.endLine > max) return 'report range';
      previousEnd = report.endLine;
      for (const m of report.messages) if (m.line < 1 || m.line > max) return 'line outside file';
      for (const sec of report.sections) if (sec.line !== null && (sec.line < report.startLine || sec.line > report.endLine)) return 'section outside report';
    }
  }
  const fileError = out.files.some((f) => f.errors.some((e) => e.severity === 'error'));
  const failed = out.files.some((f) => f.reports.some((rep) => rep.passed === false));
  const expected = fileError ? 2 : failed ? 1 : 0;
  return code === expected ? null : `exit ${code}, JSON says ${expected}`;
}

/**
 * A private copy of the built tool: a rebuild of dist/ during a long run (by a watcher or a colleague)
 * would otherwise show up as crashes that are not ours.
 */
function snapshotBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-fuzz-build-'));
  for (const part of ['bin', 'dist', 'rules', 'schema', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
const snapshot = snapshotBuild();
const scratch = [snapshot];
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    scratch.forEach((d) => rmSync(d, { recursive: true, force: true }));
    process.exit(130);
  });
}

async function main() {
  const seconds = Number(opt.seconds);
  const timeout = Number(opt.timeout);
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-fuzz-'));
  scratch.push(dir);
  const deadline = Date.now() + seconds * 1000;
  const stats = { inputs: 0, runs: 0, kept: 0, byKind: {}, byExit: {}, found: [] };
  let n = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      // Several inputs per process (a batch, as users run it) spreads the cost of starting node.
      let input = await makeInput(dir, n++);
      for (let more = input.args ? 0 : int(8); more > 0; more--) {
        const next = await makeInput(dir, n++);
        if (next.args) continue;
        input = { kind: input.kind === next.kind ? input.kind : 'mixed', files: { ...input.files, ...next.files } };
      }
      for (const [path, data] of Object.entries(input.files)) writeFileSync(path, data);
      input.after?.();
      let targets = Object.keys(input.files).filter((p) => !p.endsWith('.yaml'));
      // Now and then one file goes through standard input instead (`reportlint - < file`).
      // (Not for a clash: a file read from stdin is no input the run can know of.)
      const piped = int(5) === 0 && !input.unchanged ? targets.pop() : undefined;
      const json = int(3) !== 0;
      const args = [...targets, ...(piped ? ['-'] : []), ...(input.args ?? []), ...(json ? ['--format', 'json'] : []), ...(int(4) ? [] : ['--lang', 'en'])];
      const r = await run(args, timeout, piped ? input.files[piped] : undefined);
      if (piped) {
        input.stdin = piped;
        targets = [...targets, '<stdin>'];
      }
      stats.inputs += targets.length;
      stats.runs++;
      stats.byKind[input.kind] = (stats.byKind[input.kind] ?? 0) + 1;
      const exitKey = r.hung ? 'hang' : String(r.code);
      stats.byExit[exitKey] = (stats.byExit[exitKey] ?? 0) + 1;
      // Nothing the run was given may be written: an input named (or linked) as -o or the cache must be unchanged.
      const written = (input.unchanged ?? []).find((p) => !readFileSync(p).equals(input.files[p]));
      const bad = written ? `input overwritten: ${written}` : verdict(r, json, input, targets);
      if (bad) save(input, args, r, bad, stats);
      else if (r.code === 2 && stats.kept < Number(opt.keep) && Object.values(input.files).every((d) => d.length < 20_000)) {
        stats.kept++;
        save(input, args, r, 'example (exit 2, kept for replay)', stats);
      }
      for (const path of [...Object.keys(input.files), ...(input.extra ?? [])]) rmSync(path, { force: true, recursive: true });
    }
  };
  await Promise.all(Array.from({ length: Number(opt.jobs) }, worker));
  rmSync(dir, { recursive: true, force: true });
  rmSync(snapshot, { recursive: true, force: true });
  console.log(`fuzz: seed ${opt.seed}, ${seconds}s, ${stats.inputs} inputs in ${stats.runs} runs (runs by kind: ${Object.entries(stats.byKind).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`fuzz: exit codes of runs ${Object.entries(stats.byExit).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  const problems = stats.found.filter((f) => !f.startsWith('example'));
  console.log(problems.length ? `fuzz: ${problems.length} problem(s) saved:\n  ${problems.join('\n  ')}` : 'fuzz: no crash or hang found');
  if (stats.kept) console.log(`fuzz: ${stats.kept} example(s) kept for replay in ${opt.out}`);
  process.exitCode = problems.length ? 1 : 0;
}

/** Keeps the input files (named by content hash) and what happened, for the replay test. */
function save(input, args, r, bad, stats) {
  // A folder made on the fly (GBK names, an earlier output) is not kept: the seed repeats it.
  if (!Object.keys(input.files).length) {
    stats.found.push(`${bad}: ${input.kind} (${args.join(' ')}); repeat with --seed ${opt.seed}`);
    return;
  }
  mkdirSync(opt.out, { recursive: true });
  const hash = createHash('sha256');
  for (const data of Object.values(input.files)) hash.update(data);
  const id = hash.digest('hex').slice(0, 12);
  const names = {};
  for (const [k, [path, data]] of Object.entries(input.files).entries()) {
    const name = `${id}-${k}${path.endsWith('.yaml') ? '.rules' : ''}${path.slice(path.lastIndexOf('.'))}`;
    writeFileSync(join(opt.out, name), data);
    names[path] = name;
  }
  const replayArgs = args.map((a) => names[a] ?? a);
  const stdin = input.stdin ? { stdin: names[input.stdin] } : {};
  writeFileSync(join(opt.out, `${id}.json`), `${JSON.stringify({ problem: bad, args: replayArgs, ...stdin, exit: r.code, stderr: r.stderr.slice(0, 2000) }, null, 2)}\n`);
  stats.found.push(`${bad}: ${join(opt.out, `${id}.json`)}`);
}

await main();
