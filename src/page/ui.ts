/**
 * The page's controls: a drop zone and file input, a paste box, the language switch and print.
 * Each new file replaces the last result. The findings are also kept as `reportlint --format json`
 * writes them, in <script id="reportlint-findings">, for a test (or a curious IT person) to compare.
 */
import type { FileResult, Lang } from '../types.js';
import { CLI_ONLY, type Checked, type PageEngine } from './engine.js';
import { labelsFor } from '../messages/page-labels.js';
import { esc, renderFile } from './render.js';

const ACCEPT = '.docx,.txt,.text,.md,.markdown,.html,.htm,.shtml,.xhtml';

export function startPage(root: HTMLElement, engine: PageEngine): void {
  let lang: Lang = engine.data.lang;
  let last: { checked: Checked; ms: number } | null = null;

  const shell = () => {
    const l = labelsFor(lang);
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = l.title;
    root.innerHTML = `<header class="top">
<h1>${esc(l.title)}</h1>
<div class="actions"><button type="button" id="lang">${esc(l.switchLang)}</button> <button type="button" id="print">${esc(l.print)}</button></div>
</header>
<p class="privacy" role="note">${esc(l.privacy)}</p>
<p class="rules">${esc(engine.data.configName ? l.rulesOffice(engine.data.configName) : l.rulesBuiltIn)} · reportlint ${esc(engine.data.version)}</p>
<section class="input">
<label class="drop" id="drop" for="file"><span>${esc(l.drop)}</span><span class="button">${esc(l.choose)}</span>
<input type="file" id="file" accept="${ACCEPT}"></label>
<p class="accepts">${esc(l.accepts)}</p>
<details id="paste-box"><summary>${esc(l.paste)}</summary><textarea id="paste" rows="8" aria-label="${esc(l.paste)}"></textarea><button type="button" id="paste-check">${esc(l.pasteButton)}</button></details>
</section>
<p id="status" role="status" aria-live="polite"></p>
<main id="results"></main>`;
    byId('lang').addEventListener('click', () => {
      lang = lang === 'zh' ? 'en' : 'zh';
      shell();
      if (last) show(last.checked, last.ms);
    });
    byId('print').addEventListener('click', () => window.print());
    const input = byId('file') as HTMLInputElement;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void checkBlob(file.name, file);
      input.value = ''; // the same file dropped again after an edit is checked again
    });
    const drop = byId('drop');
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    // The drop itself bubbles to the window's handler below, which checks the file (once).
    drop.addEventListener('drop', () => drop.classList.remove('over'));
    byId('paste-check').addEventListener('click', () => {
      const text = (byId('paste') as HTMLTextAreaElement).value;
      void checkBytes(labelsFor(lang).pasteName, async () => new TextEncoder().encode(text));
    });
  };

  // A printout has no way to open an example: every <details> prints open, and closes again after.
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('#results details:not([open])')];
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });

  // A file dropped anywhere else would make the browser open it instead of checking it.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (file) void checkBlob(file.name, file);
  });

  const checkBlob = (name: string, blob: Blob) => checkBytes(name, async () => new Uint8Array(await blob.arrayBuffer()));

  /** The latest file given: a slow file finishing after a newer one must not replace its result. */
  let latest = 0;

  const checkBytes = async (name: string, read: () => Promise<Uint8Array>) => {
    const mine = ++latest;
    const l = labelsFor(lang);
    const ext = /\.[^.]+$/.exec(name)?.[0].toLowerCase() ?? '';
    const status = byId('status');
    if (CLI_ONLY.has(ext)) {
      last = null;
      byId('results').innerHTML = '';
      setFindings(null);
      status.textContent = l.cliOnly(ext);
      status.className = 'warn';
      return;
    }
    status.textContent = l.checking;
    status.className = '';
    document.body.dataset.state = 'checking';
    const bytes = await read();
    const started = performance.now();
    let checked: Checked;
    try {
      checked = await engine.checkFile(name, bytes);
    } catch (error) {
      // The engine answers bad input with a finding; anything thrown here is a bug, shown, not swallowed.
      checked = { result: { path: name, encoding: null, lineUnit: 'line', reports: [], errors: [{ code: 'unreadable', args: { path: name, reason: String(error) }, severity: 'error' }] }, source: null };
    }
    const ms = Math.round(performance.now() - started);
    if (mine !== latest) return;
    last = { checked, ms };
    show(checked, ms);
    byId('results').focus();
  };

  const show = (checked: Checked, ms: number) => {
    const ctx = engine.context(lang);
    const results = byId('results');
    results.tabIndex = -1;
    results.innerHTML = renderFile(checked, ctx);
    byId('status').textContent = labelsFor(lang).checkedIn(ms);
    byId('status').className = '';
    setFindings(checked.result);
    document.body.dataset.ms = String(ms);
    document.body.dataset.checks = String(Number(document.body.dataset.checks ?? 0) + 1);
    document.body.dataset.state = 'done';
  };

  const setFindings = (result: FileResult | null) => {
    byId('reportlint-findings').textContent = result ? JSON.stringify(engine.json([result], lang)) : '';
  };

  shell();
}

function byId(id: string): HTMLElement {
  return document.getElementById(id)!;
}
