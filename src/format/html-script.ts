/**
 * The grading page's one inline script (issue 13): filter the scoreboard (failed only, by rule set,
 * by missing section, by a search of unit names), sort it by any column, and hide the reports'
 * grid rows and cards that the filter leaves out. Without it the page still shows everything; the
 * Content-Security-Policy allows this script by its hash and nothing else.
 */
import { createHash } from 'node:crypto';

export const HTML_SCRIPT = `(() => {
  const board = document.querySelector('table.scoreboard');
  const bar = document.getElementById('filters');
  if (!board || !bar) return;
  bar.hidden = false;
  bar.addEventListener('submit', (e) => e.preventDefault());
  const body = board.tBodies[0];
  const rows = Array.from(body.rows);
  const q = document.getElementById('f-search');
  const failed = document.getElementById('f-failed');
  const ruleSet = document.getElementById('f-rule-set');
  const missing = document.getElementById('f-missing');
  const shown = document.getElementById('f-shown');
  const apply = () => {
    const text = q.value.trim().toLowerCase();
    const keep = new Set();
    for (const r of rows) {
      const d = r.dataset;
      const ok = (!text || d.search.includes(text)) && (!failed.checked || d.status === 'fail') &&
        (!ruleSet.value || d.ruleSet === ruleSet.value) && (!missing.value || d.missing.split(' ').includes(missing.value));
      r.hidden = !ok;
      if (ok) keep.add(d.report);
    }
    for (const el of document.querySelectorAll('table.grid tbody tr[data-report]')) el.hidden = !keep.has(el.dataset.report);
    for (const el of document.querySelectorAll('article.report')) el.hidden = !keep.has(el.id);
    shown.textContent = shown.dataset.text.replace('{n}', String(keep.size)).replace('{m}', String(rows.length));
  };
  for (const el of [q, failed, ruleSet, missing]) el.addEventListener('input', apply);
  const heads = Array.from(board.tHead.rows[0].cells);
  heads.forEach((th, i) => {
    const button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => {
      const up = th.getAttribute('aria-sort') !== 'ascending';
      for (const h of heads) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      const num = th.dataset.type === 'num';
      const key = (r) => { const c = r.cells[i]; const v = c.dataset.sort ?? c.textContent.trim(); return num ? (v === '' ? -Infinity : Number(v)) : v; };
      const sorted = rows.slice().sort((a, b) => {
        const x = key(a), y = key(b);
        const c = num ? x - y : String(x).localeCompare(String(y), 'zh-Hans-CN');
        return up ? c : -c;
      });
      for (const r of sorted) body.appendChild(r);
    });
  });
  apply();
})();
`;

/** For the page's Content-Security-Policy: only this script may run. */
export const HTML_SCRIPT_HASH = `sha256-${createHash('sha256').update(HTML_SCRIPT).digest('base64')}`;
