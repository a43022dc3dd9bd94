/**
 * Build step after tsc: bundles the offline page's code (src/page/main.ts: the engine the CLI runs,
 * the .docx and HTML readers, the page UI) into dist/page/page.js, one minified browser script.
 * `reportlint page` inlines it into 检查工具.html with the rule sets; installed packages ship the
 * bundle, so esbuild is needed only here, at build time (a devDependency).
 * Node built-ins the engine imports are replaced by the small shims in src/page/shims/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const shim = (name) => `${root}src/page/shims/${name}.ts`;
/** Exact import specifier -> file in the page. */
const REPLACE = {
  'node:buffer': shim('buffer'),
  'node:zlib': shim('zlib'),
  'node:path': shim('path'),
  'node:module': shim('module'),
  'node:fs': shim('fs'),
  'node:fs/promises': shim('fs'),
  mammoth: shim('mammoth'),
  './pdf.js': shim('cli-only'),
  './ofd.js': shim('cli-only'),
  './soffice.js': shim('cli-only'),
  './docx-isolated.js': shim('docx-isolated'),
};

const shims = {
  name: 'reportlint-page-shims',
  setup(b) {
    b.onResolve({ filter: /^(node:|mammoth$|\.\/(pdf|ofd|soffice|docx-isolated)\.js$)/ }, (args) => {
      const to = REPLACE[args.path];
      if (to) return { path: to };
      return { errors: [{ text: `${args.path} (imported by ${args.importer}) has no page shim: keep it out of the engine or add one in src/page/shims/` }] };
    });
  },
};

const result = await build({
  entryPoints: [`${root}src/page/main.ts`],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  // Chromium 84 and later: the 360, QQ and Sogou browsers in offices are often Chromium 86.
  target: ['chrome84', 'edge84', 'firefox90', 'safari15'],
  minify: true,
  legalComments: 'eof',
  charset: 'utf8',
  inject: [shim('buffer-global')],
  // lazy.ts passes import.meta.url to createRequire, which the page's shim ignores.
  define: { 'import.meta.url': '"file:///reportlint-page.js"' },
  plugins: [shims],
  metafile: true,
  write: false,
  logLevel: 'warning',
});
const dist = `${root}dist/page/`;
mkdirSync(dist, { recursive: true });
// The bundle goes inside a <script> element: "</script" in a string would end it early.
const code = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
writeFileSync(`${dist}page.js`, code);
process.stdout.write(`bundled the offline page's code -> dist/page/page.js (${Math.round(code.length / 1024)} KB)\n`);

// `node scripts/build-page.mjs --sizes`: what takes the space in the bundle, by package (docs/page.md).
if (process.argv.includes('--sizes')) {
  const by = {};
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const key = m ? m[1] : file.startsWith('src/page/') ? 'src/page (the page UI and shims)' : 'src (the engine: load, split, outline, match, score, messages)';
    by[key] = (by[key] ?? 0) + bytesInOutput;
  }
  for (const [name, bytes] of Object.entries(by).sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(Math.round(bytes / 1024)).padStart(6)} KB  ${name}\n`);
}
