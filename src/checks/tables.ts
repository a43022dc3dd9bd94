/**
 * Arithmetic of the 年度报告's fixed tables, wherever the report carries them as text,
 * a pipe table or Word table rows:
 * - part 三 (applications): each row's 总计 = the sum of its applicant columns;
 *   本年新收 + 上年结转 = 办理结果总计 + 结转下年度, per column; 总计 = the sum of the outcome rows.
 * - part 四 (复议/诉讼): in each group of five, 维持 + 纠正 + 其他 + 尚未审结 = 总计.
 * Which tables a rule set checks is data: `checks: { tables: [applications, review] }`.
 */
import type { Message } from '../types.js';
import type { CheckContext } from './index.js';
import type { Code, MessageArgs } from '../messages/types.js';

interface Row {
  readonly line: number;
  readonly label: string;
  readonly values: readonly number[];
}

/** A row: some label words, then a run of whole numbers separated by spaces, tabs or |. */
export function parseRow(text: string, line: number): Row | null {
  const t = text.normalize('NFKC').replace(/^\s*\|/, '').replace(/\|\s*$/, '');
  const m = /^(.*?)((?:[\s|]+\d+)+)\s*$/u.exec(` ${t}`);
  if (!m) return null;
  const values = m[2]!.split(/[\s|]+/).filter(Boolean).map(Number);
  const label = m[1]!.replace(/[|\s]+/g, ' ').trim();
  // "2023年" or "第3" at a label's end is not a table cell.
  if (values.length < 2 && !label) return null;
  return { line, label, values };
}

const OUTCOME_START = /予以公开/u;
const TOTAL = /总计/u;

export function tables(ctx: CheckContext): Message[] {
  const wanted = new Set(ctx.ruleSet.spec.checks?.tables ?? []);
  const rows: Row[] = [];
  const { startLine, endLine } = ctx.outline.span;
  for (let n = startLine + 1; n <= endLine; n++) {
    const row = parseRow(ctx.lines[n - 1]!, n);
    if (row && row.values.length >= 2) rows.push(row);
  }
  return [
    ...(wanted.has('applications') ? applications(rows) : []),
    ...(wanted.has('review') ? review(rows) : []),
  ];
}

function applications(rows: readonly Row[]): Message[] {
  const messages: Message[] = [];
  const at = (pattern: RegExp) => rows.find((r) => pattern.test(r.label));
  const fresh = at(/本年新收/u);
  if (!fresh) return messages;
  // Row totals: the applicant columns add up to the last column.
  for (const row of rows) {
    if (row.values.length !== 7 || row.line < fresh.line) continue;
    const sum = row.values.slice(0, 6).reduce((a, b) => a + b, 0);
    if (sum !== row.values[6]) {
      messages.push(msg('tableRowTotal', row.line, { label: shortLabel(row.label), sum, total: row.values[6]! }));
    }
  }
  const carried = at(/上年结转/u);
  const carryOver = at(/结转下年度/u);
  const start = rows.findIndex((r) => r.line > fresh.line && OUTCOME_START.test(r.label));
  const totalIndex = rows.findIndex((r, i) => i > start && start !== -1 && TOTAL.test(r.label));
  const total = totalIndex === -1 ? undefined : rows[totalIndex];
  const columns = Math.min(...[fresh, carried, total, carryOver].filter(Boolean).map((r) => r!.values.length));
  for (let c = 0; c < columns; c++) {
    if (carried && total && carryOver) {
      const left = fresh.values[c]! + carried.values[c]!;
      const right = total.values[c]! + carryOver.values[c]!;
      if (left !== right) {
        messages.push(msg('tableBalance', total.line, { column: c + 1, fresh: fresh.values[c]!, carried: carried.values[c]!, total: total.values[c]!, carryOver: carryOver.values[c]! }));
      }
    }
    if (total && start !== -1) {
      const outcomes = rows.slice(start, totalIndex).filter((r) => r.values.length === total.values.length);
      const sum = outcomes.reduce((a, r) => a + r.values[c]!, 0);
      if (outcomes.length && sum !== total.values[c]) {
        messages.push(msg('tableOutcomeSum', total.line, { column: c + 1, sum, total: total.values[c]! }));
      }
    }
  }
  return messages;
}

const GROUPS = ['行政复议', '未经复议直接起诉', '复议后起诉'];

function review(rows: readonly Row[]): Message[] {
  const messages: Message[] = [];
  for (const row of rows) {
    if (row.values.length !== 15 && !(row.values.length === 5 && /复议|诉讼/u.test(row.label))) continue;
    for (let g = 0; g * 5 < row.values.length; g++) {
      const five = row.values.slice(g * 5, g * 5 + 5);
      const sum = five.slice(0, 4).reduce((a, b) => a + b, 0);
      if (sum !== five[4]) {
        const group = row.values.length === 5 ? shortLabel(row.label) : GROUPS[g]!;
        messages.push(msg('tableReviewTotal', row.line, { group, sum, total: five[4]! }));
      }
    }
  }
  return messages;
}

function shortLabel(label: string): string {
  return label.length > 24 ? `${label.slice(0, 24)}…` : label;
}

function msg<C extends Code>(code: C, line: number, args: MessageArgs[C]): Message {
  // The compiler cannot pair a generic code with its arguments inside; callers are checked by the signature.
  return { ruleId: 'tables', code, args, severity: 'error', line, column: 1 } as Message;
}
