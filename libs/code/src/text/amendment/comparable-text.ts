import { collapseWhitespace, normalizeCodeText } from '../code-text/normalize-code-text';

// "(a)No agent": the marker run into its text.
const MARKER_GLUED = /^(\([^()\s]{1,8}\))(?=[^\s(])/;

/**
 * The key old readings are checked against the baseline with: normalizeCodeText, one line, and the
 * spacing that differs between publisher and ordinance ignored: "(a)   No" = "(a)No" = "(a) No", and
 * no space before closing punctuation (a mark boundary often leaves "enforcement ." behind).
 */
export function comparableText(s: string): string {
  return normalizeCodeText(s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MARKER_GLUED, '$1 ')
    .replace(/\s+([,.;:)\]])/g, '$1')
    .replace(/([([])\s+/g, '$1');
}

/** New wording as it will be displayed: original characters, spacing left by mark boundaries tidied. */
export function tidyAmendedText(s: string): string {
  return collapseWhitespace(s)
    .replace(MARKER_GLUED, '$1 ')
    .replace(/\s+([,.;:)\]])/g, '$1')
    .replace(/([([])\s+/g, '$1');
}
