/**
 * Test-only: one report (a title and blocks of paragraphs and tables) written out as a
 * government site publishes it — a web page with navigation, breadcrumbs, a 索引号 block,
 * share buttons and a footer — and as plain text, so loaders can be compared on the same report.
 */
export type Block = string | { readonly table: readonly (readonly string[])[] };

export interface Report {
  readonly title: string;
  readonly blocks: readonly Block[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report as a .txt: title, then one line per paragraph; table rows tab-separated. */
export function reportText(report: Report): string {
  const lines = [report.title];
  for (const b of report.blocks) lines.push(...(typeof b === 'string' ? [b] : b.table.map((r) => r.join('\t'))));
  return `${lines.join('\n')}\n`;
}

/** A plain-text report (first line the title) as a Report; blank lines are dropped. */
export function fromText(text: string): Report {
  const [title, ...rest] = text.split('\n').filter((l) => l.trim());
  return { title: title!, blocks: rest };
}

function tableHtml(rows: readonly (readonly string[])[]): string {
  const body = rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('\n');
  return `<table border="1" cellspacing="0" style="border-collapse:collapse"><tbody>${body}</tbody></table>`;
}

function bodyHtml(blocks: readonly Block[]): string {
  return blocks.map((b) => (typeof b === 'string' ? `<p style="text-indent:2em">${esc(b)}</p>` : tableHtml(b.table))).join('\n');
}

const NEWS = Array.from({ length: 12 }, (_, i) => `关于做好第${i + 1}批惠民政策落实情况公示的通知`);

/**
 * A modern (UTF-8, HTML5) portal page: header with the site's name as <h1>, menu, breadcrumb,
 * the article with its own title, a 索引号 table, the text, share buttons, related news, footer.
 */
export function modernPage(report: Report, site = '青山县人民政府'): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(report.title)}_${site}</title>
<style>body{font-family:"WenQuanYi Zen Hei",sans-serif}</style><script>var _hmt=[];</script></head>
<body>
<header class="header"><h1 class="logo">${site}</h1><div class="search"><input type="text"><button>搜索</button></div></header>
<nav class="nav"><ul>${['首页', '政务公开', '政务服务', '互动交流', '走进青山'].map((n) => `<li><a href="#">${n}</a></li>`).join('')}</ul></nav>
<div class="breadcrumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="main">
 <div class="sidebar"><h3>热点新闻</h3><ul>${NEWS.map((n) => `<li><a href="#">${n}</a></li>`).join('')}</ul></div>
 <div class="article">
  <h2 class="article-title">${esc(report.title)}</h2>
  <table class="xxgk-info"><tr><td>索引号：11530000MB0000000X/2025-00012</td><td>发布机构：${site}办公室</td></tr>
  <tr><td>发布日期：2025-01-20</td><td>主题分类：政务公开</td></tr></table>
  <div class="info">来源：${site}办公室　浏览次数：1024　字号：[大 中 小]</div>
  <div class="content" id="zoom">
${bodyHtml(report.blocks)}
  </div>
  <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
  <div class="print"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
 </div>
</div>
<footer class="footer"><p>主办：${site}办公室　承办：青山县政务数据服务中心</p><p>版权所有：${site}　网站标识码：5300000001　滇ICP备00000000号</p></footer>
</body></html>`;
}

/**
 * An older site as many county portals still serve it: GB2312 declared with http-equiv, layout
 * tables, the title in a td of class "title", text lines separated by <br>, a long side column.
 */
export function legacyPage(report: Report, site = '青山县人民政府'): string {
  const text = report.blocks
    .map((b) => (typeof b === 'string' ? `&nbsp;&nbsp;&nbsp;&nbsp;${esc(b)}<br>` : tableHtml(b.table)))
    .join('\n');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>${site}-${esc(report.title)}</title></head>
<body><table width="1000" align="center"><tr><td colspan="2"><img src="banner.jpg"><font size="6">${site}门户网站</font></td></tr>
<tr><td colspan="2" class="menu">${['网站首页', '县情概况', '信息公开', '办事指南'].map((n) => `<a href="#">${n}</a>`).join(' | ')}</td></tr>
<tr><td width="240" valign="top" class="left">${NEWS.map((n) => `<a href="#">${n}</a><br>`).join('')}<p>县长信箱</p></td>
<td valign="top"><table width="100%"><tr><td class="position">您现在的位置：<a href="#">首页</a> &gt;&gt; 信息公开</td></tr>
<tr><td class="title" align="center"><b>${esc(report.title)}</b></td></tr>
<tr><td align="center">发布时间：2025-01-20 点击数：356</td></tr>
<tr><td class="text">
${text}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></td></tr></table></td></tr>
<tr><td colspan="2" align="center" class="bottom">版权所有 ${site}办公室 Copyright 2025 地址：青山县人民路1号</td></tr></table></body></html>`;
}

/** A plain print-style page (what a PDF is printed from): just the title and the text. */
export function printPage(report: Report): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(report.title)}</title>
<style>body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:14px;line-height:1.6;margin:0}h1{font-size:20px;text-align:center}
p{margin:0 0 4px 0}table{border-collapse:collapse;margin:6px 0}td,th{border:1px solid #000;padding:2px 6px;font-size:12px;font-weight:normal}</style></head>
<body><h1>${esc(report.title)}</h1>
${report.blocks.map((b) => (typeof b === 'string' ? `<p>${esc(b)}</p>` : tableHtml(b.table).replace(/<th>/g, '<td>').replace(/<\/th>/g, '</td>'))).join('\n')}
</body></html>`;
}
