/**
 * Parsers load only when such a file is met: no chain of static imports from the CLI or the
 * batch reaches mammoth, htmlparser2, pdfjs-dist or their loaders, so a .txt run starts as fast
 * as before (the timings are rows of `npm run bench`, scripts/bench-inputs.mjs).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Modules reached from `entry` by static, non-type imports (dynamic `import()` is not followed). */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- reads our own short source lines
    for (const m of text.matchAll(/^import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('parsers are imported lazily', () => {
  it.each(['cli.ts', 'engine/batch.ts', 'engine/pool/worker.ts'])('%s reaches no parser by static imports', (entry) => {
    const path = join(SRC, entry);
    const { files, packages } = staticGraph(path);
    expect(files.size).toBeGreaterThan(entry === 'cli.ts' ? 10 : 3);
    for (const heavy of ['mammoth', 'htmlparser2', 'domhandler', 'pdfjs-dist', 'jszip']) expect(packages).not.toContain(heavy);
    const loaders = ['docx.ts', 'html.ts', 'html-lines.ts', 'html-main.ts', 'pdf.ts', 'ofd.ts', 'layout.ts', 'soffice.ts'].map((f) => join(SRC, 'load', f));
    for (const loader of loaders) expect(files).not.toContain(loader);
  });
});
