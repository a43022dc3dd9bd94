/** Labels the machine-readable and page formatters share, in both languages (finding texts live in messages/). */
import type { Lang, SectionStatus, Severity } from '../types.js';
import type { RunSummary } from './summary.js';

export interface Words {
  readonly file: string;
  readonly report: string;
  readonly lines: string;
  readonly startLine: string;
  /** One line / one paragraph, before a single number. */
  readonly line: string;
  readonly paragraph: string;
  readonly endLine: string;
  readonly paragraphs: string;
  readonly ruleSet: string;
  readonly score: string;
  readonly passMark: string;
  readonly result: string;
  readonly pass: string;
  readonly fail: string;
  readonly notChecked: string;
  readonly untitled: string;
  readonly missing: string;
  readonly errors: string;
  readonly warnings: string;
  readonly findings: string;
  readonly where: string;
  readonly severity: string;
  readonly message: string;
  readonly rule: string;
  readonly fileProblems: string;
  readonly noFindings: string;
  readonly scoreboard: string;
  readonly coverage: string;
  readonly details: string;
  readonly summary: string;
  readonly evidence: string;
  readonly rank: string;
  readonly generated: string;
  readonly weak: string;
  readonly weakLabel: (label: string) => string;
  readonly status: Readonly<Record<SectionStatus, string>>;
  readonly severities: Readonly<Record<Severity, string>>;
  /** A waived finding's severity cell, and the CSV column counting them. */
  readonly waived: string;
  /** Tooltip of a finding's search string. */
  readonly findHint: string;
  readonly average: string;
  readonly mostMissing: string;
  /** The column or label for why a report failed (the text is messages/verdict.ts). */
  readonly failedBecause: string;
  readonly summaryText: (s: RunSummary) => string;
  /** Rows left out of a size-limited output (a pull-request comment). */
  readonly notListed: (n: number) => string;
}

const zh: Words = {
  file: '文件',
  report: '报告',
  lines: '行',
  startLine: '起始行',
  line: '行',
  paragraph: '段',
  endLine: '结束行',
  paragraphs: '段',
  ruleSet: '规则集',
  score: '得分',
  passMark: '及格线',
  result: '结果',
  pass: '通过',
  fail: '未通过',
  notChecked: '未检查',
  untitled: '（无标题）',
  missing: '缺少',
  errors: '错误',
  warnings: '警告',
  findings: '问题',
  where: '位置',
  severity: '级别',
  message: '说明',
  rule: '规则',
  fileProblems: '文件问题',
  noFindings: '没有问题。',
  scoreboard: '成绩榜',
  coverage: '覆盖情况',
  details: '各报告详情',
  summary: '汇总',
  evidence: '依据',
  rank: '名次',
  generated: '生成于',
  weak: '单薄',
  weakLabel: (label) => `${label}（单薄）`,
  status: { section: '有标题', mention: '仅提及', missing: '缺少' },
  severities: { error: '错误', warning: '警告', info: '提示' },
  waived: '已豁免',
  findHint: '该行开头的文字，可在 Word/WPS 中用“查找”定位',
  average: '平均分',
  mostMissing: '最常缺少的部分',
  failedBecause: '未通过原因',
  notListed: (n) => `……另有 ${n} 行未列出（评论长度有限），完整结果请用 --format html 或 sarif。`,
  summaryText: (s) => {
    const avg = s.averageScore === null ? '' : `，平均分 ${s.averageScore}`;
    const most = s.mostMissing.length ? `；最常缺少：${s.mostMissing.map((m) => `${m.name}（${m.count}）`).join('、')}` : '';
    return `${s.files} 个文件共 ${s.reports} 篇报告：${s.passed} 篇通过，${s.failed} 篇未通过，${s.notChecked} 篇未检查${avg}${most}`;
  },
};

const en: Words = {
  file: 'File',
  report: 'Report',
  lines: 'lines',
  startLine: 'From line',
  line: 'line',
  paragraph: 'paragraph',
  endLine: 'To line',
  paragraphs: 'paragraphs',
  ruleSet: 'Rule set',
  score: 'Score',
  passMark: 'Pass mark',
  result: 'Result',
  pass: 'pass',
  fail: 'FAIL',
  notChecked: 'not checked',
  untitled: '(untitled)',
  missing: 'Missing',
  errors: 'errors',
  warnings: 'warnings',
  findings: 'Findings',
  where: 'Where',
  severity: 'Severity',
  message: 'Message',
  rule: 'Rule',
  fileProblems: 'File problems',
  noFindings: 'No findings.',
  scoreboard: 'Scoreboard',
  coverage: 'Coverage',
  details: 'Reports',
  summary: 'Summary',
  evidence: 'Evidence',
  rank: '#',
  generated: 'Generated',
  weak: 'thin',
  weakLabel: (label) => `${label} (thin)`,
  status: { section: 'section', mention: 'mention', missing: 'missing' },
  severities: { error: 'error', warning: 'warning', info: 'info' },
  waived: 'waived',
  findHint: 'The first words of the line: search for them in Word or WPS',
  average: 'Average score',
  mostMissing: 'Most often missing',
  failedBecause: 'Failed because',
  notListed: (n) => `… ${n} more row(s) not listed (comment size limit); use --format html or sarif for everything.`,
  summaryText: (s) => {
    const avg = s.averageScore === null ? '' : `, average score ${s.averageScore}`;
    const most = s.mostMissing.length ? `; most often missing: ${s.mostMissing.map((m) => `${m.name} (${m.count})`).join(', ')}` : '';
    return `${s.reports} report(s) in ${s.files} file(s): ${s.passed} passed, ${s.failed} failed, ${s.notChecked} not checked${avg}${most}`;
  },
};

/** The label table for a language. */
/** A section's status as a cell text, thin sections marked. */
export function statusLabel(w: Words, status: SectionStatus, weak: boolean): string {
  return weak ? w.weakLabel(w.status[status]) : w.status[status];
}

export function wordsFor(lang: Lang): Words {
  return lang === 'en' ? en : zh;
}
