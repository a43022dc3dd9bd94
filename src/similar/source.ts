/** Signs a checked file from its text read again: for results that come without signatures (a --cache hit, the page, the API's results). */
import { buildOutline } from '../outline/index.js';
import type { FileResult, ReportSign, SourceText } from '../types.js';
import { sectionRanges, signReport } from './sign.js';

/** One signature per report of `result`; sections (from an outline built here, only if needed) when `withSections`. */
export function signFile(source: SourceText, result: FileResult, withSections: boolean): ReportSign[] {
  return result.reports.map((r) => {
    const span = { title: r.title, startLine: r.startLine, endLine: r.endLine };
    const ranges = withSections ? sectionRanges(r.sections, () => buildOutline(source.lines, span, source.hints).nodes) : undefined;
    return signReport(source.lines, r.startLine, r.endLine, ranges);
  });
}
