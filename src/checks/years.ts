/**
 * Year consistency. A summary of year N plans for N+1: a plans heading naming year N or earlier
 * is a copy-paste slip. Statistics periods (2023年全年…X条) outside the plans should be year N.
 */
import type { Message } from '../types.js';
import type { CheckContext } from './index.js';

const YEAR = /(20\d{2})\s*年/u;
/** A year followed by a period word, then within the sentence a count with its unit. */
const PERIOD = /(20\d{2})\s*年(?:度|全年|1月?\s*[-—至到]\s*12月|以来)[^。；]*?\d\s*[条件篇次期个]/gu;

/** The year a report is about: the first year its title names. */
export function reportYear(title: string): number | null {
  const m = YEAR.exec(title);
  return m ? Number(m[1]) : null;
}

export function years(ctx: CheckContext): Message[] {
  const year = reportYear(ctx.outline.span.title);
  if (year === null) return [];
  const messages: Message[] = [];
  const ruleId = 'years';
  const plans = ctx.sections.find((s) => s.id === 'plans' && s.status === 'section' && s.line !== null);
  const plansNode = plans ? ctx.outline.nodes.find((n) => n.line === plans.line) : undefined;
  if (plansNode) {
    const named = YEAR.exec(plansNode.title);
    if (named && Number(named[1]) <= year) {
      messages.push({ ruleId, code: 'planYearPast', args: { named: Number(named[1]), year, next: year + 1 }, severity: 'warning', line: plansNode.line, column: plansNode.column });
    }
  }
  const { startLine, endLine } = ctx.outline.span;
  for (let n = startLine + 1; n <= endLine; n++) {
    if (plansNode && n >= plansNode.line && n <= plansNode.endLine) continue;
    const line = ctx.lines[n - 1]!;
    PERIOD.lastIndex = 0;
    for (let m = PERIOD.exec(line); m; m = PERIOD.exec(line)) {
      const named = Number(m[1]);
      if (named !== year) {
        messages.push({ ruleId, code: 'statYearMismatch', args: { named, year }, severity: 'warning', line: n, column: m.index + 1 });
      }
    }
  }
  return messages;
}
