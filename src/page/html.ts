/**
 * The page's HTML around the bundled script (dist/page/page.js) and the embedded data. Its
 * Content-Security-Policy forbids every fetch, so the page cannot send a file anywhere even if a
 * bug tried; the one script runs by its hash.
 */
import { createHash } from 'node:crypto';
import type { PageData } from './data.js';
import { PAGE_STYLE } from './style.js';
import { labelsFor } from '../messages/page-labels.js';

/** JSON that is safe inside a <script> element: "<" never appears raw, so "</script>" cannot end it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function pageHtml(data: PageData, script: string): string {
  const hash = createHash('sha256').update(script).digest('base64');
  const csp = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'`;
  const zh = data.lang !== 'en';
  const words = labelsFor(zh ? 'zh' : 'en');
  return `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="reportlint ${data.version}">
<title>${words.title}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<div id="app"><p>${words.needsScript}</p></div>
<script type="application/json" id="reportlint-data">${scriptJson(data)}</script>
<script type="application/json" id="reportlint-findings"></script>
<script>${script}</script>
</body>
</html>
`;
}
