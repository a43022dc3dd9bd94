/**
 * A section whose text is still the rule set's example (what `reportlint template` writes under
 * its heading) has a heading and no content of its own: it counts as weak, and says so (issue 13).
 * Run by run.ts beside the other checks, because it changes section findings, not only messages.
 */
import type { Message, Outline, SectionFinding } from '../types.js';
import type { RuleSet } from '../ruleset/types.js';

/** Whitespace and punctuation do not make a line the author's own. */
const normal = (line: string) => line.replace(/[\s，。、；：,.;:]/gu, '');

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
  const result = sections.map((finding, i) => {
    const example = ruleSet.spec.sections[i]?.id === finding.id ? ruleSet.spec.sections[i]!.example : ruleSet.spec.sections.find((s) => s.id === finding.id)?.example;
    if (!example || finding.status !== 'section' || finding.line === null) return finding;
    const node = outline.nodes.find((n) => n.kind === 'heading' && n.line === finding.line);
    if (!node) return finding;
    const own = new Set(example.split('\n').map(normal).filter(Boolean));
    const body = lines.slice(node.line, node.endLine).map(normal).filter(Boolean);
    const copied = body.filter((l) => own.has(l));
    // A short example ("无。" under 其他事项) is a real answer when the author writes it too.
    if (!body.length || copied.length * 2 < body.length || copied.join('').length < MIN_CHARS) return finding;
    marked.add(finding.id);
    const section = ruleSet.sections.find((s) => s.id === finding.id)!;
    out.push({ ruleId: `${ruleSet.id}/${finding.id}`, code: 'sectionTemplateText', args: { section: finding.id, name: section.name, nameEn: section.nameEn }, severity: 'warning', line: node.line, column: 1 });
    return finding.weak ? finding : { ...finding, weak: true };
  });
  if (!marked.size) return { sections: [...sections], messages: [...messages] };
  const kept = messages.filter((m) => !(m.code === 'sectionWeak' && marked.has(String(m.args['section']))));
  return { sections: result, messages: [...kept, ...out] };
}
