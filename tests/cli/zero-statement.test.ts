/**
 * Zero statements count (issue 13): "本年度未收到政府信息公开申请" is a full answer for 依申请公开, and
 * nothing of the verdict layer (template text, placeholders, thin or figures checks, failedBecause)
 * may call such a section missing or thin because its figure is zero.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJson } from '../helpers/cli.js';

const fixtures = join(import.meta.dirname, '../fixtures/template');

describe('zero statements', () => {
  it('a 依申请公开 section saying no request came in has no finding, and the report passes', async () => {
    const { code, json } = await runJson([join(fixtures, 'zwgk-summary-zero-requests.txt'), '--no-similar']);
    expect(code).toBe(0);
    const report = json.files[0]!.reports[0]!;
    expect(report.sections.find((s) => s.id === 'onRequest')).toMatchObject({ status: 'section', weak: false });
    expect(report.messages.filter((m) => m.ruleId === 'zwgk-summary/onRequest')).toEqual([]);
  });

  // The matcher's part (issue 12): the statement in the opening paragraph, with no 依申请公开 heading,
  // is a mention of the topic that quotes the zero, and the report passes.
  it('"本年度未收到政府信息公开申请" in the opening paragraph covers 依申请公开: not missing, and the report passes', async () => {
    const { code, json } = await runJson([join(fixtures, 'zwgk-summary-zero-in-intro.txt'), '--no-similar']);
    expect(code).toBe(0);
    const report = json.files[0]!.reports[0]!;
    expect(report.sections.find((s) => s.id === 'onRequest')).toMatchObject({ status: 'mention', line: 3, terms: ['未收到政府信息公开申请'] });
    expect(report.messages.filter((m) => m.ruleId === 'zwgk-summary/onRequest').map((m) => [m.code, m.message])).toEqual([
      ['sectionOnlyMentioned', '“依申请公开”仅在其他部分中提及（“未收到政府信息公开申请”），建议单列标题或条目。'],
    ]);
  });
});
