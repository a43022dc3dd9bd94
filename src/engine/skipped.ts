/**
 * The check command's policy for files it cannot read by format: an image, a scanned PDF or a .doc
 * without LibreOffice that a folder or glob turned up is listed as skipped (a warning, the batch still passes);
 * one the user named outright stays an error (exit 2).
 */
import type { Skipped } from '../files.js';
import type { FileResult } from '../types.js';

/** A file a folder walk met but does not read, listed as a warning with the reason. */
export function skippedResult(s: Skipped): FileResult {
  return { path: s.path, encoding: null, lineUnit: 'line', reports: [], errors: [{ code: 'skippedFile', args: { path: s.path, reason: s.reason, ext: s.ext }, severity: 'warning' }] };
}

export function softenUnnamed(results: readonly FileResult[], named: readonly string[]): FileResult[] {
  const typed = new Set(named);
  return results.map((file) => soften(file, typed));
}

/** One file as softenUnnamed leaves it; `named` holds the paths given on the command line. */
export function soften(file: FileResult, named: ReadonlySet<string>): FileResult {
  if (named.has(file.path) || !file.errors.some((e) => SKIPPABLE.has(e.code))) return file;
  return {
    ...file,
    errors: file.errors.map((e) => (e.code === 'unsupportedFormat' ? { ...e, code: 'unsupportedSkipped', severity: 'warning' as const } : SKIPPABLE.has(e.code) ? { ...e, severity: 'warning' as const } : e)),
  };
}

/** Files we cannot read for what they are, not because they are broken: a scan, a .doc without LibreOffice. */
const SKIPPABLE = new Set(['unsupportedFormat', 'pdfScanned', 'ofdEmpty', 'sofficeMissing']);
