/**
 * --help in the user's language (issue 13): Chinese by default, English with --lang en or an English
 * locale. cli.ts keeps the English option texts where the options are defined; this file holds the
 * Chinese ones, the examples and the epilogue in both languages.
 */
import type { Lang } from '../types.js';

/** --lang on the command line, else the locale (LC_ALL, LC_MESSAGES, LANG): en_US.UTF-8 is English, anything else Chinese. */
export function helpLang(argv: readonly string[], locale: string | undefined): Lang {
  const i = argv.indexOf('--lang');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  if (flag === 'en' || flag === 'zh') return flag;
  return locale && /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'zh';
}

/** yargs' own words (Options, Show help, [string] …) in the same language. */
export const YARGS_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en' };

export const USAGE: Record<Lang, string> = {
  zh: '$0 [路径..]\n\n检查政务公开工作总结、政府信息公开工作年度报告等政府报告是否覆盖规定内容。',
  en: '$0 [paths..]\n\nChecks Chinese government reports (政务公开工作总结, 年度报告 …) against YAML checklists.',
};

export const EPILOGUE: Record<Lang, string> = {
  zh: '退出码：0 所有已检查的报告都通过；1 有报告未通过（或警告超过 --max-warnings）；2 用法、规则集或配置错误，文件无法读取，或没有检查任何报告。',
  en: 'Exit codes: 0 every checked report passes, 1 some report fails (or more warnings than --max-warnings), 2 usage, rule-set, config or input error, or no report checked at all.',
};

/** Chinese option texts by option name; English ones stay beside the options in cli.ts. */
export const OPTIONS_ZH: Readonly<Record<string, string>> = {
  rules: '从 YAML 文件或文件夹添加规则集（可重复）',
  'rule-set': '所有报告都用此规则集检查',
  format: '输出格式（默认 stylish）：stylish, json, sarif, junit, github, markdown, csv, html',
  'output-file': '把结果写入此文件（原子写入），而不是标准输出',
  'min-score': '及格分 0-100，覆盖各规则集的设置',
  'max-warnings': '已检查报告的警告超过此数时以 1 退出',
  severity: '设置某项检查的级别，如 placeholder=error、sectionWeak=off（可重复）：off, info, warning, error',
  quiet: '只报告错误',
  lang: '消息语言（默认 zh）',
  encoding: '指定文本编码，不自动检测（utf-8, gb18030, utf-16le …）',
  color: '强制开启或关闭颜色',
  similar: '查找内容雷同的报告；--no-similar 跳过',
  'similar-threshold': '较短一篇有此比例（0-1）见于另一篇即判为雷同（默认 0.5）',
  baseline: '同时与这些报告（如上年报告）比对：文件、文件夹或 glob',
  config: '使用此配置文件；--no-config 不用配置（默认：最近的 .reportlintrc.yaml、reportlint.config.yaml 或 package.json 的 "reportlint" 键）',
  concurrency: '工作线程：数字、auto（大批量时每核一个）或 off',
  cache: '只检查上次 --cache 运行后改动过的文件',
  'cache-location': '缓存文件，或存放 .reportlintcache 的文件夹',
  'ignore-pattern': '跳过文件夹和 glob 找到的、符合此 gitignore 式模式的文件（可重复）；另读取 .reportlintignore 和配置中的 ignore',
  'stdin-filename': '标准输入（-）检查和报告时使用的文件名；扩展名决定格式（.md）',
  'print-config': '以 JSON 打印适用于此文件的设置（配置、命令行选项、忽略模式）后退出',
};

/** Chinese texts of the subcommands, by their name. */
export const COMMANDS_ZH: Readonly<Record<string, string>> = {
  init: '在当前文件夹写一个带注释的 .reportlintrc.yaml',
  rules: '列出、查看或校验规则集',
  explain: '某规则集（或其中一部分）要求写什么，附示例提纲',
  template: '输出包含规则集各部分的报告框架',
  page: '生成离线检查页面（一个 HTML 文件，含本单位规则），供不用命令行的同事使用',
};

export const EXAMPLES: Record<Lang, readonly [string, string][]> = {
  zh: [
    ['$0 总结.txt', '检查一篇报告'],
    ['$0 汇编.txt --format json', '检查一份汇编，机器可读输出'],
    ['$0 reports/ --min-score 80', '批量评分一个文件夹，提高及格线'],
    ['$0 reports/ --severity placeholder=error --max-warnings 0', '作为 CI 关卡：有占位符或警告即不通过'],
    ['$0 "reports/**/*.md" --lang en', 'glob，英文消息'],
    ['cat 草稿.txt | $0 -', '检查标准输入'],
    ['$0 init', '写一个带注释的 .reportlintrc.yaml'],
    ['$0 rules show zwgk-summary', '规则集的各部分、权重和提示'],
    ['$0 explain zwgk-summary plans', '某部分要求写什么，附示例提纲'],
    ['$0 template zfxxgk-annual > 年度报告.txt', '报告框架，供起草使用'],
  ],
  en: [
    ['$0 总结.txt', 'check one report'],
    ['$0 汇编.txt --format json', 'check a compilation, machine-readable'],
    ['$0 reports/ --min-score 80', 'grade a folder with a stricter pass mark'],
    ['$0 reports/ --severity placeholder=error --max-warnings 0', 'a CI gate: fail on any placeholder or warning'],
    ['$0 "reports/**/*.md" --lang en', 'glob, English messages'],
    ['cat 草稿.txt | $0 -', 'check standard input'],
    ['$0 init', 'write a commented starter .reportlintrc.yaml'],
    ['$0 rules show zwgk-summary', "a rule set's sections, weights and hints"],
    ['$0 explain zwgk-summary plans', 'what a section needs, with an example outline'],
    ['$0 template zfxxgk-annual > 年度报告.txt', 'a skeleton report to start from'],
  ],
};

/** The default command and its positional argument, in both languages. */
export const CHECK_COMMAND: Readonly<Record<Lang, string>> = { zh: '检查报告', en: 'check reports' };
export const PATHS: Readonly<Record<Lang, string>> = { zh: '文件、文件夹、glob，或 - 表示标准输入', en: 'files, folders, globs, or - for stdin' };

/** The options' English texts (the Chinese ones are OPTIONS_ZH); `formats` are the --format names. */
export function optionsEn(formats: readonly string[]): Readonly<Record<string, string>> {
  return {
    'rules': 'add rule sets from a YAML file or folder (repeatable)',
    'rule-set': 'check every report with this rule set id',
    'format': `output format (default stylish): ${formats.join(', ')}`,
    'output-file': 'write the output to this file (atomically) instead of stdout',
    'min-score': 'pass mark 0-100, overriding the rule sets\'',
    'max-warnings': 'fail (exit 1) when the checked reports have more warnings than this',
    'severity': 'a check\'s severity, e.g. placeholder=error, sectionWeak=off (repeatable): off, info, warning, error',
    'quiet': 'report errors only',
    'lang': 'message language (default zh)',
    'encoding': 'text encoding instead of detecting it (utf-8, gb18030, utf-16le …)',
    'color': 'force colour on or off',
    'similar': 'find reports that share their text (内容雷同); --no-similar skips it',
    'similar-threshold': 'share 0-1 of the shorter report found in the other that makes a similar pair (default 0.5)',
    'baseline': 'also compare each report with these (e.g. last year\'s reports): files, folders, globs',
    'config': 'use this config file; --no-config uses none (default: the nearest .reportlintrc.yaml, reportlint.config.yaml or package.json "reportlint" key)',
    'concurrency': 'worker threads: a number, auto (one per core for big batches) or off',
    'cache': 'only check files changed since the last --cache run',
    'ignore-pattern': 'skip files that folders and globs turn up matching this gitignore-style pattern (repeatable); also read: .reportlintignore, the config\'s ignore',
    'stdin-filename': 'the name standard input (-) is checked and reported under; its extension picks the format (.md)',
    'print-config': 'print the settings that apply to this file (config, flags, ignore patterns) as JSON, and exit',
    'cache-location': 'cache file, or a folder to keep .reportlintcache in',
  };
}
