/**
 * The floor: what any checker of these files must at least do, and nothing more.
 * Reads every file, decodes it (UTF-8, else GB18030, as reportlint does) and runs one combined
 * regex of all the zwgk-summary rule set's patterns over it, counting matches. Single-threaded.
 *
 * Usage: node scripts/floor.mjs <file|folder>...   prints "files reports? matches bytes"
 */
import { isUtf8, transcode } from 'node:buffer';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const rulesFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'rules', 'zwgk-summary.yaml');

/** Every regex source in the rule set: routing titles and keywords, section headings, keywords, figures. */
function patterns(spec) {
  const out = [...(spec.appliesTo.titles ?? []), ...(spec.appliesTo.excludeTitles ?? []), ...(spec.appliesTo.content?.keywords ?? [])];
  for (const s of spec.sections) {
    const m = s.match ?? {};
    out.push(...(m.headings ?? []), ...(m.headingsExclude ?? []), ...(m.keywords ?? []), ...(m.keywordsExclude ?? []));
    if (s.enough?.figures) out.push(s.enough.figures);
  }
  return out;
}

function walk(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) walk(join(path, name), out);
  } else if (/\.(?:txt|md)$/i.test(path)) out.push(path);
  return out;
}

/** The fastest decoding we know, the same as reportlint's (src/load/decode.ts), so the floor stays a floor. */
function decode(bytes) {
  return isUtf8(bytes) ? transcode(bytes, 'utf8', 'ucs2').toString('ucs2') : new TextDecoder('gb18030').decode(bytes);
}

const combined = new RegExp(patterns(parse(readFileSync(rulesFile, 'utf8'))).map((p) => `(?:${p})`).join('|'), 'gu');
const files = process.argv.slice(2).flatMap((p) => walk(p, []));
let matches = 0;
let bytes = 0;
for (const file of files) {
  const data = readFileSync(file);
  bytes += data.length;
  const text = decode(data);
  combined.lastIndex = 0;
  while (combined.exec(text)) matches++;
}
process.stdout.write(`${files.length} files, ${matches} matches, ${bytes} bytes\n`);
