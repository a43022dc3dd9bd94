/** The shape every subcommand module has: yargs registration plus a run that returns an exit code. */
import type { Argv } from 'yargs';
import type { Config } from '../config/index.js';
import type { RuleSet } from '../ruleset/types.js';
import type { Lang } from '../types.js';

/** What a subcommand may use; config and rule sets load only when it asks. */
export interface CommandContext {
  readonly cwd: string;
  readonly lang: Lang;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly config: () => Config | null;
  readonly ruleSets: () => RuleSet[];
  /** reportlint's version, for what a command writes (page). */
  readonly version?: string;
}

export interface Command {
  /** yargs command string, e.g. `init` or `rules`. */
  readonly command: string;
  readonly describe: string;
  readonly builder: (y: Argv) => Argv;
  readonly run: (args: Readonly<Record<string, unknown>>, ctx: CommandContext) => Promise<number>;
}
