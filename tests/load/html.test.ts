/** Web pages: charset, the report's main text among the site's furniture, its title, headings and table rows. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/load/html.js';
import { declaredCharset, looksLikeHtml } from '../../src/load/html-charset.js';
import { loadStdin } from '../../src/load/index.js';
import type { SourceText } from '../../src/types.js';
import { encodeGbk } from '../helpers/gbk.js';
import { fromText, legacyPage, modernPage, reportText } from '../helpers/published.js';

const report = fromText(readFileSync(new URL('../fixtures/load/report.txt', import.meta.url), 'utf8').replace(/\r\n/g, '\n'));
const expected = reportText(report).trimEnd().split('\n');
const utf8 = (s: string) => new TextEncoder().encode(s);

function load(bytes: Uint8Array): SourceText {
  const loaded = loadHtml('page.html', bytes);
  if (!loaded.ok) throw new Error(loaded.error.code);
  return loaded.source;
}

describe('the report on a published page', () => {
  it('a modern portal page: the article alone, titled by its own heading, not the site', () => {
    const source = load(utf8(modernPage(report)));
    expect(source.lines).toEqual(expected);
    expect(source.lineUnit).toBe('extractedLine');
    expect(source.format).toBe('html');
  });

  it('an old GB2312 page laid out with tables, lines split by <br>', () => {
    const source = load(encodeGbk(legacyPage(report)));
    expect(source.encoding).toBe('gb18030');
    expect(source.lines).toEqual(expected);
  });

  it('no 当前位置, 索引号, 分享到, 打印 or 版权所有 line survives', () => {
    for (const page of [utf8(modernPage(report)), encodeGbk(legacyPage(report))]) {
      const text = load(page).lines.join('\n');
      for (const noise of ['当前位置', '索引号', '发布机构', '分享到', '打印', '版权所有', '热点新闻', '首页', '浏览次数']) expect(text).not.toContain(noise);
    }
  });

  it('takes the title from <title> (its report part) when no heading names the report', () => {
    const page = `<html><head><meta charset="utf-8"><title>青山县2024年政府信息公开工作年度报告 - 青山县人民政府</title></head><body>
      <div class="logo"><h1>青山县人民政府</h1></div><div class="content">${report.blocks.map((b) => `<p>${b as string}</p>`).join('')}</div></body></html>`;
    const source = load(utf8(page));
    expect(source.lines[0]).toBe('青山县2024年政府信息公开工作年度报告');
    expect(source.lines.slice(1)).toEqual(expected.slice(1));
  });

  it('<h2>-<h6> inside the article become heading hints, shallowest = level 1', () => {
    const page = `<html><head><meta charset="utf-8"><title>x</title></head><body><div class="article"><h1>某局2024年工作总结</h1>
      <h3>一、主要工作</h3><p>全年主动公开信息100条，按期答复申请3件，办结率100%。</p><h4>（一）平台建设</h4><p>优化专栏，更新政策文件12件，解读8件。</p></div></body></html>`;
    const source = load(utf8(page));
    expect(source.lines).toEqual(['某局2024年工作总结', '一、主要工作', '全年主动公开信息100条，按期答复申请3件，办结率100%。', '（一）平台建设', '优化专栏，更新政策文件12件，解读8件。']);
    expect(source.hints?.map((h) => h?.headingLevel)).toEqual([undefined, 1, undefined, 2, undefined]);
  });

  it('table rows keep their cells on the grid: colspan and rowspan leave empty cells', () => {
    const page = `<html><head><meta charset="utf-8"></head><body><div><h1>某局2024年政府信息公开工作年度报告</h1><p>全年收到申请3件，均按期办结，其中予以公开2件。</p>
      <table><tr><th rowspan="2">申请人情况</th><th colspan="2">法人</th><th>总计</th></tr><tr><td>商业企业</td><td>其他</td><td></td></tr>
      <tr><td>一、本年新收政府信息公开申请数量</td><td>1</td><td>2</td><td>3</td></tr></table></div></body></html>`;
    const source = load(utf8(page));
    const rows = source.hints!.map((h) => h?.cells).filter(Boolean);
    expect(rows).toEqual([
      ['申请人情况', '法人', '', '总计'],
      ['', '商业企业', '其他', ''],
      ['一、本年新收政府信息公开申请数量', '1', '2', '3'],
    ]);
    expect(source.lines).toContain('一、本年新收政府信息公开申请数量 | 1 | 2 | 3');
  });

  it('a page with no text at all is a clear file error', () => {
    const loaded = loadHtml('empty.html', utf8('<html><head><title></title></head><body><script>x()</script></body></html>'));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.code).toBe('htmlEmpty');
  });

  it('broken markup (unclosed tags, a cut-off end) still gives the text', () => {
    const page = modernPage(report);
    const source = load(utf8(page.slice(0, page.indexOf('</div>\n  <div class="share">')).replace(/<\/p>/g, '')));
    expect(source.lines).toEqual(expected);
  });
});

describe('charset', () => {
  it('reads <meta charset>, http-equiv and their GBK aliases', () => {
    expect(declaredCharset(utf8('<meta charset="GBK">'))).toBe('gb18030');
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb18030');
    expect(declaredCharset(utf8('<meta charset=utf-8>'))).toBe('utf-8');
    expect(declaredCharset(utf8('<p>no declaration</p>'))).toBeNull();
  });

  it('detects GBK when the page declares nothing, and a BOM wins over a wrong declaration', () => {
    const undeclared = legacyPage(report).replace(/<meta[^>]*>/, '');
    expect(load(encodeGbk(undeclared)).encoding).toBe('gb18030');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(modernPage(report).replace('charset="utf-8"', 'charset="gbk"'))]);
    const source = load(bom);
    expect(source.encoding).toBe('utf-8');
    expect(source.lines).toEqual(expected);
  });

  it('a UTF-8 page that declares gb2312 (a template copied across sites) is read as UTF-8', () => {
    const source = load(utf8(legacyPage(report)));
    expect(source.encoding).toBe('utf-8');
    expect(source.lines).toEqual(expected);
  });

  it('stdin bytes that open like a page are read as one; text stays text', async () => {
    expect(looksLikeHtml(utf8('\n  <!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(utf8('<!-- saved --><html lang="zh">'))).toBe(true);
    expect(looksLikeHtml(utf8('某局2024年工作总结\n<p>'))).toBe(false);
    const loaded = await loadStdin('<stdin>', utf8(modernPage(report)));
    expect(loaded.ok && loaded.source.format).toBe('html');
    expect(loaded.ok && loaded.source.lines).toEqual(expected);
  });
});

