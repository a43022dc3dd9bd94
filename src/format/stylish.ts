/** Human output for a terminal: per report its score and verdict, one line per finding, then a summary. */
import { Chalk } from 'chalk';
import { render } from '../messages/index.js';
import { wordsFor } from '../messages/words.js';
import type { FileResult, FormatContext, Lang, ReportResult, StreamFormat } from '../types.js';
import { findText, fold, foldNote } from './fold.js';
import { pageOf } from './pages.js';
import { localized, messageText, whyFailed } from './sections.js';
import { collected } from './stream.js';
import { summaryOf, type RunSummary } from './summary.js';

/** Each file's block as it is checked, then the run's summary line. */
export const stream: StreamFormat = {
  perFile: true,
  open(ctx) {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    return {
      head: '',
      file: (file) => {
        const out = [c.underline(file.path)];
        for (const e of file.errors) {
          if (ctx.quiet && e.severity !== 'error') continue;
          const onPage = e.line ? pageOf(file.pageStarts, e.line) : null;
          const where = onPage ? `${onPage.page}:${onPage.line}` : e.line ? `${e.line}:1` : '-';
          out.push(`  ${c.dim(where.padEnd(7))} ${sev(c, e.severity)}  ${render(e.code, e.args, ctx.lang)}`);
        }
        for (const report of file.reports) out.push(...reportLines(c, report, ctx, file.lineUnit, file.pageStarts));
        return `${out.join('\n')}\n\n`;
      },
      end: (tally) => {
        const over = ctx.maxWarnings !== undefined && tally.warnings > ctx.maxWarnings;
        return `${summaryLine(c, localized(summaryOf(tally), ctx), ctx.lang, over ? [tally.warnings, ctx.maxWarnings!] : null)}\n`;
      },
    };
  },
};

export default collected(stream);

function reportLines(c: InstanceType<typeof Chalk>, r: ReportResult, ctx: FormatContext, lineUnit: FileResult['lineUnit'], pageStarts?: readonly number[]): string[] {
  const w = wordsFor(ctx.lang).stylish;
  const unit = lineUnit === 'paragraph' ? w.paragraph : pageStarts ? w.pageLine : w.lines;
  const title = c.bold(r.title || w.untitled);
  // PDF and OFD: positions are page:line (line within the page) instead of line:column.
  const at = (line: number, column: number) => {
    const p = pageOf(pageStarts, line);
    return p ? `${p.page}:${p.line}` : `${line}:${column}`;
  };
  const range = c.dim(pageStarts ? `${unit} ${at(r.startLine, 1)}-${at(r.endLine, 1)}` : `${unit} ${r.startLine}-${r.endLine}`);
  if (r.score === null) {
    return ctx.quiet ? [] : [`  ${title}  ${range}  ${c.dim(w.notChecked)}`];
  }
  const verdict = r.passed ? c.green(w.pass) : c.red(w.fail);
  const head = `  ${title}  ${range}  ${c.dim(`${w.ruleSet} ${r.ruleSet}`)}  ${w.score} ${r.score}/100  ${verdict}`;
  // Repeats folded onto their first; each line with the first words of its line, to search for in Word.
  const lines = fold(r.messages.filter((m) => !ctx.quiet || m.severity === 'error')).map((f) => {
    const m = f.first;
    const find = findText(m);
    return `    ${c.dim(at(m.line, m.column).padEnd(7))} ${m.waived ? c.dim('waived ') : sev(c, m.severity)}  ${messageText(m, ctx.lang)}${foldNote(f, ctx.lang)}  ${find ? `${c.cyan(find)}  ` : ''}${c.dim(m.ruleId)}`;
  });
  // A failed report says why right under its verdict, before the findings (issue 13).
  const why = r.passed === false ? [`    ${c.red(`✖ ${whyFailed(r, ctx, lineUnit)}`)}`] : [];
  return ctx.quiet && r.passed ? lines : [head, ...why, ...lines];
}

function sev(c: InstanceType<typeof Chalk>, severity: string): string {
  const label = severity.padEnd(7);
  return severity === 'error' ? c.red(label) : severity === 'warning' ? c.yellow(label) : c.blue(label);
}

/** `tooMany`: [warnings, --max-warnings] when the warnings exceed it, which fails the run too. */
function summaryLine(c: InstanceType<typeof Chalk>, s: RunSummary, lang: Lang, tooMany: [number, number] | null): string {
  const bad = s.failed || s.fileErrors || !s.checked || tooMany;
  const w = wordsFor(lang);
  const text = w.summaryText(s) + (tooMany ? w.stylish.tooManyWarnings(tooMany[0], tooMany[1]) : '');
  return bad ? c.red(`✖ ${text}`) : c.green(`✔ ${text}`);
}
