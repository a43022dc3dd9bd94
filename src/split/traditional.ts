/**
 * Reports copied from template sites are sometimes in traditional characters (政務公開工作總結). The
 * rule sets are written in simplified characters, so such a text is read in simplified form: the
 * same words, the same lines and columns (a line whose length the conversion would change is kept
 * as it is). Evidence quoted from it is then in simplified characters too.
 */
import { simplifier } from '../lazy.js';

/** Characters common in these reports that simplified text never uses (each converts to another). */
const TRADITIONAL_CHARS = '們這個為會來開關與於對發經過動還體當從後問題報務總結時說國區縣鄉鎮網頁欄構領導組織監檢審條規範進實際計劃應據擊訊傳聽覽資項';
/** A table by UTF-16 code: every file is sampled, and a lookup per character is cheaper than a regex. */
const IS_TRADITIONAL = new Uint8Array(0x10000);
for (const ch of TRADITIONAL_CHARS) IS_TRADITIONAL[ch.charCodeAt(0)] = 1;
/** How much of a text's start is read, and how many such characters make it traditional. */
const SAMPLE = 600;
const ENOUGH = 12;

export function isTraditional(lines: readonly string[]): boolean {
  let seen = 0;
  let read = 0;
  for (const line of lines) {
    for (let i = 0; i < line.length && read < SAMPLE; i++, read++) {
      if (IS_TRADITIONAL[line.charCodeAt(i)] && ++seen >= ENOUGH) return true;
    }
    if (read >= SAMPLE) break;
  }
  return false;
}

/** The lines in simplified characters when the text is traditional; the same array otherwise. */
export function simplifiedLines(lines: readonly string[]): readonly string[] {
  if (!isTraditional(lines)) return lines;
  const convert = simplifier();
  return lines.map((line) => {
    const simple = convert(line);
    return simple.length === line.length ? simple : line;
  });
}
