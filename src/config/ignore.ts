/**
 * The config's `ignore` globs as a path test. A small glob-to-regex translation, because Node 20's
 * path.matchesGlob is experimental (and warns on stderr) and the files are few.
 */
import { basename, relative, resolve, sep } from 'node:path';

/** `**` any folders, `*` and `?` within one name, `{a,b}` alternatives; a pattern without `/` matches a file name anywhere. */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  // Braces that do not pair are plain characters, as in a shell: `ignore: ["{"]` made an invalid regex (a crash).
  const paired = pairedBraces(pattern);
  let open = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{' && paired.has(i)) {
      out += '(?:';
      open++;
    } else if (c === '}' && open > 0 && paired.has(-i)) {
      out += ')';
      open--;
    }
    else if (c === ',' && open > 0) out += '|';
    else out += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${out}(?:/.*)?$`, 'u'); // a folder pattern ignores what is inside it
}

/** Positions of braces that pair up: `i` for an opening one, `-i` for a closing one. */
function pairedBraces(pattern: string): Set<number> {
  const paired = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '{') stack.push(i);
    else if (pattern[i] === '}' && stack.length) {
      paired.add(stack.pop()!);
      paired.add(-i);
    }
  }
  return paired;
}

/** A test for files to skip, or null when nothing is ignored. Paths are relative to `cwd`. */
export function ignoreFilter(patterns: readonly string[], base: string, cwd: string): ((file: string) => boolean) | null {
  if (!patterns.length) return null;
  const tests = patterns.map((p) => ({ re: globToRegExp(p.replace(/^\.\//, '')), anywhere: !p.includes('/') }));
  return (file) => {
    const rel = relative(base, resolve(cwd, file)).split(sep).join('/');
    const name = basename(file);
    return tests.some(({ re, anywhere }) => re.test(rel) || (anywhere && (re.test(name) || rel.split('/').some((part) => re.test(part)))));
  };
}
