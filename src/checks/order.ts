/** Formal reports (年度报告) fix the order of their parts: say where a part comes too early. */
import type { Message } from '../types.js';
import type { CheckContext } from './index.js';

export function order(ctx: CheckContext): Message[] {
  const messages: Message[] = [];
  let last: { line: number; name: string } | null = null;
  for (const finding of ctx.sections) {
    if (finding.status !== 'section' || finding.line === null) continue;
    if (last && finding.line < last.line) {
      messages.push({
        ruleId: `${ctx.ruleSet.id}/order`,
        code: 'sectionOutOfOrder',
        args: { name: finding.name, after: last.name },
        severity: 'warning',
        line: finding.line,
        column: 1,
      });
    } else {
      last = { line: finding.line, name: finding.name };
    }
  }
  return messages;
}
