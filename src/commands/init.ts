/** `reportlint init`: writes a commented starter `.reportlintrc.yaml` in the working folder, never over an existing config. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_NAMES } from '../config/load.js';
import { UsageError } from '../errors.js';
import { wordsFor } from '../messages/words.js';
import { STARTER_CONFIG } from './starter.js';
import type { Command } from './types.js';

export const initCommand: Command = {
  command: 'init',
  describe: 'write a commented starter .reportlintrc.yaml here',
  builder: (y) => y,
  async run(_args, ctx) {
    const existing = CONFIG_NAMES.map((name) => join(ctx.cwd, name)).find((path) => existsSync(path));
    if (existing) {
      throw new UsageError(wordsFor(ctx.lang).notes.configExists(existing));
    }
    const path = join(ctx.cwd, CONFIG_NAMES[0]!);
    try {
      writeFileSync(path, STARTER_CONFIG, { flag: 'wx' }); // wx: never clobber a file that appeared meanwhile
    } catch (error) {
      throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    ctx.stdout(wordsFor(ctx.lang).notes.configWritten(path));
    return 0;
  },
};
