/**
 * Load stage: a path (or stdin bytes) -> SourceText, or a FileError saying why not.
 * The only stage that knows about bytes, encodings and file formats.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { FileError, LineHint, SourceText } from '../types.js';
import { decode, lostCharacters, splitLines } from './decode.js';
import { looksLikeHtml } from './html-charset.js';
import { isOwnOutput } from './own-output.js';
import { checkZip, zipNames } from './zip-guard.js';
import type { Code, MessageArgs } from '../messages/types.js';

export interface LoadOptions {
  /** Forces a text encoding instead of detecting it. */
  readonly encoding?: string;
  /**
   * The folder relative paths are named from (the CLI's io.cwd). Paths stay as the user named them
   * in results; only the reads resolve them, so an in-process run from another folder reads the right files.
   */
  readonly cwd?: string;
  /**
   * Files whose names are not UTF-8 (files.ts Expanded.rawPaths): by the name they are checked
   * under, the path's bytes to open them by. Bytes, as a worker thread receives them.
   */
  readonly rawPaths?: ReadonlyMap<string, Uint8Array>;
}

/** Where `path` is on disk: its bytes when its name is not UTF-8, else resolved against options.cwd when given. */
export function onDisk(path: string, options: LoadOptions = {}): string | Buffer {
  const raw = options.rawPaths?.get(path);
  if (raw) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  return options.cwd === undefined ? path : resolve(options.cwd, path);
}

export type Loaded = { readonly ok: true; readonly source: SourceText } | { readonly ok: false; readonly error: FileError };

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml']);
/** Read by converting to .docx with LibreOffice (load/soffice.ts) when it is installed. */
export const OFFICE_EXTENSIONS = new Set(['.doc', '.wps', '.rtf', '.odt']);
/** Formats people save reports in that we cannot read, and what to do instead. */
const UNSUPPORTED: Record<string, string> = {
  '.png': 'docx', '.jpg': 'docx', '.jpeg': 'docx', '.tif': 'docx', '.tiff': 'docx',
};

/** Extensions `reportlint <folder>` reads; every other file a walk meets is listed as skipped (files.ts). */
export const CHECKED_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx', ...HTML_EXTENSIONS, '.pdf', '.ofd', ...OFFICE_EXTENSIONS];
/** Formats a folder walk hands to the loader, which says why it cannot read them (an image: save the text as .docx). */
export const LISTED_UNSUPPORTED = Object.keys(UNSUPPORTED);

/**
 * Largest input read at all. A 100 MB compilation takes about 10 s and 1 GB; far beyond that,
 * V8's string limit (~512 M characters) would crash the decode instead of refusing the file.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export async function loadFile(path: string, options: LoadOptions = {}): Promise<Loaded> {
  const ext = extname(path).toLowerCase();
  if (UNSUPPORTED[ext]) {
    return fail('unsupportedFormat', { path, ext });
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(onDisk(path, options));
    if (info.isDirectory()) return fail('unreadable', { path, reason: 'EISDIR' });
    // A pipe or device would block the read forever (a hang, not an answer).
    if (!info.isFile()) return fail('unreadable', { path, reason: 'ENOTFILE' });
    if (info.size > MAX_INPUT_BYTES) return tooLarge(path, info.size);
    bytes = await readFile(onDisk(path, options));
  } catch (error) {
    return fail('unreadable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return loadNamed(path, bytes, options);
}

/**
 * Bytes already read, told apart by the file name's extension as loadFile tells them. The offline
 * page (src/page/) hands a dropped file's bytes here, so it reads files as the command line does.
 */
export async function loadNamed(path: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<Loaded> {
  const ext = extname(path).toLowerCase();
  if (UNSUPPORTED[ext]) return fail('unsupportedFormat', { path, ext });
  if (bytes.length > MAX_INPUT_BYTES) return tooLarge(path, bytes.length);
  const other = ext === '.docx' ? loadDocxBytes(path, bytes)
    : HTML_EXTENSIONS.has(ext) ? loadHtmlBytes(path, bytes, options)
    : ext === '.pdf' ? loadPdfBytes(path, bytes)
    : ext === '.ofd' ? loadOfdBytes(path, bytes)
    : OFFICE_EXTENSIONS.has(ext) ? import('./soffice.js').then((m) => m.loadViaSoffice(path, ext, bytes, (docx) => loadDocxBytes(path, docx)))
    : null;
  return other ? nameNoted(path, await other, options) : loadBytes(path, bytes, isMarkdownName(path) ? 'markdown' : 'text', options);
}

/**
 * A file found by its bytes because its name is not UTF-8 (LoadOptions.rawPaths) says so: it is
 * listed under the name its bytes read as in GB18030, and other programs may not open it.
 */
function nameNoted(path: string, loaded: Loaded, options: LoadOptions): Loaded {
  if (!loaded.ok || !options.rawPaths?.has(path)) return loaded;
  const notice: FileError = { code: 'nameNotUtf8', args: {}, severity: 'warning' };
  return { ok: true, source: { ...loaded.source, notices: [notice, ...(loaded.source.notices ?? [])] } };
}

/**
 * Standard input, told apart by its first bytes: a zip is a .docx or an OFD (by its parts), "%PDF-"
 * a PDF, a doctype or <html> a web page; anything else is text.
 */
export async function loadStdin(path: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<Loaded> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04; // "PK\3\4"
  if (zip) return zipNames(bytes)?.includes('OFD.xml') ? loadOfdBytes(path, bytes) : loadDocxBytes(path, bytes);
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return loadPdfBytes(path, bytes); // "%PDF"
  if (looksLikeHtml(bytes)) return loadHtmlBytes(path, bytes, options);
  return loadBytes(path, bytes, 'text', options);
}

async function loadHtmlBytes(path: string, bytes: Uint8Array, options: LoadOptions): Promise<Loaded> {
  if (looksBinary(bytes)) return fail('binary', { path });
  if (isOwnOutput(bytes)) return ownOutput(path);
  const { loadHtml } = await import('./html.js');
  return loadHtml(path, bytes, options);
}

async function loadPdfBytes(path: string, bytes: Uint8Array): Promise<Loaded> {
  const { loadPdf } = await import('./pdf.js');
  return loadPdf(path, bytes);
}

async function loadOfdBytes(path: string, bytes: Uint8Array): Promise<Loaded> {
  const { loadOfd } = await import('./ofd.js');
  return loadOfd(path, bytes);
}

async function loadDocxBytes(path: string, bytes: Uint8Array): Promise<Loaded> {
  // Encrypted, truncated, non-zip and zip-bomb files are told apart here, before the zip is inflated.
  const refused = checkZip(bytes);
  if (refused) return fail(refused.code, { path, ...refused.args });
  const { loadDocxIsolated } = await import('./docx-isolated.js');
  return loadDocxIsolated(path, bytes);
}

/** Text or Markdown bytes -> SourceText. Also used for stdin. */
export function loadBytes(path: string, bytes: Uint8Array, format: 'text' | 'markdown', options: LoadOptions = {}): Loaded {
  if (bytes.length > MAX_INPUT_BYTES) return tooLarge(path, bytes.length);
  if (looksBinary(bytes)) return fail('binary', { path });
  if (isOwnOutput(bytes)) return ownOutput(path);
  const decoded = decode(bytes, options.encoding);
  const { text, encoding } = decoded;
  const lines = splitLines(text);
  const hints = format === 'markdown' ? markdownHints(lines) : undefined;
  const lost = lostCharacters(bytes, decoded);
  const notices: FileError[] = lost
    ? [{ code: 'decodeLossy', args: { count: lost, encoding }, severity: 'warning', line: firstLineWith(lines, '\uFFFD') }]
    : [];
  const source: SourceText = { path, lines, encoding, format, lineUnit: 'line', ...(hints ? { hints } : {}) };
  return nameNoted(path, { ok: true, source: notices.length ? { ...source, notices } : source }, options);
}

export function isTextExtension(ext: string): boolean {
  return TEXT_EXTENSIONS.has(ext) || MARKDOWN_EXTENSIONS.has(ext);
}

/** A name that marks its bytes as Markdown (`#` headings become outline hints). */
export function isMarkdownName(path: string): boolean {
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase());
}

/**
 * Bytes in memory under a name (standard input, a text given to the API): Markdown by a .md name,
 * anything else told apart by its first bytes as loadStdin does.
 */
export async function loadInMemory(path: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<Loaded> {
  return isMarkdownName(path) ? loadBytes(path, bytes, 'markdown', options) : loadStdin(path, bytes, options);
}

/**
 * Text has almost no control bytes in its first 8 KB (UTF-16, detected by BOM, aside).
 * Images and random data have about one in ten; a stray NUL or two is damage, not binary.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const head = bytes.subarray(0, 8192);
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return true; // PNG
  let control = 0;
  // An index loop: `for (const b of head)` went through the iterator protocol for every byte (~3% of a worker's CPU).
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control > 0 && control * 50 > head.length;
}

function firstLineWith(lines: readonly string[], char: string): number {
  return lines.findIndex((l) => l.includes(char)) + 1;
}

function tooLarge(path: string, size: number): Loaded {
  return fail('tooLarge', { path, sizeMb: Math.ceil(size / 1048576), limitMb: MAX_INPUT_BYTES / 1048576 });
}

/** `#`-headings become outline hints; the `#` text itself stays in the line. */
function markdownHints(lines: readonly string[]): (LineHint | undefined)[] {
  return lines.map((line) => {
    const m = /^(#{1,6})\s+\S/.exec(line);
    return m ? { headingLevel: Math.min(m[1]!.length, 5), marker: m[1]! } : undefined;
  });
}

/**
 * An output of an earlier run written into a checked folder (own-output.ts): skipped with a warning,
 * as a folder walk skips a lock file, never read as a report.
 */
function ownOutput(path: string): Loaded {
  return { ok: false, error: { code: 'skippedFile', args: { path, reason: 'ownOutput', ext: extname(path).toLowerCase() }, severity: 'warning' } };
}

/** A file error of `code`, with exactly that code's arguments (messages/types.ts). */
function fail<C extends Code>(code: C, args: MessageArgs[C]): Loaded {
  return { ok: false, error: { code, args, severity: 'error' } };
}
