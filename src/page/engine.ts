/**
 * The checker as the page runs it: bytes of a dropped file -> the same load, check and similarity
 * steps the CLI runs (load/index.ts loadNamed, run.ts checkSource, similar/attach.ts), with the rule
 * sets and policy `reportlint page` embedded. No second engine: only the file reading differs.
 * Not the public API's `check` (src/api.ts): that runs engine/batch.ts, with worker threads and file
 * reads a browser does not have; these are the functions it calls for each file.
 */
import { loadNamed } from '../load/index.js';
import { checkSource, type CheckOptions } from '../run.js';
import { attachSimilar } from '../similar/attach.js';
import { similarOptions } from '../similar/options.js';
import { localDate } from '../config/policy.js';
import { toJsonObject } from '../format/json.js';
import type { RuleSet } from '../ruleset/types.js';
import type { FileResult, FormatContext, Lang, SourceText } from '../types.js';
import { reviveRuleSets, type PageData } from './data.js';

/** What the page shows for one file: the result, and the text it was checked on (for the marked-up view). */
export interface Checked {
  readonly result: FileResult;
  readonly source: SourceText | null;
}

/** Formats only the command line reads (pdfjs and LibreOffice would not fit a page, or a browser). */
export const CLI_ONLY = new Set(['.pdf', '.ofd', '.doc', '.wps', '.rtf', '.odt']);

export class PageEngine {
  readonly ruleSets: RuleSet[];
  private readonly options: CheckOptions;

  constructor(readonly data: PageData) {
    this.ruleSets = reviveRuleSets(data.ruleSets);
    const forced = data.ruleSet ? this.ruleSets.find((r) => r.id === data.ruleSet) : undefined;
    this.options = {
      ruleSets: this.ruleSets,
      ...(forced ? { forced } : {}),
      ...(data.minScore !== undefined ? { minScore: data.minScore } : {}),
    };
  }

  /** One file's bytes through the CLI's steps; `name` decides the format as a path's extension does. */
  async checkFile(name: string, bytes: Uint8Array, now = new Date()): Promise<Checked> {
    const loaded = await loadNamed(name, bytes, this.data.encoding ? { encoding: this.data.encoding } : {});
    if (!loaded.ok) return { result: { path: name, encoding: null, lineUnit: 'line', reports: [], errors: [loaded.error] }, source: null };
    const policy = this.policy(now);
    const options = policy ? { ...this.options, policy } : this.options;
    const result = checkSource(loaded.source, options);
    if (!this.data.similarEnabled || result.reports.length < 2) return { result, source: loaded.source };
    // A compilation: its reports are compared with each other, as the CLI does for one file.
    const [withPairs] = await attachSimilar([result], {
      options: similarOptions(this.data.similar ?? {}),
      loadSource: async () => loaded.source,
      ...(policy ? { policy } : {}),
    });
    return { result: withPairs!, source: loaded.source };
  }

  /** The results as `reportlint --format json` writes them. */
  json(results: readonly FileResult[], lang: Lang): unknown {
    return toJsonObject(results, this.context(lang));
  }

  context(lang: Lang): FormatContext {
    return { cwd: '/', lang, color: false, version: this.data.version, quiet: false, ruleSets: this.ruleSets };
  }

  /** The embedded policy; a waiver's `until` is judged by the day the page is used, not the day it was built. */
  private policy(now: Date) {
    const p = this.data.policy;
    if (!p?.waivers) return p;
    // A dropped file has a name but no folder: waiver globs are matched against its name.
    return { ...p, today: localDate(now), cwd: '/', dir: '/' };
  }
}
