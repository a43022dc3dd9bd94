/**
 * `reportlint page [-o 检查工具.html]`: writes the offline checking page, one HTML file with the
 * engine (bundled at build time into dist/page/page.js), and the rule sets and policy this project's
 * config gives the CLI, so an office hands its clerks a page that checks by the office's own rules.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildPolicy, localDate } from '../config/policy.js';
import { UsageError } from '../errors.js';
import { wordsFor } from '../messages/words.js';
import { writeOutputFile } from '../output-file.js';
import { ruleSetsJson, type PageData } from '../page/data.js';
import { pageHtml } from '../page/html.js';
import type { Command } from './types.js';

/** The page's script, built by `npm run build` (scripts/build-page.mjs); the same path from src/ and dist/. */
const BUNDLE = new URL('../../dist/page/page.js', import.meta.url);
export const DEFAULT_PAGE = '检查工具.html';

export const pageCommand: Command = {
  command: 'page',
  describe: 'write the offline checking page (one HTML file, this project\'s rule sets inside) for people without a terminal',
  builder: (y) => y,
  async run(args, ctx) {
    let script: string;
    try {
      script = readFileSync(BUNDLE, 'utf8');
    } catch {
      throw new UsageError(`the page's script ${BUNDLE.pathname} is missing: run "npm run build" first`);
    }
    const config = ctx.config();
    const spec = config?.spec ?? {};
    const ruleSets = ctx.ruleSets();
    const ruleSet = (args['rule-set'] as string | undefined) ?? spec.ruleSet;
    if (ruleSet && !ruleSets.some((r) => r.id === ruleSet)) throw new UsageError(`unknown rule set "${ruleSet}"; known: ${ruleSets.map((r) => r.id).join(', ')}`);
    const minScore = (args['min-score'] as number | undefined) ?? spec.minScore;
    if (minScore !== undefined && !(minScore >= 0 && minScore <= 100)) throw new UsageError('--min-score must be between 0 and 100');
    // Waivers' `until` dates are judged again by the page on the day it is used (page/engine.ts).
    const policy = buildPolicy(config, (args.severity as string[] | undefined) ?? [], ruleSets, ctx.cwd, localDate(new Date()));
    const encoding = (args.encoding as string | undefined) ?? spec.encoding;
    const data: PageData = {
      version: ctx.version ?? '',
      configName: config ? basename(config.file) : (args.rules as string[] | undefined)?.length ? '--rules' : null,
      ruleSets: ruleSetsJson(ruleSets),
      ...(policy ? { policy } : {}),
      ...(minScore !== undefined ? { minScore } : {}),
      ...(ruleSet ? { ruleSet } : {}),
      lang: ctx.lang,
      ...(encoding ? { encoding } : {}),
      ...(spec.similar ? { similar: spec.similar } : {}),
      similarEnabled: args.similar !== false,
    };
    const out = (args['output-file'] as string | undefined) ?? DEFAULT_PAGE;
    writeOutputFile(out, pageHtml(data, script), ctx.cwd);
    ctx.stderr(wordsFor(ctx.lang).notes.pageWritten(out));
    return 0;
  },
};
