/** The page's own words in both languages (findings and verdict reasons come from messages/, as in the CLI). */
import type { Lang } from '../types.js';

export interface Labels {
  readonly title: string;
  /** Shown until the page's script runs (it never does with JavaScript off). */
  readonly needsScript: string;
  readonly privacy: string;
  readonly rulesBuiltIn: string;
  readonly rulesOffice: (config: string) => string;
  readonly drop: string;
  readonly choose: string;
  readonly accepts: string;
  readonly paste: string;
  readonly pasteButton: string;
  readonly pasteName: string;
  readonly checking: string;
  readonly cliOnly: (ext: string) => string;
  readonly print: string;
  readonly switchLang: string;
  readonly file: string;
  readonly reports: (n: number) => string;
  readonly noReports: string;
  readonly ruleSet: string;
  readonly score: string;
  readonly passMark: string;
  readonly verdictPass: string;
  readonly verdictFail: string;
  readonly notChecked: string;
  readonly checklist: string;
  readonly part: string;
  readonly status: string;
  readonly where: string;
  readonly evidence: string;
  readonly decidingWords: string;
  readonly whatToAdd: string;
  readonly example: string;
  readonly required: string;
  readonly recommended: string;
  readonly status3: { readonly section: string; readonly mention: string; readonly missing: string };
  readonly weak: string;
  readonly noFigures: string;
  readonly toc: string;
  readonly tables: string;
  readonly other: string;
  readonly none: string;
  readonly text: string;
  readonly textHint: string;
  readonly line: (unit: string, n: number) => string;
  readonly fileProblems: string;
  readonly severities: { readonly error: string; readonly warning: string; readonly info: string };
  readonly waived: (reason: string) => string;
  readonly checkedIn: (ms: number) => string;
  readonly failed: (why: string) => string;
}

const zh: Labels = {
  title: '工作报告检查工具',
  needsScript: '本页面需要启用 JavaScript。',
  privacy: '文件只在本机检查，不会上传到任何地方；本页面离线即可使用。',
  rulesBuiltIn: '检查规则：reportlint 内置规则集',
  rulesOffice: (c) => `检查规则：本单位规则（${c}）`,
  drop: '把 Word 文件（.docx）或文本文件拖到这里',
  choose: '选择文件',
  accepts: '可检查 .docx、.txt（UTF-8 或 GBK）、.md、.html。PDF、OFD、.doc 请用命令行检查。',
  paste: '或粘贴报告全文',
  pasteButton: '检查粘贴的文本',
  pasteName: '粘贴的文本.txt',
  checking: '正在检查…',
  cliOnly: (ext) => `本页面不能读取 ${ext} 文件，请用命令行检查 PDF、OFD 和 .doc 文件（reportlint 文件名），或在 WPS/Word 中另存为 .docx 后再拖入。`,
  print: '打印结果',
  switchLang: 'English',
  file: '文件',
  reports: (n) => `找到 ${n} 篇报告`,
  noReports: '没有找到可以检查的报告。',
  ruleSet: '规则集',
  score: '得分',
  passMark: '及格线',
  verdictPass: '通过',
  verdictFail: '未通过',
  notChecked: '未检查（没有适用的规则集）',
  checklist: '检查清单',
  part: '部分',
  status: '情况',
  where: '位置',
  evidence: '依据',
  decidingWords: '判定用语',
  whatToAdd: '应补充',
  example: '示例',
  required: '必需',
  recommended: '建议',
  status3: { section: '有标题', mention: '仅提及', missing: '缺少' },
  weak: '内容单薄',
  noFigures: '缺少具体数据',
  toc: '目录',
  tables: '表格',
  other: '其他问题',
  none: '无',
  text: '报告原文',
  textHint: '标题按层级缩进；有问题的行已标出，并写明应补充的内容。',
  line: (unit, n) => `第 ${n} ${unit === 'paragraph' ? '段' : '行'}`,
  fileProblems: '文件问题',
  severities: { error: '错误', warning: '警告', info: '提示' },
  waived: (r) => `（已豁免：${r}）`,
  checkedIn: (ms) => `检查用时 ${ms} 毫秒`,
  failed: (why) => why,
};

const en: Labels = {
  title: 'Work report checker',
  needsScript: 'This page needs JavaScript.',
  privacy: 'Files are checked on this computer and never uploaded; this page works offline.',
  rulesBuiltIn: 'Rules: reportlint\'s built-in rule sets',
  rulesOffice: (c) => `Rules: this office's rules (${c})`,
  drop: 'Drop a Word file (.docx) or a text file here',
  choose: 'Choose a file',
  accepts: 'Reads .docx, .txt (UTF-8 or GBK), .md and .html. Check PDF, OFD and .doc with the command line.',
  paste: 'Or paste the report\'s text',
  pasteButton: 'Check the pasted text',
  pasteName: 'pasted text.txt',
  checking: 'Checking…',
  cliOnly: (ext) => `This page cannot read ${ext} files: check PDF, OFD and .doc files with the command line (reportlint FILE), or save the file as .docx in WPS/Word and drop that.`,
  print: 'Print the results',
  switchLang: '中文',
  file: 'File',
  reports: (n) => `${n} report${n === 1 ? '' : 's'} found`,
  noReports: 'No report to check was found.',
  ruleSet: 'Rule set',
  score: 'Score',
  passMark: 'pass mark',
  verdictPass: 'Passed',
  verdictFail: 'Failed',
  notChecked: 'Not checked (no rule set applies)',
  checklist: 'Checklist',
  part: 'Part',
  status: 'Status',
  where: 'Where',
  evidence: 'Evidence',
  decidingWords: 'deciding words',
  whatToAdd: 'Add',
  example: 'Example',
  required: 'required',
  recommended: 'recommended',
  status3: { section: 'has a heading', mention: 'only mentioned', missing: 'missing' },
  weak: 'thin',
  noFigures: 'no figures',
  toc: 'Table of contents',
  tables: 'Tables',
  other: 'Other findings',
  none: 'none',
  text: 'The report\'s text',
  textHint: 'Headings are indented by level; lines with findings are marked, with what to add.',
  line: (unit, n) => `${unit === 'paragraph' ? 'paragraph' : 'line'} ${n}`,
  fileProblems: 'Problems with the file',
  severities: { error: 'error', warning: 'warning', info: 'info' },
  waived: (r) => ` (waived: ${r})`,
  checkedIn: (ms) => `checked in ${ms} ms`,
  failed: (why) => why,
};

export function labelsFor(lang: Lang): Labels {
  return lang === 'en' ? en : zh;
}
