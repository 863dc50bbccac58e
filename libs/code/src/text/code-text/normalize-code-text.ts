/**
 * The form code text is compared in: publishers and ordinance PDFs differ in quote style, dash
 * style and spacing but not in wording. Line breaks are kept. For comparison only; display the
 * original text.
 */
export function normalizeCodeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
        .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join('\n');
}

/** Collapses whitespace (NBSP included) to single spaces; the text is otherwise kept as printed. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
