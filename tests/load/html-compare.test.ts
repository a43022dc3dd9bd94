/**
 * Which finds the report better on a government page: our scoring over htmlparser2
 * (src/load/html-main.ts) or @mozilla/readability over linkedom (dev dependencies, here only)?
 * Scored on the title, the share of the report's lines found, and the kinds of site furniture
 * that came along; the figures are in docs/inputs.md.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/load/html-charset.js';
import { loadHtml } from '../../src/load/html.js';
import { encodeGbk } from '../helpers/gbk.js';
import { legacyPage, modernPage, reportText, type Report } from '../helpers/published.js';
import { annual } from '../helpers/reports.js';
import { readFileSync } from 'node:fs';
import { fromText } from '../helpers/published.js';

const summary = fromText(readFileSync(new URL('../fixtures/load/report.txt', import.meta.url), 'utf8').replace(/\r\n/g, '\n'));
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A page whose site <h1> and <title> come first and whose text sits in bare <div>s, with a long related-news list below. */
function divPage(report: Report): string {
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="#">青山县召开2025年第${i + 1}次政务公开工作推进会议，部署重点领域信息公开工作</a><span>2025-0${i + 1}-10</span></li>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青山县人民政府门户网站</title></head><body>
<div id="top"><h1>青山县人民政府门户网站</h1></div><div class="wz">您当前的位置：首页 &gt; 年报</div>
<div class="detail"><div class="tit">${report.title}</div><div class="con">${report.blocks.map((b) => (typeof b === 'string' ? `<div>${b}</div>` : `<table>${b.table.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`)).join('')}</div></div>
<div class="related"><h3>相关文章</h3><ul>${related}</ul></div><div class="foot">网站地图 | 联系我们 版权所有</div></body></html>`;
}

const pages: [string, Report, () => Uint8Array][] = [
  ['summary, modern page', summary, () => utf8(modernPage(summary))],
  ['summary, GB2312 table layout', summary, () => encodeGbk(legacyPage(summary))],
  ['summary, bare divs', summary, () => utf8(divPage(summary))],
  ['年度报告 with tables, modern page', annual, () => utf8(modernPage(annual))],
  ['年度报告 with tables, GB2312 table layout', annual, () => encodeGbk(legacyPage(annual))],
  ['年度报告 with tables, bare divs', annual, () => utf8(divPage(annual))],
];

interface Score {
  readonly title: boolean;
  /** Share of the report's lines found in the extracted text (spaces and cell separators aside), 0..1. */
  readonly recall: number;
  /** How many kinds of site furniture came along. */
  readonly furniture: number;
}

/** Words of the site around the report on the test pages: menus, breadcrumb, 索引号 block, side news, share bar, footer. */
const FURNITURE = ['当前位置', '您现在的位置', '您当前的位置', '索引号', '发布机构', '浏览次数', '点击数', '惠民政策落实情况公示', '政务公开工作推进会议', '分享到', '打印', '版权所有', '首页'];
const squash = (s: string) => s.replace(/[\s|]+/g, '');

function score(report: Report, title: string, text: string): Score {
  const want = reportText(report).trimEnd().split('\n').slice(1).map(squash);
  const got = squash(text);
  return {
    title: title === report.title,
    recall: want.filter((l) => got.includes(l)).length / want.length,
    furniture: FURNITURE.filter((w) => text.includes(w)).length,
  };
}

function ours(bytes: Uint8Array): [string, string] {
  const loaded = loadHtml('page.html', bytes);
  return loaded.ok ? [loaded.source.lines[0]!, loaded.source.lines.slice(1).join('\n')] : ['', ''];
}

function readability(bytes: Uint8Array): [string, string] {
  const { document } = parseHTML(decodeHtml(bytes).text);
  const article = new Readability(document as unknown as Document).parse();
  return [article?.title ?? '', article?.textContent ?? ''];
}

describe('main text: our scoring vs @mozilla/readability', () => {
  const rows: string[] = [];
  for (const [name, report, make] of pages) {
    it(name, () => {
      const mine = score(report, ...ours(make()));
      const theirs = score(report, ...readability(make()));
      rows.push(`| ${name} | ${mine.title ? 'yes' : 'no'} | ${mine.recall.toFixed(2)} | ${mine.furniture} | ${theirs.title ? 'yes' : 'no'} | ${theirs.recall.toFixed(2)} | ${theirs.furniture} |`);
      expect(mine).toEqual({ title: true, recall: 1, furniture: 0 });
      expect(mine.recall).toBeGreaterThanOrEqual(theirs.recall);
      expect(mine.furniture).toBeLessThanOrEqual(theirs.furniture);
    });
  }
  it('prints the comparison', () => {
    console.log(['| page | ours: title | recall | furniture | Readability: title | recall | furniture |', '|---|---|---:|---:|---|---:|---:|', ...rows].join('\n'));
    expect(rows).toHaveLength(pages.length);
  });
});
