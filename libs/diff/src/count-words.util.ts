const WHITESPACE_SEPARATED = /\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whitespace-separated words that hold a letter or digit, so "2-173-030" is one word and a lone "," or "§"
 * is none: the count a reader of a redline would give.
 */
export function countWords(text: string): number {
  let n = 0;
  for (const [word] of text.matchAll(WHITESPACE_SEPARATED)) if (LETTER_OR_DIGIT.test(word)) n++;
  return n;
}
