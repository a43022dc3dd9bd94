/**
 * A section whose text is still the rule set's example (what `reportlint template` writes under
 * its heading) has a heading and no content of its own: it counts as weak, and says so (issue 13).
 * Run by run.ts beside the other checks, because it changes section findings, not only messages.
 */
import type { Message, Outline, SectionFinding } from '../types.js';
import type { RuleSet } from '../ruleset/types.js';

/** Whitespace and punctuation do not make a line the author's own. */
const IGNORED = /[\s，。、；：,.;:]/u;
const normal = (line: string) => line.replace(/[\s，。、；：,.;:]/gu, '');

/** The line's first character that normal() keeps: a cheap test before normalising a whole line. */
function firstKept(line: string): string {
  for (const ch of line) if (!IGNORED.test(ch)) return ch;
  return '';
}

/** Each section's example lines, normalised once per rule set (a batch checks thousands of reports). */
interface Example {
  readonly lines: ReadonlySet<string>;
  /** The first character of each line: a body line starting otherwise is the author's own. */
  readonly firsts: ReadonlySet<string>;
}
const examples = new WeakMap<RuleSet, Map<string, Example>>();
function exampleLines(ruleSet: RuleSet, id: string): Example | null {
  let byId = examples.get(ruleSet);
  if (!byId) {
    byId = new Map();
    for (const s of ruleSet.spec.sections) {
      if (!s.example) continue;
      const lines = new Set(s.example.split('\n').map(normal).filter(Boolean));
      if (lines.size) byId.set(s.id, { lines, firsts: new Set([...lines].map((l) => l[0]!)) });
    }
    examples.set(ruleSet, byId);
  }
  return byId.get(id) ?? null;
}

/** Fewer characters copied than this is not a template left in place. */
const MIN_CHARS = 8;

export interface TemplateLeftovers {
  readonly sections: SectionFinding[];
  readonly messages: Message[];
}

/**
 * Sections with their own heading whose body lines are, for the most part, the example's lines:
 * marked weak, with a `sectionTemplateText` message in place of the matcher's `sectionWeak`.
 */
export function templateLeftovers(ruleSet: RuleSet, outline: Outline, lines: readonly string[], sections: readonly SectionFinding[], messages: readonly Message[]): TemplateLeftovers {
  const marked = new Set<string>();
  const out: Message[] = [];
  const result = sections.map((finding) => {
    if (finding.status !== 'section' || finding.line === null) return finding;
    const own = exampleLines(ruleSet, finding.id);
    if (!own) return finding;
    const node = outline.nodes.find((n) => n.kind === 'heading' && n.line === finding.line);
    if (!node) return finding;
    if (!mostlyCopied(lines, node.line, node.endLine, own)) return finding;
    marked.add(finding.id);
    const section = ruleSet.sections.find((s) => s.id === finding.id)!;
    out.push({ ruleId: `${ruleSet.id}/${finding.id}`, code: 'sectionTemplateText', args: { section: finding.id, name: section.name, nameEn: section.nameEn }, severity: 'warning', line: node.line, column: 1 });
    return finding.weak ? finding : { ...finding, weak: true };
  });
  if (!marked.size) return { sections: [...sections], messages: [...messages] };
  const kept = messages.filter((m) => !(m.code === 'sectionWeak' && marked.has(String(m.args['section']))));
  return { sections: result, messages: [...kept, ...out] };
}

/**
 * Whether most of the section's non-blank lines (lines from..to-1, 0-based) are lines of the example,
 * with at least MIN_CHARS characters copied. Stops as soon as the answer cannot be yes: most sections
 * are the author's own from their first line.
 */
function mostlyCopied(lines: readonly string[], from: number, to: number, own: Example): boolean {
  let copied = 0;
  let other = 0;
  let chars = 0;
  for (let i = from; i < to; i++) {
    const first = firstKept(lines[i]!);
    if (!first) continue;
    const line = own.firsts.has(first) ? normal(lines[i]!) : '';
    if (line && own.lines.has(line)) {
      copied++;
      chars += line.length;
    } else if (++other > copied + (to - 1 - i)) return false;
  }
  // A short example ("无。" under 其他事项) is a real answer when the author writes it too.
  return copied > 0 && copied * 2 >= copied + other && chars >= MIN_CHARS;
}
