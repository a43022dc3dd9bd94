/**
 * Where user regexes run: on single sentences of bounded length. Keyword patterns are written for
 * sentences anyway, and a bound keeps a pattern like `村.*工作总结`, whose cost grows with the square
 * of the text, cheap on a hostile multi-megabyte line without sentence punctuation.
 */

/** Longest stretch of text one regex test sees; real sentences are far shorter. */
export const MAX_SENTENCE = 500;

/** Splits after sentence-final punctuation and line breaks, and cuts overlong runs into pieces. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/(?<=[。；;！!？\n])/u)) {
    for (let i = 0; i < piece.length; i += MAX_SENTENCE) out.push(piece.slice(i, i + MAX_SENTENCE));
  }
  return out;
}

/** Does the pattern match inside some sentence of the text? */
export function inSomeSentence(pattern: RegExp, text: string): boolean {
  return sentences(text).some((s) => pattern.test(s));
}
