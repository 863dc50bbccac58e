/**
 * The token shape of `diffWordsWithSpace` (each newline, each run of spaces, each word, each punctuation
 * mark on its own), but with Unicode letter, mark and number classes: `diff`'s own word class is Latin only,
 * so Greek or Cyrillic words would diff letter by letter and an accent written as a combining mark would
 * split its word. The last alternative matches any code point (or lone surrogate), so the tokens always
 * concatenate back to the input, which the exact offsets rely on.
 */
const WORD_TOKEN = /\r\n|[\n\r]|[\p{L}\p{M}\p{N}_\u00AD]+|[^\S\r\n]+|[^]/gu;

export function tokenizeWords(text: string): string[] {
  return text.match(WORD_TOKEN) ?? [];
}
