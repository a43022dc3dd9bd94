/**
 * The run's own verdict beyond its reports (issue 13): a run that checked no report is not a pass
 * (ESLint's "No files matching", markdownlint-cli2's exit 2), and more warnings than --max-warnings
 * fail it (ESLint's --max-warnings). Said on stderr, in the user's language, whatever the format.
 */
import { exitOf } from '../engine/tally.js';
import type { Tally } from '../types.js';
import { isExpired, type Waiver } from '../score/policy.js';
import type { Lang } from '../types.js';
import { wordsFor } from '../messages/words.js';

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
    notes.push(wordsFor(lang).notes.tooManyWarnings(tally.warnings, maxWarnings));
    exit = Math.max(exit, 1);
  }
  return { exit, notes };
}

/** What was found and why none of it was checked. */
function nothingChecked(t: Tally, ignored: number, lang: Lang): string {
  const w = wordsFor(lang).notes;
  const why: string[] = [];
  const notChecked = t.reports - t.checked;
  if (ignored) why.push(w.ignored(ignored));
  if (t.skipped) why.push(w.skipped(t.skipped));
  if (t.fileErrors) why.push(w.unreadable(t.fileErrors));
  if (t.empty) why.push(w.empty(t.empty));
  if (notChecked) why.push(w.noRuleSet(notChecked));
  return w.nothingChecked(t.files + ignored, why);
}

/**
 * Waivers that matched no finding, and waivers past their date, said as ESLint says unused
 * disable directives: they do not change the exit code, but a stale waiver should be removed.
 * `where(i)` names the waiver's place in the config (file:line).
 */
export function waiverNotes(waivers: readonly Waiver[], used: readonly number[], today: string, where: (i: number) => string, lang: Lang): string[] {
  const say = wordsFor(lang).notes;
  const notes: string[] = [];
  waivers.forEach((w, i) => {
    const what = [w.rule, w.section].filter(Boolean).join(' / ');
    if (isExpired(w, today)) {
      notes.push(say.waiverExpired(where(i), what, String(w.until)));
    } else if (!used.includes(i)) {
      notes.push(say.waiverUnused(where(i), what));
    }
  });
  return notes;
}
