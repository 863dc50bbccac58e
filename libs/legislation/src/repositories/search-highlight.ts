import type { SnippetPart } from '../types/matter-search.type';

/**
 * ts_headline marks matches with these private-use characters instead of HTML, so the text (scraped,
 * untrusted) stays plain and each edge escapes it its own way; they are stripped from the text first.
 */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_STOP = '\uE001';

/** ts_headline options for document fragments: two fragments of up to 30 words around the matches. */
export const FRAGMENT_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;
/** For titles: every match highlighted, the whole title kept. */
export const TITLE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;

/** Splits ts_headline output into plain and highlighted runs; adjacent highlighted words stay separate runs. */
export function parseHighlights(marked: string | null): SnippetPart[] {
  if (!marked) return [];
  const parts: SnippetPart[] = [];
  let highlighted = false;
  let text = '';
  const flush = () => {
    if (text) parts.push({ text, highlighted });
    text = '';
  };
  for (const ch of marked) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_STOP) {
      flush();
      highlighted = ch === HIGHLIGHT_START;
    } else text += ch;
  }
  flush();
  return parts;
}
