/**
 * The run's own verdict beyond its reports (issue 13): a run that checked no report is not a pass
 * (ESLint's "No files matching", markdownlint-cli2's exit 2), and more warnings than --max-warnings
 * fail it (ESLint's --max-warnings). Said on stderr, in the user's language, whatever the format.
 */
import { exitOf } from '../engine/tally.js';
import type { Tally } from '../types.js';
import { isExpired, type Waiver } from '../score/policy.js';
import type { Lang } from '../types.js';

export interface RunVerdict {
  readonly exit: number;
  /** Lines for stderr, each said once. */
  readonly notes: readonly string[];
}

/** `ignored`: files a folder or glob turned up that the config's `ignore` left out. */
export function runVerdict(tally: Tally, ignored: number, maxWarnings: number | undefined, lang: Lang): RunVerdict {
  const notes: string[] = [];
  let exit = exitOf(tally);
  if (tally.checked === 0) {
    // When every file was unreadable, the output already names each one with its error (exit 2).
    const onlyUnreadable = tally.fileErrors === tally.files && !ignored && !tally.reports;
    if (!onlyUnreadable) notes.push(nothingChecked(tally, ignored, lang));
  }
  if (maxWarnings !== undefined && tally.warnings > maxWarnings) {
    notes.push(
      lang === 'en'
        ? `too many warnings: ${tally.warnings}, more than --max-warnings ${maxWarnings} allows.`
        : `警告过多：共 ${tally.warnings} 条，超过 --max-warnings 允许的 ${maxWarnings} 条。`,
    );
    exit = Math.max(exit, 1);
  }
  return { exit, notes };
}

/** What was found and why none of it was checked. */
function nothingChecked(t: Tally, ignored: number, lang: Lang): string {
  const en = lang === 'en';
  const why: string[] = [];
  const notChecked = t.reports - t.checked;
  if (ignored) why.push(en ? `${ignored} ignored by the config's ignore patterns` : `${ignored} 个被配置的 ignore 规则排除`);
  if (t.skipped) why.push(en ? `${t.skipped} skipped for their format (save them as .docx or .txt)` : `${t.skipped} 个格式不支持已跳过（请另存为 .docx 或 .txt）`);
  if (t.fileErrors) why.push(en ? `${t.fileErrors} could not be read` : `${t.fileErrors} 个无法读取`);
  if (t.empty) why.push(en ? `${t.empty} hold no report` : `${t.empty} 个文件中没有报告内容`);
  if (notChecked) why.push(en ? `${notChecked} report(s) no rule set applies to` : `${notChecked} 篇报告没有适用的规则集`);
  const found = t.files + ignored;
  if (en) return `no report was checked: ${found} file(s) found${why.length ? `; ${why.join('; ')}` : ''}. A run that checks nothing does not pass.`;
  return `没有检查任何报告：共找到 ${found} 个文件${why.length ? `，其中 ${why.join('，')}` : ''}。未检查任何内容不算通过。`;
}

/**
 * Waivers that matched no finding, and waivers past their date, said as ESLint says unused
 * disable directives: they do not change the exit code, but a stale waiver should be removed.
 * `where(i)` names the waiver's place in the config (file:line).
 */
export function waiverNotes(waivers: readonly Waiver[], used: readonly number[], today: string, where: (i: number) => string, lang: Lang): string[] {
  const en = lang === 'en';
  const notes: string[] = [];
  waivers.forEach((w, i) => {
    const what = [w.rule, w.section].filter(Boolean).join(' / ');
    if (isExpired(w, today)) {
      notes.push(en ? `${where(i)}: waiver of ${what} expired on ${w.until}; its findings count again.` : `${where(i)}：对 ${what} 的豁免已于 ${w.until} 到期，相关问题重新计入。`);
    } else if (!used.includes(i)) {
      notes.push(en ? `${where(i)}: waiver of ${what} matched no finding; remove it if it is no longer needed.` : `${where(i)}：对 ${what} 的豁免没有匹配到任何问题，如已不需要请删除。`);
    }
  });
  return notes;
}
