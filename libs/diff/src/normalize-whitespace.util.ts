/** Spaces and tabs plus the Unicode spaces that publishers use for layout (NBSP, thin and em spaces, …). */
const HORIZONTAL_SPACE_RUN = /[^\S\r\n\u2028\u2029]+/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;

/**
 * Layout-only differences between two captures of the same text (indentation, doubled spaces, NBSP from an
 * HTML page, CRLF from a Word export) would otherwise show as changes in a redline. Collapses each run of
 * spaces, tabs and Unicode spaces to one space, trims every line, and makes every line break `\n`.
 * Line structure (blank lines included) is kept.
 */
export function normalizeWhitespace(s: string): string {
  return s
    .replace(LINE_BREAK, '\n')
    .replace(HORIZONTAL_SPACE_RUN, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}
