/**
 * Generates the benchmark corpus: synthetic Chinese work summaries in the shapes real ones have
 * (titles naming unit, year and kind; 一、 （一） 1. 1、 （1） headings, often carrying their paragraph;
 * 一是…二是… lead phrases; compilations with a 目录 of "title<TAB>page" and reports separated by
 * 0-3 blank lines), written as .txt and as a Markdown rendering (headings as #) for the peer.
 * Every sentence is assembled here from our own fragments; nothing comes from a real report.
 * Deterministic: a fixed-seed PRNG, so every machine benchmarks the same bytes.
 *
 * Usage: node scripts/bench-corpus.mjs <reports> [outDir]  (default outDir bench/out/<reports>)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when the generator changes, so stale corpora are regenerated. */
export const GENERATOR_VERSION = 1;

/** mulberry32: small, fast, good enough to pick words. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['青禾县', '云岭区', '北川镇', '溪口乡', '临江市', '石门县', '东湖街道', '桃源镇', '柳河县', '南屏区', 'XX县', 'XX区'];
const UNITS = ['统计局', '民政局', '司法局', '财政局', '教育局', '卫生健康局', '自然资源局', '住房和城乡建设局', '交通运输局', '农业农村局',
  '水利局', '文化和旅游局', '市场监督管理局', '医疗保障局', '应急管理局', '林业局', '人力资源和社会保障局', '生态环境分局', '人民政府办公室', '气象局'];
const TRANSPARENCY_KINDS = ['政务公开工作总结', '政府信息公开工作总结', '政务公开工作总结和{next}年工作思路', '政务信息公开工作总结', '基层政务公开“两化”工作总结'];
const OTHER_KINDS = ['工作总结', '工作总结及{next}年工作计划', '法治政府建设工作总结', '乡村振兴工作总结', '安全生产工作总结', '党建工作总结'];
const NUMS = '一二三四五六七八九十';

const ADVERBS = ['扎实', '持续', '有序', '全面', '积极', '稳步', '切实', '认真'];
const VERBS = ['推进', '落实', '规范', '加强', '完善', '深化', '优化', '提升'];
const OBJECTS = ['政务公开标准化规范化建设', '重点领域信息公开', '政策文件发布与解读', '政府网站内容保障', '政务新媒体日常管理', '公开专栏维护',
  '信息发布审核', '依申请公开办理', '公开目录动态更新', '基层公开事项梳理', '便民服务事项公开', '财政预决算公开', '行政执法公示', '民生实事进展公开'];
const MEASURES = ['建立了信息发布台账，做到底数清、情况明', '明确专人负责栏目更新，实行一周一查', '对照事项清单逐项核对，确保内容准确',
  '把公开要求嵌入办文流程，做到同步起草、同步审核', '组织业务骨干开展交叉检查，发现问题立行立改', '通过座谈、走访等方式听取群众意见',
  '结合年度考核对各股室完成情况进行通报', '对历史信息开展集中清理，下架过期内容'];
const FIGURES = ['全年主动公开各类信息{n}条', '发布政策文件{n}件', '更新公开目录{n}项', '推送政务新媒体信息{n}篇', '受理政府信息公开申请{s}件，均按期答复',
  '发布政策解读材料{s}篇', '开展业务培训{s}次，培训{n}人次', '回应群众关切问题{s}个', '公开财政预决算报表{s}份', '编印宣传资料{n}份'];
const PROBLEMS = ['部分股室对公开工作重视程度还不够，信息报送不够及时', '政策解读形式较为单一，图文、视频解读偏少', '基层公开人员变动较多，业务能力有待提高',
  '个别栏目更新频率不高，内容不够丰富', '公开内容与群众需求的契合度还需提升'];
const PLANS = ['进一步完善信息发布审核机制，确保公开内容准确规范', '丰富政策解读形式，每季度至少推出一期图解或视频解读', '加强业务培训，全年组织专题培训不少于{s}次',
  '推动公开专区向村（社区）延伸，方便群众就近查阅', '健全依申请公开办理流程，提高答复质量'];
const GENERAL = ['围绕年度目标任务，统筹推进各项工作', '坚持问题导向，补短板、强弱项', '各项指标完成情况良好，群众满意度稳步提升',
  '注重总结经验做法，形成可复制的工作机制', '加强与上级部门的沟通衔接，争取项目资金{n}万元', '全年召开专题会议{s}次，研究解决重点难点问题'];
const SUBHEADS = ['强化组织领导', '抓好主动公开', '规范依申请公开', '加强平台建设', '做好政策解读', '回应社会关切', '完善制度机制', '加强监督考核',
  '推进基层公开', '提升服务水平'];
const TOPS_TRANSPARENCY = ['{year}年政务公开工作开展情况', '主要做法和成效', '存在的主要问题', '下一步工作打算', '{next}年工作思路'];
const TOPS_GENERAL = ['{year}年工作总结', '主要工作和成效', '存在的问题和不足', '{next}年工作计划'];

class Writer {
  constructor(seed) {
    this.r = prng(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick(list) {
    return list[Math.floor(this.r() * list.length)];
  }
  fill(text, year) {
    return text.replace(/\{n\}/g, () => String(this.int(12, 2400))).replace(/\{s\}/g, () => String(this.int(2, 36)))
      .replace(/\{year\}/g, String(year)).replace(/\{next\}/g, String(year + 1));
  }
  sentence(transparency, year) {
    const kind = this.int(0, 3);
    if (kind === 0) return `${this.pick(ADVERBS)}${this.pick(VERBS)}${this.pick(OBJECTS)}，${this.pick(MEASURES)}。`;
    if (kind === 1) return this.fill(`${this.pick(VERBS)}${this.pick(OBJECTS)}，${this.pick(FIGURES)}。`, year);
    if (kind === 2 || !transparency) return this.fill(`${this.pick(GENERAL)}，${this.pick(MEASURES)}。`, year);
    return this.fill(`${this.pick(FIGURES)}，${this.pick(FIGURES)}。`, year);
  }
  paragraph(transparency, year, min, max) {
    let s = '';
    const n = this.int(min, max);
    for (let i = 0; i < n; i++) s += this.sentence(transparency, year);
    return s;
  }
  /** 一是…。二是…。 all in one line, as real reports often write an enumeration. */
  leads(transparency, year) {
    const n = this.int(2, 4);
    let s = '';
    for (let i = 0; i < n; i++) s += `${NUMS[i]}是${this.pick(VERBS)}${this.pick(OBJECTS)}。${this.sentence(transparency, year)}`;
    return s;
  }
}

/** One report as blocks: { level, marker, heading, text } (level 0 = plain paragraph). */
function report(w, year) {
  const transparency = w.r() < 0.7;
  const unit = `${w.pick(PLACES)}${w.pick(UNITS)}`;
  const kind = w.pick(transparency ? TRANSPARENCY_KINDS : OTHER_KINDS);
  const title = w.fill(`${unit}${year}年${w.r() < 0.3 ? '度' : ''}${kind}`, year);
  const blocks = [{ level: 0, text: `${year}年，${unit}${w.paragraph(transparency, year, 3, 7)}` }];
  const tops = transparency ? TOPS_TRANSPARENCY : TOPS_GENERAL;
  const topCount = w.int(3, tops.length);
  const style3 = w.r() < 0.5 ? '.' : '、';
  for (let t = 0; t < topCount; t++) {
    const heading = w.fill(tops[t], year);
    blocks.push({ level: 1, marker: `${NUMS[t]}、`, heading, text: '' });
    const subs = t === topCount - 1 || /问题|不足/.test(heading) ? 0 : w.int(2, 5);
    if (!subs) {
      const list = /问题|不足/.test(heading) ? PROBLEMS : PLANS;
      for (let i = 0, n = w.int(2, 4); i < n; i++) {
        blocks.push({ level: 3, marker: `${i + 1}${style3}`, heading: '', text: w.fill(`${w.pick(list)}。${w.sentence(transparency, year)}`, year) });
      }
      continue;
    }
    for (let s = 0; s < subs; s++) {
      const sub = w.pick(SUBHEADS);
      const style = w.r();
      if (style < 0.45) blocks.push({ level: 2, marker: `（${NUMS[s]}）`, heading: sub, text: w.paragraph(transparency, year, 3, 9) });
      else if (style < 0.75) blocks.push({ level: 2, marker: `（${NUMS[s]}）`, heading: sub, text: w.leads(transparency, year) });
      else {
        blocks.push({ level: 2, marker: `（${NUMS[s]}）`, heading: sub, text: '' });
        for (let i = 0, n = w.int(2, 3); i < n; i++) {
          blocks.push({ level: 4, marker: `（${i + 1}）`, heading: w.pick(SUBHEADS), text: w.paragraph(transparency, year, 2, 5) });
        }
      }
    }
  }
  const date = `${year + 1}年${w.int(1, 3)}月${w.int(1, 28)}日`;
  return { title, blocks, date, unit };
}

function toText(r) {
  const out = [r.title, ''];
  for (const b of r.blocks) {
    if (b.level === 0) out.push(b.text);
    else if (b.level === 1) out.push(`${b.marker}${b.heading}`);
    else out.push(`${b.marker}${b.heading}${b.heading && b.text ? '。' : ''}${b.text}`);
  }
  out.push('', r.unit, r.date);
  return out;
}

function toMarkdown(r) {
  const out = [`# ${r.title}`, ''];
  for (const b of r.blocks) {
    if (b.level === 0) out.push(b.text, '');
    else if (b.heading) {
      out.push(`${'#'.repeat(Math.min(b.level + 1, 6))} ${b.marker}${b.heading}`, '');
      if (b.text) out.push(b.text, '');
    } else out.push(`${b.marker}${b.text}`, '');
  }
  out.push(r.unit, '', r.date);
  return out;
}

/** One compilation of `count` reports with a 目录, as lines (for tests that need a big file in memory). */
export function compilationLines(seed, count) {
  const w = new Writer(seed);
  const year = 2023;
  const reports = Array.from({ length: count }, () => report(w, year));
  const lines = [`${year}年度工作总结汇编（${count}篇）`, '', '目录', ''];
  reports.forEach((r, i) => lines.push(`${r.title}\t${i * 5 + 1}`));
  lines.push('', '');
  for (const r of reports) lines.push(...toText(r), ...Array(w.int(0, 3)).fill(''));
  return lines;
}

/** Writes `count` reports into dir/txt/{a,b} and dir/md/{a,b}: half the reports in each part. */
export function generate(count, dir) {
  const stamp = join(dir, 'corpus.json');
  if (existsSync(stamp)) {
    const meta = JSON.parse(readFileSync(stamp, 'utf8'));
    if (meta.version === GENERATOR_VERSION && meta.reports === count) return meta;
  }
  rmSync(dir, { recursive: true, force: true });
  const w = new Writer(0x5eed + count);
  const meta = { version: GENERATOR_VERSION, reports: count, files: 0, compilations: 0, bytes: 0, mdBytes: 0 };
  let made = 0;
  let fileNo = 0;
  while (made < count) {
    const part = made < count / 2 ? 'a' : 'b';
    const year = w.int(2019, 2024);
    // One file in ten is a compilation of 3-25 reports (about 60% of all reports); the rest are single reports.
    const size = w.r() < 0.1 ? Math.min(w.int(3, 25), count - made) : 1;
    const reports = Array.from({ length: size }, () => report(w, year));
    let txt;
    let md;
    if (size === 1) {
      txt = toText(reports[0]);
      md = toMarkdown(reports[0]);
    } else {
      const heading = `${year}年度工作总结汇编（${size}篇）`;
      txt = [heading, '', '目录', ''];
      md = [`# ${heading}`, '', '## 目录', ''];
      let page = 1;
      for (const r of reports) {
        txt.push(`${r.title}\t${page}`);
        md.push(`- ${r.title} ${page}`);
        page += w.int(2, 9);
      }
      txt.push('', '');
      md.push('');
      for (const r of reports) {
        txt.push(...toText(r), ...Array(w.int(0, 3)).fill(''));
        md.push(...toMarkdown(r), '');
      }
      meta.compilations++;
    }
    const name = `${String(fileNo++).padStart(5, '0')}`;
    for (const [ext, lines] of [['txt', txt], ['md', md]]) {
      const sub = join(dir, ext, part);
      mkdirSync(sub, { recursive: true });
      const body = `${lines.join('\n')}\n`;
      writeFileSync(join(sub, `${name}.${ext}`), body);
      meta[ext === 'txt' ? 'bytes' : 'mdBytes'] += Buffer.byteLength(body);
    }
    made += size;
    meta.files++;
  }
  writeFileSync(stamp, `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100);
  const meta = generate(count, process.argv[3] ?? join('bench', 'out', String(count)));
  process.stdout.write(`${JSON.stringify(meta)}\n`);
}
