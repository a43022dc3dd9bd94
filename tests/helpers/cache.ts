/**
 * The --cache file as data, for tests that read or damage it. Written independently of src/cache.ts,
 * so a change of the format shows here: a header line `{"reportlintCache":3,"key":…}`, then one line
 * per file: `["/abs/path",size,mtimeMs,"sha1"]`, a tab, and the file's result (without its path) as JSON,
 * then, when the file was signed for the 内容雷同 pass, a tab and its signatures as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  result: any;
  /** The signatures segment, parsed; absent when the entry has none. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  signs?: any;
}

export interface CacheData {
  reportlintCache: number;
  key: string;
  files: Record<string, CacheEntry>;
}

export function readCacheData(file: string): CacheData {
  const [head, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const header = JSON.parse(head!) as { reportlintCache: number; key: string };
  const files: Record<string, CacheEntry> = {};
  for (const line of lines) {
    const [meta, result, signs] = line.split('\t');
    const [path, size, mtimeMs, hash] = JSON.parse(meta!) as [string, number, number, string];
    files[path] = { size, mtimeMs, hash, result: JSON.parse(result!), ...(signs === undefined ? {} : { signs: JSON.parse(signs) }) };
  }
  return { ...header, files };
}

/** Writes `data` in the cache's format, whatever shape it has been given (a damaged entry stays damaged). */
export function writeCacheData(file: string, data: unknown): void {
  const d = (data ?? {}) as Partial<CacheData>;
  const head = JSON.stringify({ reportlintCache: d.reportlintCache, key: d.key });
  const files = typeof d.files === 'object' && d.files !== null ? Object.entries(d.files) : [];
  const lines = files.map(([path, e]) => {
    const entry = (e ?? {}) as Partial<CacheEntry>;
    const signs = entry.signs === undefined ? '' : `\t${JSON.stringify(entry.signs)}`;
    return `${JSON.stringify([path, entry.size, entry.mtimeMs, entry.hash])}\t${JSON.stringify(entry.result)}${signs}`;
  });
  writeFileSync(file, `${[head, ...lines].join('\n')}\n`);
}
