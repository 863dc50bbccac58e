import * as cheerio from 'cheerio';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'header',
  'footer',
]);
/** The parts of a DOM node this walk reads (cheerio's nodes, without depending on domhandler). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  children?: DomNode[];
}

const SKIP = 'script, style, noscript, template, nav, iframe, svg, form, button';

/**
 * The text of a code page, one block element per line. The publisher's class names were never
 * captured, so structure is left to the text parser (section numbers, outline markers, history
 * notes); this only keeps block boundaries that the markup makes and the text would lose.
 */
export function codePageText(html: string): { title: string | null; text: string } {
  const $ = cheerio.load(html);
  $(SKIP).remove();
  const title = $('title').first().text().trim() || null;
  const main = $('main').first().get(0) ?? $('body').first().get(0) ?? $.root().get(0);
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (line) lines.push(line);
    else if (lines.length && lines[lines.length - 1] !== '') lines.push('');
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.type === 'text') {
      current += (node.data ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    if (node.name === 'br') return flush();
    const block = node.name !== undefined && BLOCK.has(node.name);
    if (block) flush();
    for (const child of node.children ?? []) walk(child);
    if (block) flush();
  };
  if (main) walk(main as unknown as DomNode);
  flush();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { title, text: lines.join('\n') };
}
