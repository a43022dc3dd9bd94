/**
 * Left-over placeholders in a draft: XX/XXX for a name or number, ***, ＿＿ and □ blanks, the
 * template's own markers (【待补充：…】, （待填）, ……, XX年XX月), and mojibake (a lone ? or � inside
 * Chinese text). Reported with line and column. A draft marker (【待补充】) is an error by default:
 * no finished report has one, so an untouched `reportlint template` fails (issue 13); the others
 * are warnings, which `severity:` in the config or --severity can raise or lower.
 * A compilation anonymised on purpose switches this off (`checks: { placeholders: false }`).
 */
import type { Message, Severity } from '../types.js';
import type { CheckContext } from './index.js';

const HAN = '\\u4e00-\\u9fff';
/** In order: a match overlapping an earlier one on the same line is not reported again (XX inside 【待补充：XX】). */
const PATTERNS: readonly { readonly kind: 'todo' | 'date' | 'ellipsis' | 'mask' | 'blank' | 'mojibake'; readonly severity: Severity; readonly pattern: RegExp }[] = [
  // 【待补充：…】, （待填）, [待定], 【此处填写单位名称】: the template's and authors' own "fill this in".
  // Only the marker itself or the marker, a colon and what to write: "（待确认的12件申请已办结）" is text.
  { kind: 'todo', severity: 'error', pattern: /[【[(（]\s*待(?:补充|填写?|定|完善|核实|确认)\s*(?:[：:][^【】[\]()（）\n]{0,60})?[】\])）]|[【[]\s*(?:此处|这里)?(?:填写|补充)[^】\]]{0,30}[】\]]/gu },
  // 20XX年X月X日, XX年XX月: a date left as the template wrote it.
  { kind: 'date', severity: 'warning', pattern: /(?:\d{2})?[Xx]{2}年[Xx]{1,2}月(?:[Xx]{1,2}日)?/gu },
  // …… standing for text to write; not a 目录 line's dot leader before its page number.
  { kind: 'ellipsis', severity: 'warning', pattern: /…{2,}(?![…\s.·]*\d+\s*$)/gu },
  // XX县, XX条, 2023年X月: Latin X standing for a name or figure, not part of an English word.
  { kind: 'mask', severity: 'warning', pattern: /(?<![A-Za-z])(?:[Xx]{2,}|[Xx](?=[条件篇次个项名人户元万亿月日年%]))(?![A-Za-z])/gu },
  { kind: 'mask', severity: 'warning', pattern: /[*＊]{2,}|[○〇]{3,}/gu },
  { kind: 'blank', severity: 'warning', pattern: /[_＿]{2,}|□+/gu },
  { kind: 'mojibake', severity: 'warning', pattern: /\uFFFD/gu },
  { kind: 'mojibake', severity: 'warning', pattern: new RegExp(`(?<=[${HAN}])\\?+(?=[${HAN}\\d])|^\\?+(?=[${HAN}\\d一二三四五六七八九十（(])`, 'gu') },
];

/**
 * A character (or 待 after an opening bracket) without which none of PATTERNS can match: one test
 * per line instead of eight global searches, and almost every line of a finished report fails it.
 */
const MAYBE = /[Xx*＊○〇_＿【[\uFFFD?…□]|[(（]\s*待/u;

/** More than this many in one report are summarised in one message. */
const LIMIT = 30;

export function placeholders(ctx: CheckContext): Message[] {
  const found: Message[] = [];
  let extra = 0;
  const { startLine, endLine } = ctx.outline.span;
  for (let n = startLine; n <= endLine; n++) {
    const line = ctx.lines[n - 1]!;
    if (!MAYBE.test(line)) continue;
    const taken: [number, number][] = [];
    for (const { kind, severity, pattern } of PATTERNS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
        const from = m.index;
        const to = from + m[0].length;
        if (taken.some(([a, b]) => from < b && to > a)) continue;
        taken.push([from, to]);
        if (found.length >= LIMIT) {
          extra++;
          continue;
        }
        found.push({ ruleId: 'placeholders', code: `placeholder-${kind}`, args: { text: m[0] }, severity, line: n, column: from + 1 });
      }
    }
  }
  if (extra) {
    found.push({ ruleId: 'placeholders', code: 'placeholderMore', args: { count: extra }, severity: 'warning', line: startLine, column: 1 });
  }
  return found;
}
