/** The page's stylesheet: system fonts only (nothing is fetched), large plain text, a print view without the controls. */
export const PAGE_STYLE = `
:root { --pass: #1b6e2e; --fail: #b3261e; --warn: #8a5a00; --line: #d0d5dd; --soft: #f5f7fa; --mark: #fff3c4; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 1rem 1.5rem 3rem; font: 16px/1.6 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif; color: #1f2328; }
h1 { font-size: 1.6rem; margin: 0; }
h2 { font-size: 1.3rem; margin: 1.2rem 0 .4rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 .4rem; }
.top { display: flex; justify-content: space-between; align-items: center; gap: 1rem; flex-wrap: wrap; }
button, .button { font: inherit; padding: .35rem .9rem; border: 1px solid #1f4e99; border-radius: 6px; background: #fff; color: #1f4e99; cursor: pointer; }
button:hover, .drop:hover .button { background: #eef3fb; }
:focus-visible { outline: 3px solid #1f6feb; outline-offset: 2px; }
.privacy { background: #e8f5e9; border-left: 4px solid var(--pass); padding: .5rem .8rem; margin: .8rem 0 .3rem; }
.rules { color: #555; margin: 0 0 .8rem; font-size: .9rem; }
.drop { display: flex; flex-direction: column; align-items: center; gap: .6rem; padding: 1.6rem; border: 2px dashed #8c9bb0; border-radius: 10px; background: var(--soft); cursor: pointer; text-align: center; font-size: 1.1rem; }
.drop.over { border-color: #1f6feb; background: #eef3fb; }
.drop:focus-within { outline: 3px solid #1f6feb; outline-offset: 2px; }
.drop input { position: absolute; width: 1px; height: 1px; opacity: 0; }
.accepts { color: #555; font-size: .9rem; }
textarea { width: 100%; font: inherit; margin: .4rem 0; }
#results:focus { outline: none; }
#status { min-height: 1.5em; color: #555; }
#status.warn { color: var(--warn); font-weight: bold; }
ol.contents li.pass strong { color: var(--pass); }
ol.contents li.fail strong { color: var(--fail); }
.report { border: 1px solid var(--line); border-radius: 10px; padding: .2rem 1.2rem 1rem; margin: 1rem 0; }
.report.pass { border-top: 6px solid var(--pass); }
.report.fail { border-top: 6px solid var(--fail); }
.verdict { font-size: 1.25rem; margin: .2rem 0; }
.verdict.pass strong { color: var(--pass); }
.verdict.fail strong { color: var(--fail); }
.why { color: var(--fail); font-weight: bold; margin: .2rem 0; }
.ruleset, .lines { color: #555; margin: .1rem 0; font-size: .95rem; }
table.checklist { border-collapse: collapse; width: 100%; }
.checklist th, .checklist td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
.checklist thead th { background: var(--soft); }
.checklist small { display: block; color: #666; font-size: .8rem; font-weight: normal; }
.checklist tr.st-section td.status { color: var(--pass); }
.checklist tr.st-mention td.status, .checklist tr.weak td.status { color: var(--warn); font-weight: bold; }
.checklist tr.st-missing td.status { color: var(--fail); font-weight: bold; }
.terms { font-size: .85rem; color: #555; }
mark { background: var(--mark); }
.advice { margin-top: .3rem; font-size: .95rem; }
.advice pre, .source { white-space: pre-wrap; }
.advice pre { background: var(--soft); padding: .4rem .6rem; margin: .3rem 0; font: inherit; font-size: .9rem; }
ul.findings { padding-left: 1.2rem; }
.sev { display: inline-block; min-width: 2.6em; font-size: .8rem; padding: 0 .3rem; border-radius: 4px; text-align: center; color: #fff; background: #6b7280; }
.sev-error > .sev { background: var(--fail); }
.sev-warning > .sev { background: var(--warn); }
.file-problems li.sev-error, .toc li.sev-error { color: var(--fail); }
.none { color: #555; }
.hint { color: #555; font-size: .9rem; }
.source { border: 1px solid var(--line); border-radius: 6px; padding: .4rem 0; }
.ln { display: flex; gap: .6rem; padding: 0 .6rem; }
.ln .no { flex: 0 0 3em; text-align: right; color: #8a8f98; user-select: none; font-size: .85rem; padding-top: .1rem; }
.ln .tx { flex: 1; }
.ln.blank { min-height: .8em; }
.ln.h0 .tx { font-size: 1.15rem; text-align: center; font-weight: bold; }
.ln.h2 .tx { padding-left: 1.5em; }
.ln.h3 .tx { padding-left: 3em; }
.ln.h4 .tx, .ln.h5 .tx { padding-left: 4.5em; }
.ln.has-findings { background: var(--mark); }
.ln.worst-error { box-shadow: inset 4px 0 var(--fail); }
.ln.worst-warning { box-shadow: inset 4px 0 var(--warn); }
.ln:target { outline: 2px solid #1f6feb; }
ul.notes { list-style: none; margin: .1rem 0 .5rem 4.2em; padding: .3rem .6rem; border-left: 3px solid var(--warn); background: #fffbea; font-size: .95rem; }
@media print {
  .actions, .input, #status, details > summary { display: none; }
  details { display: block; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  .report { break-inside: auto; border: none; }
  a { color: inherit; text-decoration: none; }
}
`;
