/**
 * A failed report's reasons as one sentence, in the user's language. Every format says why a report
 * failed with this text, so stylish, SARIF, JUnit, GitHub, Markdown, CSV and HTML agree (issue 13).
 */
import type { FailReason, Lang, SourceText } from '../types.js';

/** What a line number counts: text lines, or a .docx's paragraphs (段). */
export type LineUnit = SourceText['lineUnit'];
import { render } from './index.js';

export function failReasonText(reason: FailReason, lang: Lang, unit: LineUnit = 'line'): string {
  const en = lang === 'en';
  const at = (n: number) => (en ? `${unit === 'paragraph' ? 'paragraph' : 'line'} ${n}` : `第 ${n} ${unit === 'paragraph' ? '段' : '行'}`);
  switch (reason.code) {
    case 'requiredMissing': {
      const names = reason.sections.map((s) => (en ? `"${s.nameEn}"` : `“${s.name}”`));
      return en ? `required section${names.length > 1 ? 's' : ''} missing: ${names.join(', ')}` : `缺少必备部分${names.join('、')}`;
    }
    case 'tableMismatch':
      return en ? `${reason.count} table figure(s) do not add up (first at ${at(reason.line)})` : `表格数据不一致 ${reason.count} 处（首处在${at(reason.line)}）`;
    case 'belowPassMark':
      return en ? `score ${reason.score}/100 is below the pass mark ${reason.passMark}` : `得分 ${reason.score}/100，低于及格线 ${reason.passMark}`;
    case 'errorFinding': {
      const first = render(reason.first.code, reason.first.args, lang).replace(/[。.]$/u, '');
      if (en) return `${reason.count} error-level finding(s), e.g. ${at(reason.first.line)}: ${first}`;
      return `${reason.count} 处错误级问题，如${at(reason.first.line)}：${first}`;
    }
  }
}

/** All of a report's reasons: "未通过：缺少必备部分“…”；得分 55/100，低于及格线 60。" */
export function failedText(reasons: readonly FailReason[], lang: Lang, unit: LineUnit = 'line'): string {
  const parts = reasons.map((r) => failReasonText(r, lang, unit));
  if (lang === 'en') return `Failed: ${parts.join('; ')}.`;
  return `未通过：${parts.join('；')}。`;
}

/** The reasons' codes, for machine-readable fields (SARIF properties, JUnit failure type). */
export function reasonCodes(reasons: readonly FailReason[]): string[] {
  return reasons.map((r) => r.code);
}
