/**
 * Page positions for files with pages (PDF, OFD): an extracted-text line number -> the page it is
 * on and its line within that page, from FileResult.pageStarts.
 */
export interface PagePosition {
  readonly page: number;
  /** 1-based line within the page. */
  readonly line: number;
}

export function pageOf(pageStarts: readonly number[] | undefined, line: number): PagePosition | null {
  if (!pageStarts?.length || line < 1) return null;
  let lo = 0;
  let hi = pageStarts.length - 1;
  // The last page starting at or before the line (pages without text share their successor's start).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid]! <= line) lo = mid;
    else hi = mid - 1;
  }
  return { page: lo + 1, line: line - pageStarts[lo]! + 1 };
}
