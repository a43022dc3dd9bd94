/**
 * node:path in the page, POSIX only: a dropped file has a bare name and the page's "folder" is "/",
 * so extname (load/index.ts) and the waiver globs' relative/resolve (score/policy.ts) need no more.
 */
export const sep = '/';

function normalizeParts(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (!p || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out;
}

export function resolve(...paths: string[]): string {
  let parts: string[] = [];
  for (const p of paths) parts = p.startsWith('/') ? p.split('/') : [...parts, ...p.split('/')];
  return `/${normalizeParts(parts).join('/')}`;
}

export function relative(from: string, to: string): string {
  const a = normalizeParts(resolve(from).split('/'));
  const b = normalizeParts(resolve(to).split('/'));
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export function basename(path: string): string {
  return path.split('/').pop() ?? '';
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : path.slice(0, i);
}

export function join(...paths: string[]): string {
  return paths.filter(Boolean).join('/').replace(/\/+/g, '/');
}

export function extname(path: string): string {
  const name = basename(path);
  const i = name.lastIndexOf('.');
  return i > 0 ? name.slice(i) : '';
}

/** `a/./b/../c` -> `a/c`, keeping a leading `/` (zip part names in load/zip-guard.ts). */
export function normalize(path: string): string {
  if (path.startsWith('/')) return `/${normalizeParts(path.split('/')).join('/')}`;
  // A relative path keeps the ".." that climb above where it starts, as Node's does.
  const out: string[] = [];
  for (const p of path.split('/')) {
    if (!p || p === '.') continue;
    if (p === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(p);
  }
  return out.join('/') || '.';
}

export const posix = { sep, resolve, relative, basename, dirname, join, extname, normalize };
export default posix;
