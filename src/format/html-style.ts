/** The grading page's stylesheet, inlined so the page needs no network. Status colours: green section, amber mention, red missing. */
export const HTML_STYLE = `
:root { --ok: #1b5e20; --bad: #b71c1c; --muted: #5f6368; --line: #dadce0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; font: 14px/1.6 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #202124; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 12px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 8px; }
.meta, .muted { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px; min-width: 110px; }
.card b { display: block; font-size: 24px; }
.card.pass b { color: var(--ok); }
.card.fail b { color: var(--bad); }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: #f1f3f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.pass .verdict { color: var(--ok); font-weight: 600; }
tr.fail .verdict { color: var(--bad); font-weight: 600; }
tr.unchecked { color: var(--muted); }
.grid-wrap { overflow-x: auto; }
.grid td.cell { text-align: center; white-space: nowrap; min-width: 64px; }
.cell-section { background: #c8e6c9; color: #1b5e20; }
.cell-section.weak { background: repeating-linear-gradient(45deg, #c8e6c9 0 6px, #e8f5e9 6px 12px); }
.cell-mention { background: #ffe082; color: #6d4c00; }
.cell-missing { background: #ffcdd2; color: #b71c1c; font-weight: 600; }
.legend span { display: inline-block; padding: 0 8px; margin-right: 8px; border-radius: 4px; }
article.report { border: 1px solid var(--line); border-radius: 8px; padding: 4px 16px 12px; margin: 16px 0; }
article.report.fail { border-left: 6px solid var(--bad); }
article.report.pass { border-left: 6px solid var(--ok); }
.sev-error { color: var(--bad); font-weight: 600; }
.sev-warning { color: #e65100; }
.sev-info { color: #1565c0; }
.sev-waived, tr.waived { color: var(--muted); }
td .find { font-size: 12px; color: #00695c; text-align: left; white-space: nowrap; }
.folded { color: var(--muted); }
details.evidence { margin: 6px 0; }
details.evidence > summary { cursor: pointer; font-weight: 600; }
ul.evidence { list-style: none; padding: 0; margin: 0; }
ul.evidence li { margin: 4px 0; }
ul.evidence .tag { display: inline-block; min-width: 4em; padding: 0 6px; border-radius: 4px; font-size: 12px; text-align: center; }
blockquote { margin: 2px 0 6px 0; padding: 2px 10px; border-left: 3px solid var(--line); color: #3c4043; background: #f8f9fa; }
code { font-size: 12px; color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0; padding: 8px 12px; background: #f1f3f4; border-radius: 8px; }
.filters input[type=search] { width: 14em; }
.filters output { color: var(--muted); margin-left: auto; }
table.scoreboard th button { all: unset; cursor: pointer; font-weight: 600; }
table.scoreboard th button::after { content: " ↕"; color: var(--muted); font-weight: normal; }
table.scoreboard th[aria-sort=ascending] button::after { content: " ↑"; }
table.scoreboard th[aria-sort=descending] button::after { content: " ↓"; }
td.missing { color: var(--bad); font-size: 13px; }
table.scoreboard td:nth-child(3) code { word-break: break-all; }
table.scoreboard td:nth-child(4), table.scoreboard th { white-space: nowrap; }
[hidden] { display: none !important; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .filters, .legend, table.scoreboard th button::after { display: none; }
  table.scoreboard th button { font-weight: 600; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  article.report, tr { break-inside: avoid; }
  #details { break-before: page; }
  .grid-wrap { overflow: visible; }
  thead { display: table-header-group; }
  .cell-section, .cell-mention, .cell-missing, .why { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  details.evidence::details-content { content-visibility: visible; display: block; }
}
.why { color: var(--bad); font-size: 13px; font-weight: normal; }
p.why { margin: 0 0 6px; }
`;
