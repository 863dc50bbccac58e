import type { MarkedDocument, MarkedParagraph, TextMark } from '@app/code';
import * as cheerio from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';
import { appendRun, collapseWhitespace, type RunBuilder } from './runs';

/** The parts of a DOM node this walk reads (cheerio's nodes, without depending on domhandler). */
interface XmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: XmlNode[];
}

/** Run formatting as far as the marks go; `undefined` inherits. */
interface RunFormat {
  strike?: boolean;
  underline?: boolean;
  hidden?: boolean;
}

interface StyleDef {
  basedOn?: string;
  format: RunFormat;
}

interface Styles {
  defaults: RunFormat;
  paragraph: Map<string, StyleDef>;
  character: Map<string, StyleDef>;
  defaultParagraphStyle?: string;
}

/** A DOCX that is not a readable WordprocessingML package. */
export class InvalidDocxError extends Error {
  override name = 'InvalidDocxError';
}

/**
 * Text of a DOCX with its drafting marks, from the main document part (word/document.xml).
 * - paragraphs: `w:p` (also inside tables and content controls), empty ones dropped;
 * - runs: `w:r` with text from `w:t` (and `w:delText`), `w:tab` as a space, `w:noBreakHyphen` as "-",
 *   `w:softHyphen` dropped; hidden text (`w:vanish`) skipped;
 * - a line break (`w:br`, `w:cr`) ends the paragraph as the PDF and HTML extractors see it (a page or
 *   column break is a space);
 * - strike: `w:strike` or `w:dstrike` whose `w:val` is not "false"/"0"/"off", and tracked deletions
 *   (`w:del`, `w:moveFrom`);
 * - underline: `w:u` whose `w:val` is not "none" (any style: single, double, words...), and tracked
 *   insertions (`w:ins`, `w:moveTo`);
 * - formatting is resolved document defaults -> paragraph style chain -> character style chain -> direct
 *   run properties, a later level overriding an earlier one;
 * - a run both struck and underlined counts as struck (a deletion wins), as does a deleted insertion.
 * Headers, footers, footnotes, comments and text boxes are not read. White space is collapsed to single
 * spaces and trimmed per paragraph, like the other extractors.
 */
export function extractDocxMarkedText(data: Uint8Array): MarkedDocument {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  } catch (err) {
    throw new InvalidDocxError(`not a zip package: ${(err as Error).message}`);
  }
  const mainPart = findMainPart(files);
  const main = files[mainPart];
  if (!main) throw new InvalidDocxError(`no main document part (${mainPart})`);
  const stylesPart = findRelated(files, mainPart, 'styles') ?? 'word/styles.xml';
  const styles = readStyles(files[stylesPart] ? strFromU8(files[stylesPart]) : undefined);

  const $ = cheerio.load(strFromU8(main), { xml: true });
  const body = $('w\\:body').get(0) as unknown as XmlNode | undefined;
  if (!body) throw new InvalidDocxError('main document part has no w:body');
  const paragraphs: MarkedParagraph[] = [];
  walkBlocks(body, (p) => {
    for (const line of splitAtLineBreaks(paragraphRuns(p, styles))) {
      const runs = collapseWhitespace(line);
      if (runs.length) paragraphs.push({ runs });
    }
  });
  return { format: 'docx', paragraphs };
}

// ---------------------------------------------------------------------------------------------------------
// Package parts

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relationships(files: Record<string, Uint8Array>, rels: string): { type: string; target: string }[] {
  const xml = files[rels];
  if (!xml) return [];
  const $ = cheerio.load(strFromU8(xml), { xml: true });
  return $('Relationship')
    .toArray()
    .map((el) => ({ type: $(el).attr('Type') ?? '', target: $(el).attr('Target') ?? '' }));
}

function findMainPart(files: Record<string, Uint8Array>): string {
  const rel = relationships(files, '_rels/.rels').find((r) => r.type.endsWith('/officeDocument'));
  return rel ? resolveTarget('', rel.target) : 'word/document.xml';
}

function findRelated(files: Record<string, Uint8Array>, part: string, typeSuffix: string): string | undefined {
  const rel = relationships(files, relsPath(part)).find((r) => r.type.endsWith(`/${typeSuffix}`));
  return rel ? resolveTarget(part, rel.target) : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Formatting

function childrenNamed(node: XmlNode | undefined, name: string): XmlNode[] {
  return (node?.children ?? []).filter((c) => c.type === 'tag' && c.name === name);
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return childrenNamed(node, name)[0];
}

/** A toggle such as w:strike: present and w:val absent or not false. */
function onOff(node: XmlNode | undefined): boolean | undefined {
  if (!node) return undefined;
  const val = node.attribs?.['w:val'];
  return val === undefined || !['false', '0', 'off', 'none'].includes(val.toLowerCase());
}

function readFormat(rPr: XmlNode | undefined): RunFormat {
  if (!rPr) return {};
  const strike = onOff(child(rPr, 'w:strike'));
  const dstrike = onOff(child(rPr, 'w:dstrike'));
  const u = child(rPr, 'w:u');
  return {
    strike: strike === undefined && dstrike === undefined ? undefined : strike === true || dstrike === true,
    underline: u ? (u.attribs?.['w:val'] ?? 'single').toLowerCase() !== 'none' : undefined,
    hidden: onOff(child(rPr, 'w:vanish')),
  };
}

function overlay(base: RunFormat, top: RunFormat): RunFormat {
  return {
    strike: top.strike ?? base.strike,
    underline: top.underline ?? base.underline,
    hidden: top.hidden ?? base.hidden,
  };
}

function readStyles(xml: string | undefined): Styles {
  const styles: Styles = { defaults: {}, paragraph: new Map(), character: new Map() };
  if (!xml) return styles;
  const $ = cheerio.load(xml, { xml: true });
  const defaults = $('w\\:docDefaults > w\\:rPrDefault > w\\:rPr').get(0) as unknown as XmlNode | undefined;
  styles.defaults = readFormat(defaults);
  for (const el of $('w\\:styles > w\\:style').toArray()) {
    const node = el as unknown as XmlNode;
    const id = node.attribs?.['w:styleId'];
    if (!id) continue;
    const def: StyleDef = { basedOn: child(node, 'w:basedOn')?.attribs?.['w:val'], format: readFormat(child(node, 'w:rPr')) };
    const type = node.attribs?.['w:type'];
    if (type === 'paragraph') {
      styles.paragraph.set(id, def);
      if (['1', 'true', 'on'].includes(node.attribs?.['w:default'] ?? '')) styles.defaultParagraphStyle = id;
    } else if (type === 'character') {
      styles.character.set(id, def);
    }
  }
  return styles;
}

function styleChain(map: Map<string, StyleDef>, id: string | undefined): RunFormat {
  const chain: RunFormat[] = [];
  const seen = new Set<string>();
  for (let at = id; at && !seen.has(at); at = map.get(at)?.basedOn) {
    seen.add(at);
    const def = map.get(at);
    if (def) chain.unshift(def.format);
  }
  return chain.reduce(overlay, {});
}

// ---------------------------------------------------------------------------------------------------------
// Content

/** Calls `onParagraph` for every block-level w:p in reading order (tables and content controls included). */
function walkBlocks(node: XmlNode, onParagraph: (p: XmlNode) => void): void {
  for (const c of node.children ?? []) {
    if (c.type !== 'tag') continue;
    if (c.name === 'w:p') onParagraph(c);
    else if (c.name === 'mc:AlternateContent') {
      const choice = child(c, 'mc:Choice') ?? child(c, 'mc:Fallback');
      if (choice) walkBlocks(choice, onParagraph);
    } else if (
      ['w:tbl', 'w:tr', 'w:tc', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:del', 'w:moveTo', 'w:moveFrom', 'w:smartTag'].includes(
        c.name!,
      )
    ) {
      walkBlocks(c, onParagraph);
    }
  }
}

interface Context {
  base: RunFormat;
  tracked?: 'ins' | 'del';
}

function paragraphRuns(p: XmlNode, styles: Styles): RunBuilder {
  const pStyle = child(child(p, 'w:pPr'), 'w:pStyle')?.attribs?.['w:val'] ?? styles.defaultParagraphStyle;
  const base = overlay(styles.defaults, styleChain(styles.paragraph, pStyle));
  const runs: RunBuilder = [];
  walkInline(p, { base }, styles, runs);
  return runs;
}

/** Paragraph-level containers whose runs are part of the paragraph's text. */
const INLINE_CONTAINERS = new Set(['w:hyperlink', 'w:smartTag', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:fldSimple', 'w:bdo', 'w:dir']);

function walkInline(node: XmlNode, ctx: Context, styles: Styles, runs: RunBuilder): void {
  for (const c of node.children ?? []) {
    if (c.type !== 'tag') continue;
    switch (c.name) {
      case 'w:r':
        readRun(c, ctx, styles, runs);
        break;
      case 'w:ins':
      case 'w:moveTo':
        walkInline(c, { ...ctx, tracked: ctx.tracked === 'del' ? 'del' : 'ins' }, styles, runs);
        break;
      case 'w:del':
      case 'w:moveFrom':
        walkInline(c, { ...ctx, tracked: 'del' }, styles, runs);
        break;
      case 'mc:AlternateContent': {
        const choice = child(c, 'mc:Choice') ?? child(c, 'mc:Fallback');
        if (choice) walkInline(choice, ctx, styles, runs);
        break;
      }
      default:
        if (INLINE_CONTAINERS.has(c.name!)) walkInline(c, ctx, styles, runs);
    }
  }
}

function readRun(r: XmlNode, ctx: Context, styles: Styles, runs: RunBuilder): void {
  const rPr = child(r, 'w:rPr');
  const rStyle = child(rPr, 'w:rStyle')?.attribs?.['w:val'];
  const format = overlay(overlay(ctx.base, styleChain(styles.character, rStyle)), readFormat(rPr));
  if (format.hidden) return;
  const mark: TextMark =
    ctx.tracked === 'del' || format.strike ? 'strike' : ctx.tracked === 'ins' || format.underline ? 'underline' : 'none';
  let text = '';
  for (const c of r.children ?? []) {
    if (c.type !== 'tag') continue;
    switch (c.name) {
      case 'w:t':
      case 'w:delText':
        text += textOf(c).replace(/[\r\n]/g, ' ');
        break;
      case 'w:tab':
      case 'w:ptab':
        text += ' ';
        break;
      case 'w:br':
      case 'w:cr': {
        // A line break starts a new line, and so a new paragraph (as in the PDF and HTML extractors); page
        // and column breaks inside a paragraph do not interrupt its text.
        const type = c.attribs?.['w:type'];
        text += type === 'page' || type === 'column' ? ' ' : LINE_BREAK;
        break;
      }
      case 'w:noBreakHyphen':
        text += '-';
        break;
      default:
        break;
    }
  }
  appendRun(runs, text, mark);
}

const LINE_BREAK = '\n';

/** Splits a paragraph's runs at line breaks (LINE_BREAK in the text) into one run list per line. */
function splitAtLineBreaks(runs: RunBuilder): RunBuilder[] {
  const lines: RunBuilder[] = [[]];
  for (const run of runs) {
    run.text.split(LINE_BREAK).forEach((part, i) => {
      if (i > 0) lines.push([]);
      appendRun(lines[lines.length - 1]!, part, run.mark);
    });
  }
  return lines;
}

function textOf(node: XmlNode): string {
  return (node.children ?? []).map((c) => (c.type === 'text' ? (c.data ?? '') : c.type === 'cdata' ? textOf(c) : '')).join('');
}
