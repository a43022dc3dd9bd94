/**
 * Formatter registry: a name -> a lazily imported `(results, ctx) => string`.
 * Adding a format is one file plus one line here; heavy ones load only when chosen.
 */
import type { Formatter } from '../types.js';

const registry: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  junit: () => import('./junit.js'),
  github: () => import('./github.js'),
  markdown: () => import('./markdown.js'),
  csv: () => import('./csv.js'),
  html: () => import('./html.js'),
};

export const FORMAT_NAMES = Object.keys(registry);

export async function loadFormatter(name: string): Promise<Formatter> {
  const load = registry[name];
  if (!load) throw new Error(`unknown format ${name}`);
  return (await load()).default;
}
