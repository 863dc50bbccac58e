/** A UTF-16 surrogate that is not half of a pair: no character at all, and invalid in UTF-8. */
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

/** Outside XML 1.0's Char production: C0 controls other than tab, LF and CR, U+FFFE, U+FFFF, lone surrogates. */
const NOT_XML = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|${LONE_SURROGATE}`, 'g');

/** RFC 5545 TEXT allows no CONTROL (U+0000-U+001F, U+007F) but tab; LF is kept for ical-generator to escape as "\n". Noncharacters and lone surrogates go too, as in XML. */
const NOT_ICS = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F\\uFFFE\\uFFFF]|${LONE_SURROGATE}`, 'g');

/**
 * Scraped text for the Atom feed. One U+0001 in one eLMS title made the whole document ill-formed
 * XML, so every reader of the feed failed; escaping cannot help, since XML 1.0 has no way to write
 * these characters at all (not even as &#1;). They carry nothing readable and are dropped.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Scraped text for an iCalendar value: line breaks made LF (escaped by the writer), other controls dropped. */
export function icsText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_ICS, '');
}
