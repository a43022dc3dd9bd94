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
import { CHECK_COMMAND, COMMANDS_ZH, EPILOGUE, EXAMPLES, helpLang, optionsEn, OPTIONS_ZH, PATHS, USAGE, YARGS_LOCALE } from './messages/help.js';
import type { Lang } from './types.js';

/** Subcommands besides the default check; each is also registered with .command() in parser(). */
export const COMMANDS: readonly Command[] = [initCommand, rulesCommand, explainCommand, templateCommand, pageCommand];

/** The parser, its help in `lang` (messages/help.ts). */
export function parser(argv: readonly string[], lang: Lang, version: string) {
  const zh = lang === 'zh';
  const about = (c: Command) => (zh ? (COMMANDS_ZH[c.command.split(' ')[0]!] ?? c.describe) : c.describe);
  return yargs([...argv])
    .scriptName('reportlint')
    .locale(YARGS_LOCALE[lang])
    .usage(USAGE[lang])
    .command('$0 [paths..]', CHECK_COMMAND[lang], (y) =>
      y.positional('paths', { describe: PATHS[lang], type: 'string', array: true }),
    )
    .command(initCommand.command, about(initCommand), initCommand.builder)
    .command(rulesCommand.command, about(rulesCommand), rulesCommand.builder)
    .command(explainCommand.command, about(explainCommand), explainCommand.builder)
    .command(templateCommand.command, about(templateCommand), templateCommand.builder)
    .command(pageCommand.command, about(pageCommand), pageCommand.builder)
    .option('rules', { type: 'string', array: true })
    .option('rule-set', { type: 'string' })
    .option('format', { alias: 'f', type: 'string' })
    .option('output-file', { alias: 'o', type: 'string' })
    .option('min-score', { type: 'number' })
    .option('max-warnings', { type: 'number' })
    .option('severity', { type: 'string', array: true })
    .option('quiet', { alias: 'q', type: 'boolean', default: false })
    .option('lang', { choices: ['zh', 'en'] as const })
    .option('encoding', { type: 'string' })
    .option('color', { type: 'boolean' })
    .option('similar', { type: 'boolean', default: true })
    .option('similar-threshold', { type: 'number' })
    .option('baseline', { type: 'string', array: true })
    .option('config', { type: 'string' })
    .option('concurrency', { type: 'string', default: 'auto' })
    .option('cache', { type: 'boolean', default: false })
    .option('ignore-pattern', { type: 'string', array: true })
    .option('stdin-filename', { type: 'string' })
    .option('print-config', { type: 'string' })
    .option('cache-location', { type: 'string', default: '.reportlintcache' })
    .example([...EXAMPLES[lang]])
    .epilogue(EPILOGUE[lang])
    .describe(zh ? OPTIONS_ZH : optionsEn(FORMAT_NAMES))
    .version(version)
    .help()
    .strict()
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
}

export { helpLang, initCommand };
