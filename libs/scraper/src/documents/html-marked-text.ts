import type { MarkedDocument, MarkedParagraph, TextMark } from '@app/code';
import * as cheerio from 'cheerio';
import { appendRun, collapseWhitespace, type RunBuilder } from './runs';

/** The parts of a DOM node this walk reads (cheerio's nodes, without depending on domhandler). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'object',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const STRIKE_TAGS = new Set(['s', 'strike', 'del']);
const UNDERLINE_TAGS = new Set(['u', 'ins']);

interface Decoration {
  strike: boolean;
  underline: boolean;
}

/** Declarations of an inline style attribute, lower-cased property names. */
function styleDeclarations(style: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of (style ?? '').split(';')) {
    const colon = decl.indexOf(':');
    if (colon > 0)
      out.set(
        decl.slice(0, colon).trim().toLowerCase(),
        decl
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return out;
}

/**
 * Text of an HTML document with its drafting marks.
 * - strike: `<s>`, `<strike>`, `<del>`, or an inline style `text-decoration(-line): line-through`;
 * - underline: `<u>`, `<ins>`, or an inline style `text-decoration(-line): underline`;
 * - decorations nest and accumulate as in CSS (a descendant cannot take its ancestor's line away); text
 *   both struck and underlined counts as struck;
 * - block elements (p, div, li, h1-h6, td, ...) and `<br>` end paragraphs; script, style, head and other
 *   non-text elements, and elements hidden with `hidden` or `display: none`, are skipped;
 * - white space is collapsed to single spaces and trimmed per paragraph.
 * Marks set through style sheets (class selectors) are not seen: only tags and inline styles.
 */
export function extractHtmlMarkedText(html: string): MarkedDocument {
  const $ = cheerio.load(html);
  const paragraphs: MarkedParagraph[] = [];
  let current: RunBuilder = [];
  const flush = (): void => {
    const runs = collapseWhitespace(current);
    if (runs.length) paragraphs.push({ runs });
    current = [];
  };
  const walk = (node: DomNode, deco: Decoration): void => {
    if (node.type === 'text') {
      const mark: TextMark = deco.strike ? 'strike' : deco.underline ? 'underline' : 'none';
      appendRun(current, node.data ?? '', mark);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') {
      return; // comments, directives, and (in cheerio's HTML mode) script/style nodes
    }
    const name = node.name?.toLowerCase();
    if (name && SKIP.has(name)) return;
    if (name === 'br') return flush();
    const style = styleDeclarations(node.attribs?.['style']);
    if (node.attribs && 'hidden' in node.attribs) return;
    if (style.get('display') === 'none') return;
    const line = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
    const next: Decoration = {
      strike: deco.strike || (name !== undefined && STRIKE_TAGS.has(name)) || /\bline-through\b/.test(line),
      underline: deco.underline || (name !== undefined && UNDERLINE_TAGS.has(name)) || /\bunderline\b/.test(line),
    };
    const block = name !== undefined && BLOCK.has(name);
    if (block) flush();
    for (const c of node.children ?? []) walk(c, next);
    if (block) flush();
  };
  walk($.root().get(0) as unknown as DomNode, { strike: false, underline: false });
  flush();
  return { format: 'html', paragraphs };
}
