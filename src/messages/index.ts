/**
 * Renders a finding's code and arguments as text in the user's language.
 * Findings stay data until here, so --lang is one switch (publint's formatMessage, ESLint's messageId).
 */
import type { Lang } from '../types.js';
import { en } from './en.js';
import { zh } from './zh.js';

import type { Args } from './types.js';

export type { Args, Catalog, Code, MessageArgs } from './types.js';

/**
 * The catalogs as render uses them: a result's code and arguments are data (read back from JSON or
 * the cache, cloned from a worker), checked by the compiler where they are made, not here.
 */
const catalogs = { zh, en } as unknown as Record<Lang, Readonly<Record<string, ((args: Args) => string) | undefined>>>;

export function render(code: string, args: Args, lang: Lang): string {
  const text = Object.hasOwn(catalogs[lang], code) ? catalogs[lang][code] : Object.hasOwn(catalogs.zh, code) ? catalogs.zh[code] : undefined;
  return text ? text(args) : `${code} ${JSON.stringify(args)}`;
}
