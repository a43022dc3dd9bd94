/**
 * Renders a finding's code and arguments as text in the user's language.
 * Findings stay data until here, so --lang is one switch (publint's formatMessage, ESLint's messageId).
 */
import type { Lang } from '../types.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type Args = Readonly<Record<string, string | number>>;
export type Catalog = Readonly<Record<string, (args: Args) => string>>;
/** Every message code, as the Chinese catalog defines them. */
export type Code = keyof typeof zh;

const catalogs: Record<Lang, Catalog> = { zh, en };

export function render(code: string, args: Args, lang: Lang): string {
  const text = catalogs[lang][code] ?? catalogs.zh[code];
  return text ? text(args) : `${code} ${JSON.stringify(args)}`;
}
