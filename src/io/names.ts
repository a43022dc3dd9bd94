/**
 * File names that are not UTF-8. An archive zipped on Windows and unzipped on Linux leaves names
 * in GBK bytes; Node reads such a name as a string with U+FFFD in place of the bytes, and that
 * string opens nothing. These helpers list a folder by bytes where that happens, name each file by
 * its bytes read as GB18030 (what the name meant), and keep the bytes to open it with.
 */
import { isUtf8 } from 'node:buffer';
import { readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { isAbsolute, sep } from 'node:path';

/** What Node puts in a name for bytes that are not UTF-8. */
export const LOST = '\uFFFD';

/** A folder entry: `name` to show (and to match ignore patterns on), `disk` to open it by. */
export interface Entry {
  readonly name: string;
  /** A string when the whole path is UTF-8 (the ordinary case), else the path's bytes. */
  readonly disk: string | Buffer;
  readonly dirent: Dirent | Dirent<Buffer>;
}

const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * The name to show for bytes that are not UTF-8: the bytes read as GB18030 (GBK's superset), or,
 * when they are not GB18030 either, the UTF-8 text with each stray byte written as \xNN.
 */
export function shownName(bytes: Uint8Array): string {
  try {
    return gb18030.decode(bytes);
  } catch {
    return escaped(bytes);
  }
}

/** `dir` joined with a name, as a string while both are UTF-8, else as bytes. */
export function joinDisk(dir: string | Buffer, name: string | Buffer): string | Buffer {
  if (typeof dir === 'string' && typeof name === 'string') return dir.endsWith(sep) ? dir + name : dir + sep + name;
  const head = Buffer.from(dir);
  const bytes = Buffer.concat([head, head.at(-1) === sep.charCodeAt(0) ? Buffer.alloc(0) : Buffer.from(sep), Buffer.from(name)]);
  return isUtf8(bytes) ? bytes.toString('utf8') : bytes;
}

/**
 * A folder's entries, sorted by the name shown. Listed as strings (the fast, ordinary path); a
 * folder named by bytes, or one where a name came back with U+FFFD, is listed again by bytes.
 */
export async function listFolder(dir: string | Buffer): Promise<Entry[]> {
  let entries: Entry[];
  const strings = typeof dir === 'string' ? await readdir(dir, { withFileTypes: true }) : null;
  if (strings && !strings.some((e) => e.name.includes(LOST))) {
    entries = strings.map((dirent) => ({ name: dirent.name, disk: joinDisk(dir, dirent.name), dirent }));
  } else {
    const raw = await readdir(Buffer.from(dir), { withFileTypes: true, encoding: 'buffer' });
    const utf8Names = new Set(raw.filter((d) => isUtf8(d.name)).map((d) => d.name.toString('utf8')));
    entries = raw.map((dirent) => {
      if (isUtf8(dirent.name)) return { name: dirent.name.toString('utf8'), disk: joinDisk(dir, dirent.name.toString('utf8')), dirent };
      // A GBK name that reads like a UTF-8 name beside it would be the same file to every later stage: show its bytes instead.
      const shown = shownName(dirent.name);
      const name = utf8Names.has(shown) ? escaped(dirent.name) : shown;
      return { name, disk: joinDisk(dir, dirent.name), dirent };
    });
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The name with each byte past ASCII written as \xNN. */
function escaped(bytes: Uint8Array): string {
  return [...bytes].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase()}`)).join('');
}

/**
 * A path typed on the command line with U+FFFD in it: the shell passed bytes that are not UTF-8,
 * and Node kept only U+FFFD of them. Each such part is matched against its folder's entries read
 * by bytes; every path whose bytes read (lossily, as Node reads them) as the typed one is returned,
 * named as typed with those parts shown by shownName. Empty when none matches.
 */
export async function matchLossy(typed: string, cwd: string): Promise<{ readonly shown: string; readonly disk: string | Buffer }[]> {
  let found: { shown: string; disk: string | Buffer }[] = [isAbsolute(typed) ? { shown: sep, disk: sep } : { shown: '', disk: cwd }];
  for (const part of typed.split(sep)) {
    if (!part) continue;
    const next: { shown: string; disk: string | Buffer }[] = [];
    for (const at of found) {
      const base = at.shown === '' || at.shown.endsWith(sep) ? at.shown : at.shown + sep;
      if (!part.includes(LOST)) {
        next.push({ shown: base + part, disk: joinDisk(at.disk, part) });
        continue;
      }
      const names = await readdir(Buffer.from(at.disk), { encoding: 'buffer' }).catch(() => [] as Buffer[]);
      for (const name of names) if (!isUtf8(name) && name.toString('utf8') === part) next.push({ shown: base + shownName(name), disk: joinDisk(at.disk, name) });
    }
    found = next;
  }
  return found;
}
