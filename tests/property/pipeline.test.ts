/**
 * Properties of the splitter, the outline parser and the matcher, for any text:
 * they never throw, line ranges stay inside the input and do not overlap, findings are deterministic,
 * and an unrelated paragraph inserted anywhere never takes a finding away from a section.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSections } from '../../src/match/index.js';
import { buildOutline } from '../../src/outline/index.js';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../../src/ruleset/load.js';
import { checkReport } from '../../src/run.js';
import { splitReports } from '../../src/split/index.js';
import type { SectionStatus, SourceText } from '../../src/types.js';
import { lines as anyLines, report, unrelatedParagraph } from './arbitraries.js';

// Fixed seed: a failure reproduces on every machine; change it locally to explore.
const settings = { seed: 20_241_231, numRuns: 150 };
const ruleSets = loadRuleSets(BUILTIN_RULES_DIR);
const zwgk = ruleSets.find((r) => r.id === 'zwgk-summary')!;

describe('splitter', () => {
  it('reports lie inside the input, in order, without overlapping', () => {
    fc.assert(
      fc.property(anyLines, (lines) => {
        const split = splitReports(lines);
        let previousEnd = 0;
        for (const r of split.reports) {
          expect(r.startLine).toBeGreaterThan(previousEnd);
          expect(r.endLine).toBeGreaterThanOrEqual(r.startLine);
          expect(r.endLine).toBeLessThanOrEqual(lines.length);
          previousEnd = r.endLine;
        }
        if (split.frontMatter) expect(split.frontMatter.endLine).toBeLessThan(split.reports[0]?.startLine ?? Infinity);
        for (const notice of split.notices) if (notice.line !== undefined) expect(notice.line).toBeLessThanOrEqual(lines.length);
      }),
      settings,
    );
  });
});

describe('outline', () => {
  it('nodes lie inside their report, in document order, with parents above them and siblings apart', () => {
    fc.assert(
      fc.property(anyLines, (lines) => {
        for (const span of splitReports(lines).reports) {
          const { nodes } = buildOutline(lines, span);
          nodes.forEach((node, i) => {
            expect(node.line).toBeGreaterThanOrEqual(span.startLine);
            expect(node.endLine).toBeGreaterThanOrEqual(node.line);
            expect(node.endLine).toBeLessThanOrEqual(span.endLine);
            expect(node.column).toBeGreaterThanOrEqual(1);
            if (i > 0) expect(node.line).toBeGreaterThanOrEqual(nodes[i - 1]!.line);
            if (node.parent !== -1) {
              expect(node.parent).toBeLessThan(i);
              const parent = nodes[node.parent]!;
              expect(parent.level).toBeLessThan(node.level);
              expect(parent.endLine).toBeGreaterThanOrEqual(node.endLine);
            }
          });
          // Siblings on different lines never share a line range.
          nodes.forEach((a, i) => {
            const next = nodes.slice(i + 1).find((b) => b.parent === a.parent && b.level === a.level);
            if (next && next.line > a.line) expect(a.endLine).toBeLessThan(next.line);
          });
        }
      }),
      settings,
    );
  });
});

describe('matcher', () => {
  it('never throws, keeps evidence inside the report, and gives the same findings twice', () => {
    fc.assert(
      fc.property(anyLines, (lines) => {
        for (const span of splitReports(lines).reports) {
          const outline = buildOutline(lines, span);
          const first = matchSections(zwgk, outline, lines);
          const again = matchSections(zwgk, buildOutline([...lines], span), [...lines]);
          expect(again).toEqual(first);
          for (const s of first.sections) {
            if (s.line !== null) {
              expect(s.line).toBeGreaterThanOrEqual(span.startLine);
              expect(s.line).toBeLessThanOrEqual(span.endLine);
            }
          }
        }
      }),
      settings,
    );
  });

  it('an unrelated paragraph inserted anywhere in the body never removes a finding', () => {
    const rank: Record<SectionStatus, number> = { missing: 0, mention: 1, section: 2 };
    const check = (lines: readonly string[]) => {
      const source: SourceText = { path: 'x.txt', lines, encoding: 'utf-8', format: 'text', lineUnit: 'line' };
      const spans = splitReports(lines).reports;
      expect(spans).toHaveLength(1);
      return checkReport(source, spans[0]!, { ruleSets, forced: zwgk });
    };
    fc.assert(
      fc.property(report, unrelatedParagraph, fc.nat(), fc.boolean(), (lines, paragraph, at, blank) => {
        const before = check(lines);
        const where = 2 + (at % (lines.length - 1)); // after the title and its blank line
        const inserted = blank ? ['', paragraph, ''] : [paragraph];
        const after = check([...lines.slice(0, where), ...inserted, ...lines.slice(where)]);
        before.sections.forEach((s, i) => {
          expect(rank[after.sections[i]!.status], `${s.id} was ${s.status}`).toBeGreaterThanOrEqual(rank[s.status]);
        });
      }),
      { ...settings, numRuns: 100 },
    );
  });
});
