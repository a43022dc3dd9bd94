/**
 * Both catalogs have every code and read the same arguments for it (issue 15). The compiler checks
 * the codes and that each text reads only its code's arguments (messages/types.ts); this checks
 * that zh and en read the same ones, so neither language drops a figure or a name the other shows.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { zh } from '../../src/messages/zh.js';
import type { Catalog } from '../../src/messages/types.js';

/** The arguments a text reads, `nameEn`/`hintEn` counted as `name`/`hint` (each language its own words). */
function reads(catalog: Catalog, code: keyof Catalog, values: (key: string) => string | number): string[] {
  const seen = new Set<string>();
  const args = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? (seen.add(key.replace(/En$/u, '')), values(key)) : undefined) });
  (catalog[code] as (a: unknown) => string)(args);
  return [...seen].sort();
}

describe('message catalogs', () => {
  it('have the same codes', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  // Texts with a choice (skippedFile by reason, sectionOnlyMentioned by words) read different
  // arguments on each branch: every branch is taken once.
  const branches: readonly ((key: string) => string | number)[] = [
    (key) => `${key}-value`,
    (key) => (key === 'reason' ? 'lockFile' : key === 'words' ? '' : 1),
    (key) => (key === 'reason' ? 'linkedFolder' : 0),
  ];
  it.each(Object.keys(zh) as (keyof Catalog)[])('%s reads the same arguments in zh and en', (code) => {
    for (const values of branches) expect(reads(en, code, values)).toEqual(reads(zh, code, values));
  });
});

describe('--help texts', () => {
  it('has every option in both languages', async () => {
    const { OPTIONS_ZH, optionsEn } = await import('../../src/messages/help.js');
    expect(Object.keys(OPTIONS_ZH).sort()).toEqual(Object.keys(optionsEn([])).sort());
  });
});
