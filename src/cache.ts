/**
 * `--cache`: results of unchanged files, kept between runs (ESLint's --cache). An entry is reused
 * only when the file's bytes hash the same and the run's key (tool version, rule sets after
 * config overrides, options) is the key the cache was written under. The file is written
 * atomically (writeFileAtomic: temp file, fsync, rename); a missing, unreadable or corrupt cache is an empty one.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from './io/atomic.js';
import { isCachedResult } from './cache-shape.js';
import { readRegularFileSync, readRegularTextSync } from './io/safe-read.js';
import { MAX_INPUT_BYTES } from './load/index.js';
import type { FileResult } from './types.js';

const FORMAT = 1;

/** Largest cache read back; a bigger one (or anything but a regular file) starts empty. */
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;

interface Entry {
  readonly size: number;
  readonly hash: string;
  readonly result: Omit<FileResult, 'path'>;
}

interface CacheFile {
  readonly reportlintCache: number;
  readonly key: string;
  readonly files: Record<string, Entry>;
}

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

export class ResultCache {
  private readonly files: Record<string, Entry>;
  private changed = false;
  /** Content hashes of this run's lookups, so a stored result is filed under the bytes that were read. */
  private readonly seen = new Map<string, { size: number; hash: string }>();

  private constructor(
    readonly file: string,
    private readonly key: string,
    /** The folder the batch's paths are named from (io.cwd): entries are keyed by absolute path. */
    private readonly cwd: string,
    files: Record<string, Entry> | null,
  ) {
    this.files = files ?? Object.create(null);
    this.changed = files === null;
  }

  /** Opens the cache at `file` for paths named from `cwd`; anything but a well-formed cache written under `key` starts empty. */
  static open(file: string, key: string, cwd: string): ResultCache {
    try {
      // A FIFO or device named as the cache is refused before (check.ts); a regular-file read here is the backstop.
      const data = JSON.parse(readRegularTextSync(file, MAX_CACHE_BYTES)) as Partial<CacheFile> | null;
      const ok = data && data.reportlintCache === FORMAT && data.key === key && typeof data.files === 'object' && data.files;
      return new ResultCache(file, key, cwd, ok ? Object.assign(Object.create(null), data.files) : null);
    } catch {
      return new ResultCache(file, key, cwd, null);
    }
  }

  /** The cached result for `path` if its bytes are unchanged; reads and hashes the file. */
  lookup(path: string): FileResult | null {
    const abs = resolve(this.cwd, path);
    let bytes: Buffer;
    try {
      // Stat-checked on the open descriptor before any byte is read: a FIFO input would block the
      // lookup for ever and /dev/zero fill the memory, before the loader could refuse them.
      bytes = readRegularFileSync(abs, MAX_INPUT_BYTES);
    } catch {
      return null; // not a regular file, too large or unreadable: let the checker say why
    }
    const hash = createHash('sha1').update(bytes).digest('hex');
    this.seen.set(abs, { size: bytes.length, hash });
    const entry = this.files[abs];
    if (!isEntry(entry) || entry.size !== bytes.length || entry.hash !== hash) return null;
    return { ...entry.result, path };
  }

  /** Files a fresh result under the bytes `lookup` hashed; results with file errors are not kept. */
  store(result: FileResult): void {
    const abs = resolve(this.cwd, result.path);
    const seen = this.seen.get(abs);
    if (!seen || result.errors.some((e) => e.severity === 'error')) return;
    const { path: _path, ...rest } = result;
    this.files[abs] = { ...seen, result: rest };
    this.changed = true;
  }

  /** Writes the cache if it changed, dropping entries of files that are gone. Returns a problem or null. */
  save(): string | null {
    for (const abs of Object.keys(this.files)) {
      if (!this.seen.has(abs) && !existsSync(abs)) {
        delete this.files[abs];
        this.changed = true;
      }
    }
    if (!this.changed) return null;
    try {
      writeFileAtomic(this.file, JSON.stringify({ reportlintCache: FORMAT, key: this.key, files: this.files } satisfies CacheFile));
      this.changed = false;
      return null;
    } catch (error) {
      return `cannot write cache ${this.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    }
  }
}

function isEntry(entry: unknown): entry is Entry {
  if (!entry || typeof entry !== 'object') return false;
  const e = entry as Partial<Entry>;
  return typeof e.size === 'number' && typeof e.hash === 'string' && isCachedResult(e.result);
}
