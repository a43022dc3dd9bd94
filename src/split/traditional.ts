/**
 * Reports copied from template sites are sometimes in traditional characters (政務公開工作總結). The
 * rule sets are written in simplified characters, so such a text is read in simplified form: the
 * same words, the same lines and columns (a line whose length the conversion would change is kept
 * as it is). Evidence quoted from it is then in simplified characters too.
 */
import { simplifier } from '../lazy.js';

/** Characters common in these reports that simplified text never uses. */
const TRADITIONAL = /[們這個為會來開關與於對發經過動還體當從後問題報務總結時說國區縣鄉鎮網頁欄構領導組織監督檢查審核條規範進實際計劃應據擊訊傳聽覽資項]/gu;
/** How much of a text is sampled, and how many such characters make it traditional. */
const SAMPLE = 3000;
const ENOUGH = 12;

export function isTraditional(lines: readonly string[]): boolean {
  let seen = 0;
  let read = 0;
  for (const line of lines) {
    if (read > SAMPLE) break;
    read += line.length;
    TRADITIONAL.lastIndex = 0;
    while (TRADITIONAL.exec(line)) if (++seen >= ENOUGH) return true;
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
