/**
 * The --cache file's format (version 3), one line per file, so a run never parses or holds the whole
 * cache: a header line `{"reportlintCache":2,"key":"…"}`, then for each file
 * `["/abs/path",size,mtimeMs,"sha1"]`, a tab, its result without the path as JSON, and, when the run
 * signed it for the 内容雷同 pass, a tab and its signatures (cache-signs.ts). JSON never writes a raw tab
 * or newline, so tabs end the entry's metadata and its result, and a newline ends the line.
 * Opening reads the file in 1 MB pieces and keeps only where each result lies; a hit reads that
 * slice back and parses it. Uint32Array fields (signatures a result may carry) are kept as
 * `{"$u32":"<base64>"}`; anything else a result holds is kept as JSON keeps it.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export const CACHE_FORMAT = 3;

/** One file's entry: the stat and hash it was filed under, and where its result lies in the cache file. */
export interface IndexedEntry {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
  readonly at: number;
  readonly length: number;
}

/** An open cache file: its entries by absolute path, and the descriptor their results are read from. */
export interface CacheIndex {
  readonly fd: number;
  readonly entries: Map<string, IndexedEntry>;
  /** The last piece read: lookups come in path order, entries were written about in that order, so most hits are in it. */
  window?: { readonly at: number; readonly bytes: Buffer };
}

/**
 * Largest cache read back; a bigger one (or anything but a regular file) starts empty. The file is
 * never held whole (a 200,000-report cache is about 450 MB): the limit bounds the index and the scan.
 */
export const MAX_CACHE_BYTES = 2 * 1024 * 1024 * 1024;

const PIECE = 1024 * 1024;
/** Longer metadata than this (a path is at most a few KB) means a damaged line: skipped. */
const MAX_META = 64 * 1024;
const TAB = 9;
const NEWLINE = 10;

/**
 * Opens the cache at `file` written under `key`; null when it is missing, not a regular file, or
 * not a cache of this format and key. Damaged lines are left out, never an error.
 */
export function openCacheIndex(file: string, key: string): CacheIndex | null {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO named as the cache must not block the run (check.ts refuses one before; this is the backstop).
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_CACHE_BYTES) throw new Error('not a cache');
    const entries = scan(fd, key);
    if (entries) return { fd, entries };
  } catch {
    // unreadable: an empty cache
  }
  closeSync(fd);
  return null;
}

/** The entries of the cache open on `fd`, or null when its header is not this format and key. */
function scan(fd: number, key: string): Map<string, IndexedEntry> | null {
  const entries = new Map<string, IndexedEntry>();
  const piece = Buffer.allocUnsafe(PIECE);
  let carry = Buffer.alloc(0);
  let readAt = 0;
  let lineStart = 0; // absolute offset of the line being read
  let meta: Meta | null | undefined; // undefined: header not read yet; null: line to skip
  let resultAt = -1; // absolute offset of the current line's result, once its tab is found
  for (;;) {
    const n = readSync(fd, piece, 0, PIECE, readAt);
    if (n === 0) break;
    const data = carry.length ? Buffer.concat([carry, piece.subarray(0, n)]) : piece.subarray(0, n);
    const dataAt = readAt - carry.length;
    readAt += n;
    for (;;) {
      if (meta === undefined) {
        const end = data.indexOf(NEWLINE, lineStart - dataAt);
        if (end < 0) break;
        if (!isHeader(data.toString('utf8', lineStart - dataAt, end), key)) return null;
        meta = null;
        lineStart = dataAt + end + 1;
        continue;
      }
      if (resultAt < 0) {
        const from = lineStart - dataAt;
        const tab = data.indexOf(TAB, from);
        const end = data.indexOf(NEWLINE, from);
        if (end >= 0 && (tab < 0 || end < tab)) {
          lineStart = dataAt + end + 1; // no tab: a damaged line
          continue;
        }
        if (tab < 0) break;
        meta = tab - from > MAX_META ? null : parseMeta(data.toString('utf8', from, tab));
        resultAt = dataAt + tab + 1;
      }
      const end = data.indexOf(NEWLINE, Math.max(0, resultAt - dataAt));
      if (end < 0) break;
      if (meta) entries.set(meta.path, { size: meta.size, mtimeMs: meta.mtimeMs, hash: meta.hash, at: resultAt, length: dataAt + end - resultAt });
      lineStart = dataAt + end + 1;
      resultAt = -1;
    }
    // Keep what a line still needs: its start until its tab is found (bounded), nothing while its result is skipped over.
    carry = Buffer.alloc(0);
    if (resultAt < 0) {
      const from = lineStart - dataAt;
      if (data.length - from <= MAX_META) carry = Buffer.from(data.subarray(from));
      else if (meta === undefined) return null; // no header line
      else {
        meta = null; // metadata longer than any path: a damaged line, skipped to its end
        resultAt = readAt;
      }
    }
  }
  return meta === undefined ? null : entries;
}

interface Meta {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
}

function isHeader(line: string, key: string): boolean {
  try {
    const head = JSON.parse(line) as { reportlintCache?: unknown; key?: unknown } | null;
    return !!head && head.reportlintCache === CACHE_FORMAT && head.key === key;
  } catch {
    return false;
  }
}

function parseMeta(text: string): Meta | null {
  try {
    const m = JSON.parse(text) as unknown;
    if (!Array.isArray(m) || m.length !== 4) return null;
    const [path, size, mtimeMs, hash] = m as unknown[];
    const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
    return typeof path === 'string' && finite(size) && finite(mtimeMs) && typeof hash === 'string' ? { path, size, mtimeMs, hash } : null;
  } catch {
    return null;
  }
}

/** The bytes of an entry's result, read back from the cache file (a view of the last piece read when it holds them). */
export function readResultBytes(index: CacheIndex, entry: IndexedEntry): Buffer {
  const w = index.window;
  if (w && entry.at >= w.at && entry.at + entry.length <= w.at + w.bytes.length) return w.bytes.subarray(entry.at - w.at, entry.at - w.at + entry.length);
  // One read of a whole piece instead of one per entry: a rerun of 4,200 files makes 22 reads, not 4,200.
  const bytes = Buffer.allocUnsafe(Math.max(entry.length, PIECE));
  let done = 0;
  while (done < entry.length) {
    const n = readSync(index.fd, bytes, done, bytes.length - done, entry.at + done);
    if (n === 0) throw new Error('cache file shorter than its index');
    done += n;
  }
  index.window = { at: entry.at, bytes: bytes.subarray(0, done) };
  return bytes.subarray(0, entry.length);
}

/** An entry's bytes split into its result and its signatures (null when it was stored without). */
export function splitEntry(bytes: Buffer): { result: Buffer; signs: Buffer | null } {
  const tab = bytes.indexOf(TAB);
  return tab < 0 ? { result: bytes, signs: null } : { result: bytes.subarray(0, tab), signs: bytes.subarray(tab + 1) };
}

/** An entry's result parsed back (shape not yet checked); throws on damaged JSON or base64. */
export function decodeResult(bytes: Buffer): unknown {
  const text = bytes.toString('utf8');
  // The reviver costs a call per value: only lines that hold an encoded array pay it.
  return text.includes('{"$u32":') ? JSON.parse(text, revive) : JSON.parse(text);
}

function revive(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const encoded = (value as { $u32?: unknown }).$u32;
  if (typeof encoded !== 'string' || Object.keys(value).length !== 1) return value;
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length % 4 !== 0) throw new Error('damaged Uint32Array in the cache');
  const words = new Uint32Array(bytes.length / 4);
  new Uint8Array(words.buffer).set(bytes);
  return words;
}

/** One cache line for `result` (its path already removed) filed under `path`, size, mtime and hash. */
export function encodeLine(path: string, size: number, mtimeMs: number, hash: string, result: unknown, signs?: string): string {
  return `${metaText(path, size, mtimeMs, hash)}\t${JSON.stringify(result, replace)}${signs === undefined ? '' : `\t${signs}`}\n`;
}

/** An entry's metadata, the part of a line before its tab. */
export function metaText(path: string, size: number, mtimeMs: number, hash: string): string {
  return JSON.stringify([path, size, mtimeMs, hash]);
}

export function headerLine(key: string): string {
  return `${JSON.stringify({ reportlintCache: CACHE_FORMAT, key })}\n`;
}

function replace(_key: string, value: unknown): unknown {
  return value instanceof Uint32Array ? { $u32: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') } : value;
}
