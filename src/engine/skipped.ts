/**
 * The check command's policy for files it cannot read by format: a .doc, .wps, .pdf or image
 * that a folder or glob turned up is listed as skipped (a warning, the batch still passes);
 * one the user named outright stays an error (exit 2).
 */
import type { FileResult } from '../types.js';

export function softenUnnamed(results: readonly FileResult[], named: readonly string[]): FileResult[] {
  const typed = new Set(named);
  return results.map((file) => soften(file, typed));
}

/** One file as softenUnnamed leaves it; `named` holds the paths given on the command line. */
export function soften(file: FileResult, named: ReadonlySet<string>): FileResult {
  if (named.has(file.path) || !file.errors.some((e) => e.code === 'unsupportedFormat')) return file;
  return {
    ...file,
    errors: file.errors.map((e) => (e.code === 'unsupportedFormat' ? { ...e, code: 'unsupportedSkipped', severity: 'warning' as const } : e)),
  };
}
