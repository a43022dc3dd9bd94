/** The one sentence every format gives for a failed report (src/messages/verdict.ts), from the reasons src/score/verdict.ts finds. */
import { describe, expect, it } from 'vitest';
import { failedText } from '../../src/messages/verdict.js';
import { failedBecause, reasonsOf } from '../../src/score/verdict.js';
import type { FailReason, Message, ReportResult } from '../../src/types.js';

const missing = (id: string, name: string, nameEn: string): Message => ({ ruleId: `s/${id}`, code: 'sectionMissing', args: { name, nameEn }, severity: 'error', line: 1, column: 1 });
const table: Message = { ruleId: 'tables', code: 'tableOutcomeSum', args: { column: 2, sum: 3, total: 4 }, severity: 'error', line: 30, column: 1 };
const todo: Message = { ruleId: 'placeholders', code: 'placeholder-todo', args: { text: '【待补充】' }, severity: 'error', line: 7, column: 3 };

describe('failedBecause', () => {
  it('names each kind of reason once, in a fixed order; warnings and waived errors are no reason', () => {
    const waived: Message = { ...todo, line: 2, waived: { index: 0, reason: 'x' } };
    const warning: Message = { ...todo, severity: 'warning' };
    const reasons = failedBecause(55, 60, [todo, table, missing('a', '甲', 'A'), missing('b', '乙', 'B'), waived, warning, { ...table, line: 20 }]);
    expect(reasons).toEqual([
      { code: 'requiredMissing', sections: [{ id: 'a', name: '甲', nameEn: 'A' }, { id: 'b', name: '乙', nameEn: 'B' }] },
      { code: 'tableMismatch', count: 2, line: 20 },
      { code: 'belowPassMark', score: 55, passMark: 60 },
      { code: 'errorFinding', count: 1, first: { ruleId: 'placeholders', code: 'placeholder-todo', args: { text: '【待补充】' }, line: 7 } },
    ]);
    expect(failedBecause(60, 60, [warning, waived])).toEqual([]);
  });

  it('reads as one sentence in Chinese and English, counting paragraphs in a .docx', () => {
    const reasons: FailReason[] = failedBecause(55, 60, [missing('a', '甲', 'A'), missing('b', '乙', 'B'), table, todo]);
    expect(failedText(reasons, 'zh')).toBe('未通过：缺少必备部分“甲”、“乙”；表格数据不一致 1 处（首处在第 30 行）；得分 55/100，低于及格线 60；1 处错误级问题，如第 7 行：草稿标记“【待补充】”尚未处理。');
    expect(failedText(reasons, 'en')).toBe('Failed: required sections missing: "A", "B"; 1 table figure(s) do not add up (first at line 30); score 55/100 is below the pass mark 60; 1 error-level finding(s), e.g. line 7: Draft marker "【待补充】" not resolved.');
    expect(failedText(reasons, 'zh', 'paragraph')).toContain('（首处在第 30 段）');
    expect(failedText(reasons, 'en', 'paragraph')).toContain('e.g. paragraph 7:');
  });

  it('results saved without the list get it from their findings, or from the score alone', () => {
    const base = { title: 't', startLine: 1, endLine: 9, ruleSet: 's', routing: { ruleSet: 's', by: 'title', evidence: '' }, score: 90, passMark: 60, sections: [] } as const;
    expect(reasonsOf({ ...base, passed: false, messages: [table] } as ReportResult).map((r) => r.code)).toEqual(['tableMismatch']);
    expect(reasonsOf({ ...base, passed: false, messages: [] } as ReportResult)).toEqual([{ code: 'belowPassMark', score: 90, passMark: 60 }]);
    expect(reasonsOf({ ...base, passed: true, messages: [] } as ReportResult)).toEqual([]);
  });
});
