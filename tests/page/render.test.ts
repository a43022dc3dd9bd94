/** The page's HTML for a checked file (src/page/render.ts), without a browser: it is a pure string. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRuleSets } from '../../src/config/index.js';
import { ruleSetsJson } from '../../src/page/data.js';
import { PageEngine } from '../../src/page/engine.js';
import { renderFile } from '../../src/page/render.js';

const engine = new PageEngine({ version: '0', configName: null, ruleSets: ruleSetsJson(collectRuleSets(null, [], process.cwd())), lang: 'zh', similarEnabled: true });

async function page(name: string, bytes: Uint8Array, lang: 'zh' | 'en' = 'zh') {
  return renderFile(await engine.checkFile(name, bytes), engine.context(lang));
}

describe('the page\'s rendering of a result', () => {
  it('lists every section of the checklist, with advice and an example for a missing one', async () => {
    const html = await page('草稿.txt', readFileSync(resolve('samples/草稿-缺少部分内容.txt')));
    expect(html.match(/<tr class="st-/g)).toHaveLength(7);
    const row = /<tr class="st-missing" data-section="onRequest">.*?<\/tr>/s.exec(html)![0];
    expect(row).toContain('应补充');
    expect(row).toContain('<details><summary>示例</summary>');
    expect(html).toContain('data-verdict="fail"');
    // Every line of the report is in the text view, with its anchor.
    expect(html.match(/<div class="ln[^"]*" id="L\d+"/g)).toHaveLength(16);
  });

  it('escapes the report\'s own text', async () => {
    const text = '某县<script>alert(1)</script>2024年政务公开工作总结\n\n一、主动公开情况\n全年公开信息<b>12</b>条。\n';
    const html = await page('x.txt', new TextEncoder().encode(text));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>12');
    expect(html).toContain('&lt;script&gt;');
  });

  it('lists a compilation\'s reports at the top, linked to each', async () => {
    const html = await page('汇编.txt', readFileSync(resolve('samples/政务公开工作总结汇编.txt')), 'en');
    expect(html.match(/<li class="(pass|fail)"><a href="#report-\d">/g)).toHaveLength(3);
    expect(html).toContain('3 reports found');
  });

  it('says what is wrong with a file it cannot read', async () => {
    const html = await page('坏.docx', new TextEncoder().encode('not a zip'));
    expect(html).toContain('class="file-problems"');
    expect(html).not.toContain('class="report');
  });
});
