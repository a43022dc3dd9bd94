/**
 * Where user regexes run: on single sentences of bounded length. Keyword patterns are written for
 * sentences anyway, and a bound keeps a pattern like `村.*工作总结`, whose cost grows with the square
 * of the text, cheap on a hostile multi-megabyte line without sentence punctuation.
 */

/** Longest stretch of text one regex test sees; real sentences are far shorter. */
export const MAX_SENTENCE = 500;

/**
 * Splits after sentence-final punctuation and line breaks, and cuts overlong runs into pieces.
 * Same pieces as `text.split(/(?<=[。；;！!？\n])/u)` then cut every MAX_SENTENCE units, scanned by
 * hand: the lookbehind split was the single most expensive regex of a batch.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  const last = text.length - 1;
  let start = 0;
  for (let i = 0; i < last; i++) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      push(out, text, start, i + 1);
      start = i + 1;
    }
  }
  if (start < text.length) push(out, text, start, text.length);
  return out;
}

function push(out: string[], text: string, start: number, end: number): void {
  if (end - start <= MAX_SENTENCE) {
    out.push(start === 0 && end === text.length ? text : text.slice(start, end));
    return;
  }
  for (let i = start; i < end; i += MAX_SENTENCE) out.push(text.slice(i, Math.min(i + MAX_SENTENCE, end)));
}

/** 。；;！!？ and a line break. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x0a;
}
