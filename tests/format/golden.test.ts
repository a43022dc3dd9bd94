/** Golden files: every format on the hand-written results; update with `npx vitest run tests/format -u` and review the diff. */
import { describe, expect, it } from 'vitest';
import { loadFormatter } from '../../src/format/index.js';
import { FORMATS, goldenContext, goldenResults, similarResults } from './input.js';

describe('golden output', () => {
  for (const [name, ext] of Object.entries(FORMATS)) {
    it(`${name} matches tests/golden/format/${name}.${ext}`, async () => {
      const format = await loadFormatter(name);
      await expect(format(goldenResults(), goldenContext())).toMatchFileSnapshot(`../golden/format/${name}.${ext}`);
    });
  }

  // Every failed report says why, from one place (issue 13): the terminal and JSON forms too, in both languages.
  for (const [name, ext] of [['stylish', 'txt'], ['json', 'json']] as const) {
    for (const lang of ['zh', 'en'] as const) {
      const file = `${name}${lang === 'en' ? '-en' : ''}.${ext}`;
      it(`${name} (${lang}) matches tests/golden/format/${file}`, async () => {
        const format = await loadFormatter(name);
        await expect(format(goldenResults(), goldenContext(lang))).toMatchFileSnapshot(`../golden/format/${file}`);
      });
    }
  }

  // The same in English (issue 13: every failed report's reason in both languages); html-en is below.
  for (const [name, ext] of Object.entries(FORMATS).filter(([n]) => n !== 'html')) {
    it(`${name} in English matches tests/golden/format/${name}-en.${ext}`, async () => {
      const format = await loadFormatter(name);
      await expect(format(goldenResults(), goldenContext('en'))).toMatchFileSnapshot(`../golden/format/${name}-en.${ext}`);
    });
  }

  it('html in English matches its golden', async () => {
    const format = await loadFormatter('html');
    await expect(format(goldenResults(), goldenContext('en'))).toMatchFileSnapshot('../golden/format/html-en.html');
  });

  // The similarity pass's output (issue 7), in the formats that show more of it than its messages.
  for (const name of ['sarif', 'html', 'markdown'] as const) {
    const ext = FORMATS[name];
    it(`${name} with similar reports matches tests/golden/format/${name}-similar.${ext}`, async () => {
      const format = await loadFormatter(name);
      await expect(format(similarResults(), goldenContext())).toMatchFileSnapshot(`../golden/format/${name}-similar.${ext}`);
    });
  }

  it('formatters are pure: the same input gives the same text', async () => {
    for (const name of Object.keys(FORMATS)) {
      const format = await loadFormatter(name);
      expect(format(goldenResults(), goldenContext())).toBe(format(goldenResults(), goldenContext()));
    }
  });
});
