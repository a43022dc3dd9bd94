/**
 * Turns the paths a user typed into the files to check: files as given, folders walked
 * recursively for report files, globs expanded. A path that matches nothing is reported, not fatal.
 */
import { stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { listFolder, LOST, matchLossy } from './io/names.js';
import { CHECKED_EXTENSIONS, LISTED_UNSUPPORTED } from './load/index.js';

export interface Expanded {
  readonly files: readonly string[];
  /** Paths that named nothing readable: the CLI reports them as file errors. */
  readonly missing: readonly { readonly path: string; readonly reason: string }[];
  /** Files a folder walk met but does not read, and why: the CLI lists each (nothing is passed over silently). */
  readonly skipped: readonly Skipped[];
  /**
   * Files whose names are not UTF-8 (unzipped from a Windows archive: GBK bytes), by the name they
   * are listed under (their bytes read as GB18030, io/names.ts): where each is on disk, as bytes.
   * The loader opens them by these (LoadOptions.rawPaths); every other path stays a string.
   */
  readonly rawPaths: ReadonlyMap<string, Buffer>;
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
  const rawPaths = new Map<string, Buffer>();
  const found = (shown: string, disk: string | Buffer) => {
    files.push(shown);
    if (typeof disk !== 'string') rawPaths.set(shown, disk);
  };
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
    let shown = path;
    let disk: string | Buffer = resolve(cwd, path);
    let info = await stat(disk).catch(keep);
    if (!info && path.includes(LOST)) {
      // A name typed in GBK bytes reached us with U+FFFD in their place: find the file it can only be.
      const matches = await matchLossy(path, cwd);
      if (matches.length > 1) {
        missing.push({ path, reason: 'ENAMEBYTES' });
        continue;
      }
      if (matches.length === 1) {
        ({ shown, disk } = matches[0]!);
        info = await stat(disk).catch(keep);
      }
    }
    // resolve() drops a trailing slash; "总结.txt/" names a folder that is a file, as the shell says.
    if (info?.isFile() && /[\\/]$/u.test(path)) {
      missing.push({ path, reason: 'ENOTDIR' });
      continue;
    }
    if (info?.isDirectory()) {
      const before = files.length;
      const walked = await walk(disk, shown, skipped, rawPaths).catch((error: NodeJS.ErrnoException) => ({ error: error.code ?? String(error) }));
      if ('error' in walked) missing.push({ path, reason: walked.error });
      else files.push(...walked);
      if (!('error' in walked) && files.length === before) missing.push({ path, reason: 'EMPTYDIR' });
    } else if (info) found(shown, disk);
    else if (isDynamicPattern(path)) {
      const globbed = (await glob(path, { cwd, onlyFiles: true, ignore: ['**/node_modules/**'] })).filter((f) => !basename(f).startsWith('~$'));
      // A match whose name is not UTF-8 came back with U+FFFD: each file it stands for, by its bytes.
      const matched: { shown: string; disk: string | Buffer }[] = [];
      for (const f of new Set(globbed)) matched.push(...(f.includes(LOST) ? await matchLossy(f, cwd) : [{ shown: f, disk: f }]));
      matched.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
      for (const m of matched) found(m.shown, typeof m.disk === 'string' ? m.shown : m.disk);
      if (!matched.length) missing.push({ path, reason: 'NOMATCH' });
    } else missing.push({ path, reason });
  }
  return { files: once(files, cwd), missing, skipped, rawPaths };
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
 * a folder the user named that cannot be listed throws. `dir` is bytes below a folder whose name
 * is not UTF-8; such files are named by their GB18030 reading and kept in `rawPaths`.
 */
async function walk(dir: string | Buffer, named: string, skipped: Skipped[], rawPaths: Map<string, Buffer>, top = true): Promise<string[]> {
  // A subfolder we may not list is skipped like an unreadable drawer; the named folder itself is an error.
  const entries = top ? await listFolder(dir) : await listFolder(dir).catch(() => []);
  const out: string[] = [];
  for (const { name, disk, dirent: entry } of entries) {
    const path = join(named, name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(name) && !name.startsWith('.')) out.push(...(await walk(disk, path, skipped, rawPaths, false)));
    } else if (name.startsWith('~$')) {
      // Word's and WPS's lock file beside an open document ("~$总结.docx"): not a report, but listed.
      skipped.push({ path, reason: 'lockFile', ext: extname(name).toLowerCase() });
    } else if ((entry.isFile() || entry.isSymbolicLink()) && [...CHECKED_EXTENSIONS, ...LISTED_UNSUPPORTED].includes(extname(name).toLowerCase())) {
      // A linked report is checked; a dangling or looping link reaches the loader, which names the problem.
      // Linked folders are not followed, so a link cannot walk us in circles.
      out.push(path);
      if (typeof disk !== 'string') rawPaths.set(path, disk);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const linkedFolder = entry.isSymbolicLink() && (await stat(disk).then((i) => i.isDirectory(), () => false));
      skipped.push({ path, reason: linkedFolder ? 'linkedFolder' : 'format', ext: extname(name).toLowerCase() });
    }
  }
  return out;
}
