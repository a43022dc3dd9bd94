/**
 * `--cache`: results of unchanged files, kept between runs (ESLint's --cache). A lookup stats the
 * file first: the same size and mtime as its entry reuse the entry without reading the file. Only
 * when they differ is the file read and hashed; the same bytes are still a hit (the entry then takes
 * the new mtime). A new or changed file is read and hashed once, so its fresh result is filed under
 * the bytes that were checked. Entries are reused only under the run's key (tool version, rule sets
 * after config overrides, options).
 *
 * Memory: the cache file is never held or parsed whole (cache-file.ts keeps where each result lies
 * and parses one on a hit), and fresh results are written through to the new file as they come
 * instead of being kept for the end. The new file is written atomically (temp file, fsync, rename),
 * and only when something changed; a missing, unreadable or corrupt cache is an empty one.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openFileAtomic, type AtomicFile } from './io/atomic.js';
import { isCachedResult } from './cache-shape.js';
import { onDisk, type LoadOptions } from './load/index.js';
import { fingerprint, readInput } from './load/plain.js';
import { decodeResult, encodeLine, headerLine, metaText, openCacheIndex, readResultBytes, splitEntry, type CacheIndex, type IndexedEntry } from './cache-file.js';
import { decodeSigns, encodeSigns, type SignWant } from './cache-signs.js';
import type { FileResult } from './types.js';

/** Everything that changes a result besides the file itself, hashed; RegExps by source and flags. */
export function cacheKey(parts: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(parts, (_key, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value));
  } catch {
    // Something unserialisable (a cycle) in the rule sets: a key no cache can match, so nothing is reused.
    return `unkeyed-${randomUUID()}`;
  }
  return createHash('sha256').update(text).digest('hex');
}

/** The cache file a --cache-location names: a folder gets `.reportlintcache` inside it. */
export function cacheFile(location: string, cwd: string): string {
  const path = resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (existsSync(path) && statSync(path).isDirectory());
  return isDir ? resolve(path, '.reportlintcache') : path;
}

/** What this run found of a file: its stat before any read, and the hash of its bytes (an entry's own on a stat hit). */
interface Seen {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
}

/** Fresh lines are gathered to about this size before each write. */
const WRITE_PIECE = 256 * 1024;

export class ResultCache {
  private readonly seen = new Map<string, Seen>();
  /** Entries that hit by their hash after their mtime changed: saved with the new stat. */
  private readonly refreshed = new Set<string>();
  /** Files whose fresh result is already written to the new cache file. */
  private readonly written = new Set<string>();
  private out: AtomicFile | null = null;
  private pending: (string | Buffer)[] = [];
  private pendingSize = 0;
  private problem: string | null = null;

  private constructor(
    readonly file: string,
    private readonly key: string,
    /** The folder the batch's paths are named from (io.cwd): entries are keyed by absolute path. */
    private readonly cwd: string,
    private index: CacheIndex | null,
    /** How load/ reaches the inputs (files whose names are not UTF-8 by their bytes): the cache reads through it. */
    private readonly load: LoadOptions,
  ) {}

  /**
   * Opens the cache at `file` for paths named from `cwd` (`rawPaths`: the byte names of inputs whose names are
   * not UTF-8); anything but a well-formed cache written under `key` starts empty.
   */
  static open(file: string, key: string, cwd: string, rawPaths?: LoadOptions['rawPaths']): ResultCache {
    return new ResultCache(file, key, cwd, openCacheIndex(file, key), { cwd, ...(rawPaths?.size ? { rawPaths } : {}) });
  }

  /**
   * The cached result for `path` if the file is unchanged: by size and mtime, else by the hash of its bytes.
   * With `signs`, the 内容雷同 signatures kept with it when they fit (result.signs), so its file is not read again.
   */
  lookup(path: string, signs?: SignWant): FileResult | null {
    const abs = resolve(this.cwd, path);
    let size: number;
    let mtimeMs: number;
    try {
      // A stat never blocks: a FIFO input is left to the checker, which refuses it.
      const info = statSync(onDisk(path, this.load), { throwIfNoEntry: false });
      if (!info?.isFile()) return null;
      ({ size, mtimeMs } = info);
    } catch {
      return null;
    }
    const entry = this.index?.entries.get(abs);
    if (entry && entry.size === size && entry.mtimeMs === mtimeMs) {
      const hit = this.restore(entry, path, signs);
      if (hit) {
        this.seen.set(abs, entry);
        return hit;
      }
    }
    let bytes: Uint8Array;
    try {
      // load/ reads, as for the check: a regular file only, stat-checked on the open descriptor before any
      // byte is read (/dev/zero behind a link fills no memory), under the input size limit.
      bytes = readInput(path, this.load);
    } catch {
      return null; // not a regular file, too large or unreadable: let the checker say why
    }
    // Changed between the stat and the read: nothing is filed under a stat that does not match the bytes.
    if (bytes.length !== size) return null;
    const { hash } = fingerprint(bytes);
    this.seen.set(abs, { size, mtimeMs, hash });
    if (!entry || entry.hash !== hash || entry.size !== size) return null;
    const hit = this.restore(entry, path, signs);
    if (hit) this.refreshed.add(abs);
    return hit;
  }

  /**
   * Files a fresh result under the stat and hash `lookup` took, writing it through, with its signatures
   * when it has them (made as `signs` says); results with file errors are not kept.
   */
  store(result: FileResult, signs?: SignWant): void {
    const abs = resolve(this.cwd, result.path);
    const seen = this.seen.get(abs);
    if (!seen || this.problem || result.errors.some((e) => e.severity === 'error')) return;
    const { path: _path, signs: made, ...rest } = result;
    let line: string;
    try {
      line = encodeLine(abs, seen.size, seen.mtimeMs, seen.hash, rest, made && signs ? encodeSigns(made, signs) : undefined);
    } catch {
      return; // a result JSON cannot hold: checked again next time
    }
    this.written.add(abs);
    this.refreshed.delete(abs);
    this.push(line);
  }

  /**
   * Finishes the new cache file if anything changed: fresh results are in it already; the entries
   * still good (files not checked again, files unchanged) are copied over as they are, those of
   * files that are gone are dropped. Returns a problem or null.
   */
  save(): string | null {
    const index = this.index;
    const kept: [string, IndexedEntry][] = [];
    let dropped = false;
    for (const [abs, entry] of index?.entries ?? []) {
      if (this.written.has(abs)) continue;
      if (this.seen.has(abs) || existsSync(abs)) kept.push([abs, entry]);
      else dropped = true;
    }
    const changed = !index || this.written.size > 0 || this.refreshed.size > 0 || dropped;
    try {
      if (changed && !this.problem) {
        for (const [abs, entry] of kept) {
          const now = this.refreshed.has(abs) ? this.seen.get(abs)! : entry;
          this.push(`${metaText(abs, now.size, now.mtimeMs, entry.hash)}\t`);
          this.push(readResultBytes(index!, entry));
          this.push('\n');
        }
        this.flush(true);
      }
    } catch (error) {
      this.fail(error);
    } finally {
      if (index) closeSync(index.fd);
      this.index = null;
    }
    if (!this.problem && this.out) {
      try {
        this.out.commit();
      } catch (error) {
        this.fail(error);
      }
    }
    this.out = null;
    return this.problem;
  }

  private restore(entry: IndexedEntry, path: string, want: SignWant | undefined): FileResult | null {
    try {
      const bytes = splitEntry(readResultBytes(this.index!, entry));
      const result = decodeResult(bytes.result);
      if (!isCachedResult(result)) return null;
      // Parsed only for a run that compares reports; damaged signatures throw (a miss).
      const signs = want && bytes.signs ? decodeSigns(bytes.signs.toString('utf8'), result.reports, want) : null;
      return signs ? { ...result, path, signs } : { ...result, path };
    } catch {
      return null; // a damaged entry is a miss
    }
  }

  private push(text: string | Buffer): void {
    this.pending.push(text);
    this.pendingSize += text.length;
    if (this.pendingSize >= WRITE_PIECE) this.flush(false);
  }

  /** Writes the gathered lines to the new file, opening it (with its header) on the first write; `always`: even with none. */
  private flush(always: boolean): void {
    if (this.problem || (!this.pending.length && !always)) return;
    try {
      if (!this.out) {
        this.out = openFileAtomic(this.file);
        this.out.write(headerLine(this.key));
      }
      if (this.pending.length) this.out.write(Buffer.concat(this.pending.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))));
    } catch (error) {
      this.fail(error);
    }
    this.pending = [];
    this.pendingSize = 0;
  }

  private fail(error: unknown): void {
    this.out?.abort();
    this.out = null;
    this.problem ??= `cannot write cache ${this.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
}
