/**
 * Load stage: a path (or stdin bytes) -> SourceText, or a FileError saying why not.
 * The only stage that knows about bytes, encodings and file formats.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { FileError, LineHint, SourceText } from '../types.js';
import { decode, splitLines } from './decode.js';

export interface LoadOptions {
  /** Forces a text encoding instead of detecting it. */
  readonly encoding?: string;
}

export type Loaded = { readonly ok: true; readonly source: SourceText } | { readonly ok: false; readonly error: FileError };

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
/** Formats people save reports in that we cannot read, and what to do instead. */
const UNSUPPORTED: Record<string, string> = {
  '.doc': 'docx', '.wps': 'docx', '.pdf': 'docx', '.rtf': 'docx', '.odt': 'docx',
  '.png': 'docx', '.jpg': 'docx', '.jpeg': 'docx', '.tif': 'docx', '.tiff': 'docx',
};

/** Extensions `reportlint <folder>` picks up. */
export const CHECKED_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx'];

export async function loadFile(path: string, options: LoadOptions = {}): Promise<Loaded> {
  const ext = extname(path).toLowerCase();
  if (UNSUPPORTED[ext]) {
    return fail('unsupportedFormat', { path, ext });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail('unreadable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  if (ext === '.docx') {
    const { loadDocx } = await import('./docx.js');
    return loadDocx(path, bytes);
  }
  return loadBytes(path, bytes, MARKDOWN_EXTENSIONS.has(ext) ? 'markdown' : 'text', options);
}

/** Text or Markdown bytes -> SourceText. Also used for stdin. */
export function loadBytes(path: string, bytes: Uint8Array, format: 'text' | 'markdown', options: LoadOptions = {}): Loaded {
  if (looksBinary(bytes)) return fail('binary', { path });
  const { text, encoding } = decode(bytes, options.encoding);
  const lines = splitLines(text);
  const hints = format === 'markdown' ? markdownHints(lines) : undefined;
  return { ok: true, source: { path, lines, encoding, format, lineUnit: 'line', ...(hints ? { hints } : {}) } };
}

export function isTextExtension(ext: string): boolean {
  return TEXT_EXTENSIONS.has(ext) || MARKDOWN_EXTENSIONS.has(ext);
}

/** A text file has no NUL bytes in its first 8 KB unless it is UTF-16, which we detect by BOM. */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const head = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  return nul > 0 && nul * 100 > head.length; // a stray NUL or two is damage, not binary
}

/** `#`-headings become outline hints; the `#` text itself stays in the line. */
function markdownHints(lines: readonly string[]): (LineHint | undefined)[] {
  return lines.map((line) => {
    const m = /^(#{1,6})\s+\S/.exec(line);
    return m ? { headingLevel: Math.min(m[1]!.length, 5), marker: m[1]! } : undefined;
  });
}

function fail(code: string, args: Record<string, string>): Loaded {
  return { ok: false, error: { code, args, severity: 'error' } };
}
