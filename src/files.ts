/**
 * Turns the paths a user typed into the files to check: files as given, folders walked
 * recursively for report files, globs expanded. A path that matches nothing is reported, not fatal.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CHECKED_EXTENSIONS, LISTED_UNSUPPORTED } from './load/index.js';

export interface Expanded {
  readonly files: readonly string[];
  /** Paths that named nothing readable: the CLI reports them as file errors. */
  readonly missing: readonly { readonly path: string; readonly reason: string }[];
  /** Files a folder walk met but does not read, and why: the CLI lists each (nothing is passed over silently). */
  readonly skipped: readonly Skipped[];
}

export interface Skipped {
  readonly path: string;
  /** `format`: not a report format we read; `lockFile`: Word's or WPS's "~$" file beside an open document; `linkedFolder`: a link to a folder, never followed (no loops). */
  readonly reason: 'format' | 'lockFile' | 'linkedFolder';
  readonly ext: string;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * The files `paths` name, as the user named them relative to `cwd` (a folder's files under the
 * folder's name, a glob's matches relative to `cwd`); fs is only ever given paths resolved
 * against `cwd`, so an in-process run from any folder reads the same files as the command line.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const missing: { path: string; reason: string }[] = [];
  const skipped: Skipped[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push('-');
      continue;
    }
    // Keep the first real reason (ELOOP, EACCES …): "not found" would send the user looking in the wrong place.
    let reason = 'ENOENT';
    const keep = (error: NodeJS.ErrnoException) => {
      if (error.code && error.code !== 'ENOENT') reason = error.code;
      return null;
    };
    const info = await stat(resolve(cwd, path)).catch(keep);
    // resolve() drops a trailing slash; "总结.txt/" names a folder that is a file, as the shell says.
    if (info?.isFile() && /[\\/]$/u.test(path)) {
      missing.push({ path, reason: 'ENOTDIR' });
      continue;
    }
    if (info?.isDirectory()) {
      const before = files.length;
      const walked = await walk(resolve(cwd, path), path, skipped).catch((error: NodeJS.ErrnoException) => ({ error: error.code ?? String(error) }));
      if ('error' in walked) missing.push({ path, reason: walked.error });
      else files.push(...walked);
      if (!('error' in walked) && files.length === before) missing.push({ path, reason: 'EMPTYDIR' });
    } else if (info) files.push(path);
    else if (isDynamicPattern(path)) {
      const found = (await glob(path, { cwd, onlyFiles: true, ignore: ['**/node_modules/**'] })).filter((f) => !basename(f).startsWith('~$'));
      if (found.length) files.push(...found.sort());
      else missing.push({ path, reason: 'NOMATCH' });
    } else missing.push({ path, reason });
  }
  return { files: once(files, cwd), missing, skipped };
}

/** Each file once, under the first name it was given ("a.txt" and "./a.txt" are one file). */
function once(files: readonly string[], cwd: string): string[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    const at = f === '-' ? f : resolve(cwd, f);
    if (seen.has(at)) return false;
    seen.add(at);
    return true;
  });
}

/**
 * The folder's report files (named under `named`), depth first, the other files into `skipped`;
 * a folder the user named that cannot be listed throws.
 */
async function walk(dir: string, named: string, skipped: Skipped[], top = true): Promise<string[]> {
  // A subfolder we may not list is skipped like an unreadable drawer; the named folder itself is an error.
  const entries = top ? await readdir(dir, { withFileTypes: true }) : await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(named, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) out.push(...(await walk(join(dir, entry.name), path, skipped, false)));
    } else if (entry.name.startsWith('~$')) {
      // Word's and WPS's lock file beside an open document ("~$总结.docx"): not a report, but listed.
      skipped.push({ path, reason: 'lockFile', ext: extname(entry.name).toLowerCase() });
    } else if ((entry.isFile() || entry.isSymbolicLink()) && [...CHECKED_EXTENSIONS, ...LISTED_UNSUPPORTED].includes(extname(entry.name).toLowerCase())) {
      // A linked report is checked; a dangling or looping link reaches the loader, which names the problem.
      // Linked folders are not followed, so a link cannot walk us in circles.
      out.push(path);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const linkedFolder = entry.isSymbolicLink() && (await stat(join(dir, entry.name)).then((i) => i.isDirectory(), () => false));
      skipped.push({ path, reason: linkedFolder ? 'linkedFolder' : 'format', ext: extname(entry.name).toLowerCase() });
    }
  }
  return out;
}
