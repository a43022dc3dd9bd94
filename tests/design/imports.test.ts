/**
 * The house is laid out like its pipeline (issue 15): the stages and the engine never import the
 * command layer or the formatters, and types.ts imports nothing but other type modules. Read from
 * the sources' import lines, static and dynamic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');
const LOWER = ['engine', 'load', 'split', 'outline', 'match', 'score', 'checks', 'ruleset', 'similar'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports, as a path relative to src/ (".ts" for ".js"). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*(?:\(\s*)?'(\.[^']+)'/gu)].map((m) => m[1]!);
  return specs.map((spec) => relative(src, join(file, '..', spec)).replace(/\.js$/u, '.ts'));
}

describe('import graph', () => {
  it.each(LOWER)('%s/ imports nothing from commands/ or format/', (folder) => {
    const arrows = files(join(src, folder)).flatMap((f) => imports(f).filter((i) => /^(?:commands|format)\//u.test(i)).map((i) => `${relative(src, f)} -> ${i}`));
    expect(arrows).toEqual([]);
  });

  it('run.ts and types.ts import nothing from commands/, format/ or engine/', () => {
    for (const f of ['run.ts', 'types.ts']) {
      expect(imports(join(src, f)).filter((i) => /^(?:commands|format|engine)\//u.test(i))).toEqual([]);
    }
  });

  it('engine/ reads no file and picks no loader by extension: load/ does (issue 15)', () => {
    const offending = files(join(src, 'engine')).filter((f) => /\b(?:readFileSync|readFile|readSync|openSync|createReadStream|extname)\b/u.test(readFileSync(f, 'utf8')));
    expect(offending.map((f) => relative(src, f))).toEqual([]);
  });

  it('the formats, the page, the parser and the rules, init, verdict and explain commands hold no Chinese text: it lives in messages/ (issue 15)', () => {
    const modules = [...files(join(src, 'format')), ...files(join(src, 'page')), join(src, 'parser.ts'), join(src, 'cli.ts'), ...['rules', 'verdict', 'init', 'explain'].map((c) => join(src, 'commands', `${c}.ts`))];
    const han = modules.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ at: `${relative(src, f)}:${i + 1}`, code: line.replace(/^\s*(?:\/\/|\/?\*).*$|\s\/\/\s.*$/u, '') }))
        .filter(({ code }) => /\p{Script=Han}/u.test(code))
        .map(({ at }) => at),
    );
    expect(han).toEqual([]);
  });

  it('similar/ is pure (issue 15, 17): no node: module, no files.ts, load/, engine/ or I/O helper', () => {
    const arrows = files(join(src, 'similar')).flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const builtins = [...text.matchAll(/(?:from|import)\s*(?:\(\s*)?'(node:[^']+|fs|path|os|worker_threads)'/gu)].map((m) => m[1]!);
      const local = imports(f).filter((i) => /^(?:files\.ts|cache\.ts|signals\.ts|output-file\.ts|engine\/|load\/|io\/|commands\/)/u.test(i));
      return [...builtins, ...local].map((i) => `${relative(src, f)} -> ${i}`);
    });
    expect(arrows).toEqual([]);
  });

  it('types.ts imports only type modules', () => {
    expect(imports(join(src, 'types.ts')).every((i) => /(?:^|\/)types\.ts$/u.test(i))).toBe(true);
  });
});
