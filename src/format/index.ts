/**
 * Formatter registry: a name -> a lazily imported `(results, ctx) => string`, and for the formats
 * that can write as results arrive, their `stream` form. Adding a format is one file plus one line
 * here; heavy ones load only when chosen.
 */
import type { Formatter, StreamFormat } from '../types.js';

interface FormatModule {
  readonly default: Formatter;
  readonly stream?: StreamFormat;
}

const registry: Record<string, () => Promise<FormatModule>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  junit: () => import('./junit.js'),
  github: () => import('./github.js'),
  markdown: () => import('./markdown.js'),
  csv: () => import('./csv.js'),
  html: () => import('./html.js'),
};

/**
 * Where a format's module is, for a worker thread that writes files itself: the engine is handed
 * this URL and imports it, so it never depends on format/ (the stages and the engine sit below it).
 */
export function formatModuleUrl(name: string): string {
  if (!registry[name]) throw new Error(`unknown format ${name}`);
  return new URL(`./${name}.js`, import.meta.url).href;
}

export const FORMAT_NAMES = Object.keys(registry);

export async function loadFormatter(name: string): Promise<Formatter> {
  return (await loadFormat(name)).default;
}

/** The formatter and, when it has one, its streaming form. */
export async function loadFormat(name: string): Promise<FormatModule> {
  const load = registry[name];
  if (!load) throw new Error(`unknown format ${name}`);
  return load();
}
