/**
 * The yargs command line: options, help in two languages, subcommands and strict checking. Loaded
 * only when the plain reader (commands/check-argv.ts) declines an argv, as yargs and its help
 * machinery cost about half of a one-report run's start-up.
 */
import yargs from 'yargs';
import { UsageError } from './errors.js';
import { FORMAT_NAMES } from './format/index.js';
import { explainCommand } from './commands/explain.js';
import { initCommand } from './commands/init.js';
import { rulesCommand } from './commands/rules.js';
import { templateCommand } from './commands/template.js';
import { pageCommand } from './commands/page.js';
import type { Command } from './commands/types.js';
import { COMMANDS_ZH, EPILOGUE, EXAMPLES, helpLang, OPTIONS_ZH, USAGE, YARGS_LOCALE } from './help-text.js';
import type { Lang } from './types.js';

/** Subcommands besides the default check; each is also registered with .command() in parser(). */
export const COMMANDS: readonly Command[] = [initCommand, rulesCommand, explainCommand, templateCommand, pageCommand];

/** The parser, its help in `lang` (help-text.ts). */
export function parser(argv: readonly string[], lang: Lang, version: string) {
  const zh = lang === 'zh';
  const about = (c: Command) => (zh ? (COMMANDS_ZH[c.command.split(' ')[0]!] ?? c.describe) : c.describe);
  return yargs([...argv])
    .scriptName('reportlint')
    .locale(YARGS_LOCALE[lang])
    .usage(USAGE[lang])
    .command('$0 [paths..]', zh ? '检查报告' : 'check reports', (y) =>
      y.positional('paths', { describe: zh ? '文件、文件夹、glob，或 - 表示标准输入' : 'files, folders, globs, or - for stdin', type: 'string', array: true }),
    )
    .command(initCommand.command, about(initCommand), initCommand.builder)
    .command(rulesCommand.command, about(rulesCommand), rulesCommand.builder)
    .command(explainCommand.command, about(explainCommand), explainCommand.builder)
    .command(templateCommand.command, about(templateCommand), templateCommand.builder)
    .command(pageCommand.command, about(pageCommand), pageCommand.builder)
    .option('rules', { type: 'string', array: true, describe: 'add rule sets from a YAML file or folder (repeatable)' })
    .option('rule-set', { type: 'string', describe: 'check every report with this rule set id' })
    .option('format', { alias: 'f', type: 'string', describe: `output format (default stylish): ${FORMAT_NAMES.join(', ')}` })
    .option('output-file', { alias: 'o', type: 'string', describe: 'write the output to this file (atomically) instead of stdout' })
    .option('min-score', { type: 'number', describe: 'pass mark 0-100, overriding the rule sets\'' })
    .option('max-warnings', { type: 'number', describe: 'fail (exit 1) when the checked reports have more warnings than this' })
    .option('severity', { type: 'string', array: true, describe: 'a check\'s severity, e.g. placeholder=error, sectionWeak=off (repeatable): off, info, warning, error' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'report errors only' })
    .option('lang', { choices: ['zh', 'en'] as const, describe: 'message language (default zh)' })
    .option('encoding', { type: 'string', describe: 'text encoding instead of detecting it (utf-8, gb18030, utf-16le …)' })
    .option('color', { type: 'boolean', describe: 'force colour on or off' })
    .option('similar', { type: 'boolean', default: true, describe: 'find reports that share their text (内容雷同); --no-similar skips it' })
    .option('similar-threshold', { type: 'number', describe: 'share 0-1 of the shorter report found in the other that makes a similar pair (default 0.5)' })
    .option('baseline', { type: 'string', array: true, describe: 'also compare each report with these (e.g. last year\'s reports): files, folders, globs' })
    .option('config', { type: 'string', describe: 'use this config file; --no-config uses none (default: the nearest .reportlintrc.yaml, reportlint.config.yaml or package.json "reportlint" key)' })
    .option('concurrency', { type: 'string', default: 'auto', describe: 'worker threads: a number, auto (one per core for big batches) or off' })
    .option('cache', { type: 'boolean', default: false, describe: 'only check files changed since the last --cache run' })
    .option('ignore-pattern', { type: 'string', array: true, describe: 'skip files that folders and globs turn up matching this gitignore-style pattern (repeatable); also read: .reportlintignore, the config\'s ignore' })
    .option('stdin-filename', { type: 'string', describe: 'the name standard input (-) is checked and reported under; its extension picks the format (.md)' })
    .option('print-config', { type: 'string', describe: 'print the settings that apply to this file (config, flags, ignore patterns) as JSON, and exit' })
    .option('cache-location', { type: 'string', default: '.reportlintcache', describe: 'cache file, or a folder to keep .reportlintcache in' })
    .example([...EXAMPLES[lang]])
    .epilogue(EPILOGUE[lang])
    .describe(zh ? OPTIONS_ZH : {})
    .version(version)
    .help()
    .strict()
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
}

export { helpLang, initCommand };
