/** `reportlint init`: writes a commented starter `.reportlintrc.yaml` in the working folder, never over an existing config. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_NAMES } from '../config/load.js';
import { UsageError } from '../errors.js';
import { STARTER_CONFIG } from './starter.js';
import type { Command } from './types.js';

export const initCommand: Command = {
  command: 'init',
  describe: 'write a commented starter .reportlintrc.yaml here',
  builder: (y) => y,
  async run(_args, ctx) {
    const existing = CONFIG_NAMES.map((name) => join(ctx.cwd, name)).find((path) => existsSync(path));
    if (existing) {
      throw new UsageError(
        ctx.lang === 'en'
          ? `${existing} already exists; not overwriting it (edit it, or delete it and run init again)`
          : `${existing} 已存在，未覆盖（请直接编辑，或删除后重新运行 init）`,
      );
    }
    const path = join(ctx.cwd, CONFIG_NAMES[0]!);
    try {
      writeFileSync(path, STARTER_CONFIG, { flag: 'wx' }); // wx: never clobber a file that appeared meanwhile
    } catch (error) {
      throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    ctx.stdout(ctx.lang === 'en' ? `Wrote ${path}\n` : `已创建 ${path}\n`);
    return 0;
  },
};
