/**
 * Left-over placeholders in a draft: XX/XXX for a name or number, ***, ＿＿, 【待补充】/（待填）,
 * and mojibake (a lone ? or � inside Chinese text). Reported with line and column.
 * A compilation anonymised on purpose switches this off (`checks: { placeholders: false }`).
 */
import type { Message } from '../types.js';
import type { CheckContext } from './index.js';

const HAN = '\\u4e00-\\u9fff';
const PATTERNS: readonly { readonly kind: string; readonly pattern: RegExp }[] = [
  // XX县, XX条, 2023年X月: Latin X standing for a name or figure, not part of an English word.
  { kind: 'mask', pattern: /(?<![A-Za-z])(?:[Xx]{2,}|[Xx](?=[条件篇次个项名人户元万亿月日年%]))(?![A-Za-z])/gu },
  { kind: 'mask', pattern: /[*＊]{2,}|[○〇]{3,}/gu },
  { kind: 'blank', pattern: /[_＿]{2,}/gu },
  { kind: 'todo', pattern: /[【\[(（]\s*待(?:补充|填写?|定|完善|核实|确认)?\s*[】\])）]|[【\[]\s*(?:此处|这里)?(?:填写|补充)[^】\]]{0,10}[】\]]/gu },
  { kind: 'mojibake', pattern: /\uFFFD/gu },
  { kind: 'mojibake', pattern: new RegExp(`(?<=[${HAN}])\\?+(?=[${HAN}\\d])|^\\?+(?=[${HAN}\\d一二三四五六七八九十（(])`, 'gu') },
];

/**
 * A character (or 待 after an opening bracket) without which none of PATTERNS can match: one test
 * per line instead of six global searches, and almost every line of a finished report fails it.
 */
const MAYBE = /[Xx*＊○〇_＿【\[\uFFFD?]|[(（]\s*待/u;

/** More than this many in one report are summarised in one message. */
const LIMIT = 30;

export function placeholders(ctx: CheckContext): Message[] {
  const found: Message[] = [];
  let extra = 0;
  const { startLine, endLine } = ctx.outline.span;
  for (let n = startLine; n <= endLine; n++) {
    const line = ctx.lines[n - 1]!;
    if (!MAYBE.test(line)) continue;
    for (const { kind, pattern } of PATTERNS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
        if (found.length >= LIMIT) {
          extra++;
          continue;
        }
        found.push({ ruleId: 'placeholders', code: `placeholder-${kind}`, args: { text: m[0] }, severity: 'warning', line: n, column: m.index + 1 });
      }
    }
  }
  if (extra) {
    found.push({ ruleId: 'placeholders', code: 'placeholderMore', args: { count: extra }, severity: 'warning', line: startLine, column: 1 });
  }
  return found;
}
