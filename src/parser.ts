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
import { CHECK_OPTIONS } from './commands/check-argv.js';
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
    .options(CHECK_OPTIONS)
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
