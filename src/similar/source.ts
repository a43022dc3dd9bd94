/** Builds the engine's view of a checked file: report spans plus the line ranges of their problems and plans sections. */
import { buildOutline } from '../outline/index.js';
import type { FileResult, ReportResult, SourceText } from '../types.js';
import type { SectionKind, SimilarFile, SimilarReport } from './model.js';

/** Section ids (as rule sets name them) whose copying from last year gets its own message. */
const SECTION_IDS: readonly SectionKind[] = ['problems', 'plans'];

export function similarFile(source: SourceText, result: FileResult, baseline: boolean): SimilarFile {
  return { path: result.path, lines: source.lines, baseline, reports: result.reports.map((r) => similarReport(source, r)) };
}

function similarReport(source: SourceText, r: ReportResult): SimilarReport {
  const found = SECTION_IDS.map((id) => [id, r.sections.find((s) => s.id === id && s.status === 'section' && s.line !== null)] as const);
  const sections: Partial<Record<SectionKind, readonly [number, number]>> = {};
  if (found.some(([, f]) => f)) {
    const span = { title: r.title, startLine: r.startLine, endLine: r.endLine };
    const nodes = buildOutline(source.lines, span, source.hints).nodes;
    for (const [id, f] of found) {
      if (!f || f.line === null) continue;
      // The section is the outline node whose heading the checker pointed at, down to its last content line.
      const node = nodes.filter((n) => n.line === f.line).sort((x, y) => y.endLine - x.endLine)[0];
      sections[id] = [f.line, Math.max(f.line, node?.endLine ?? f.line)];
    }
  }
  return { title: r.title, startLine: r.startLine, endLine: r.endLine, sections };
}
