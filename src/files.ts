/**
 * Turns the paths a user typed into the files to check: files as given, folders walked
 * recursively for report files, globs expanded. A path that matches nothing is reported, not fatal.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CHECKED_EXTENSIONS } from './load/index.js';

export interface Expanded {
  readonly files: readonly string[];
  /** Paths that named nothing readable: the CLI reports them as file errors. */
  readonly missing: readonly { readonly path: string; readonly reason: string }[];
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

export async function expandPaths(paths: readonly string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const missing: { path: string; reason: string }[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push('-');
      continue;
    }
    const info = await stat(join(cwd, path)).catch(() => stat(path).catch(() => null));
    if (info?.isDirectory()) files.push(...(await walk(path)));
    else if (info) files.push(path);
    else if (isDynamicPattern(path)) {
      const found = await glob(path, { cwd, onlyFiles: true, ignore: ['**/node_modules/**'] });
      if (found.length) files.push(...found.sort());
      else missing.push({ path, reason: 'NOMATCH' });
    } else missing.push({ path, reason: 'ENOENT' });
  }
  return { files: [...new Set(files)], missing };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) out.push(...(await walk(path)));
    } else if (entry.isFile() && CHECKED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
      out.push(path);
    }
  }
  return out;
}
