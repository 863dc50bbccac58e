import type { MarkedParagraph, TextMark } from '@app/code';
import type { Glyph, Segment } from './pdf-operators';
import { appendRun, type RunBuilder } from './runs';

/**
 * The layout pass: from placed glyphs and decoration segments (pdf-operators.ts) to marked paragraphs. Marks
 * each glyph by the segments that cover its centre, groups glyphs into lines by baseline, drops running heads
 * and feet, and joins lines into paragraphs by indentation, gaps and short last lines, resolving soft hyphens.
 */

/** The thresholds of the layout (and of what counts as a segment), in em (the glyph's font size) unless named in points. */
export const PDF_LAYOUT_RULES = {
  /** Strike-through: a segment whose centre is this far above the glyph's baseline (mid x-height). */
  strikeBand: [0.15, 0.45] as const,
  /** Underline: a segment whose centre is this far below (negative) the baseline. */
  underlineBand: [-0.3, -0.02] as const,
  /** Thicker segments (rules, boxes, table borders) are not text decoration. */
  maxThickness: 0.2,
  /** A segment marks a glyph when its x-range covers the glyph's centre, give or take this many points. */
  coverSlackPt: 0.25,
  /** Paths at most this tall (points, after the transform) count as horizontal segments. */
  maxSegmentHeightPt: 4,
  /** Glyphs whose baselines differ by less than this share a line. */
  sameLine: 0.4,
  /** A gap between glyphs wider than this (with no space glyph) is a word space. */
  wordGap: 0.15,
  /** A vertical gap above this multiple of the document's normal line pitch starts a paragraph. */
  paragraphGap: 1.15,
  /** Left edges that differ by more than this many points are different indents. */
  indentSlackPt: 2,
  /** A line ending within this many points of the right margin is full (justified). */
  justifiedSlackPt: 1.5,
  /** Text is justified when this share of the lines that continue a paragraph are full. */
  justifiedShare: 0.8,
} as const;

export interface Line {
  page: number;
  y: number;
  size: number;
  /** Glyphs left to right with word spaces inserted; no leading, trailing or doubled spaces. */
  glyphs: Glyph[];
  left: number;
  right: number;
  text: string;
}

// ---------------------------------------------------------------------------------------------------------
// Marks

/** The mark of the point (cx, baseline) of text of the given size. `segments` are sorted by y. */
function markAt(cx: number, baseline: number, size: number, segments: readonly Segment[]): TextMark {
  const R = PDF_LAYOUT_RULES;
  // Only segments between the bottom of the underline band and the top of the strike band can count.
  const low = baseline + R.underlineBand[0] * size;
  const high = baseline + R.strikeBand[1] * size;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.y < low) lo = mid + 1;
    else hi = mid;
  }
  let mark: TextMark = 'none';
  for (let i = lo; i < segments.length && segments[i]!.y <= high; i++) {
    const seg = segments[i]!;
    if (seg.thickness > R.maxThickness * size) continue;
    if (cx < seg.x0 - R.coverSlackPt || cx > seg.x1 + R.coverSlackPt) continue;
    const d = (seg.y - baseline) / size;
    if (d >= R.strikeBand[0] && d <= R.strikeBand[1]) return 'strike';
    if (d >= R.underlineBand[0] && d <= R.underlineBand[1]) mark = 'underline';
  }
  return mark;
}

export function markGlyphs(glyphs: Glyph[], segments: readonly Segment[]): void {
  if (segments.length === 0) return;
  for (const g of glyphs) g.mark = markAt((g.x0 + g.x1) / 2, g.y, g.size, segments);
}

// ---------------------------------------------------------------------------------------------------------
// Lines

function isSpace(g: Glyph): boolean {
  return g.text.trim() === '';
}

export function groupLines(glyphs: Glyph[], segments: readonly Segment[], page: number): Line[] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const rows: Glyph[][] = [];
  for (const g of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - g.y) <= PDF_LAYOUT_RULES.sameLine * Math.max(row[0]!.size, g.size)) row.push(g);
    else rows.push([g]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x0 - b.x0);
    const out: Glyph[] = [];
    for (const g of row) {
      const prev = out[out.length - 1];
      // Text drawn twice in place (fake bold, shadows) counts once.
      if (prev && prev.text === g.text && Math.abs(prev.x0 - g.x0) < 0.1 && Math.abs(prev.y - g.y) < 0.1) continue;
      if (prev && !isSpace(prev) && !isSpace(g) && g.x0 - prev.x1 > PDF_LAYOUT_RULES.wordGap * Math.max(prev.size, g.size)) {
        const cx = (prev.x1 + g.x0) / 2;
        const mark = segments.length ? markAt(cx, prev.y, prev.size, segments) : 'none';
        out.push({ text: ' ', x0: prev.x1, x1: g.x0, y: prev.y, size: prev.size, mark });
      }
      if (isSpace(g)) {
        if (!prev || isSpace(prev)) continue; // no leading or doubled spaces
        out.push({ ...g, text: ' ' });
      } else out.push(g);
    }
    while (out.length && isSpace(out[out.length - 1]!)) out.pop();
    if (out.length === 0) continue;
    const size = Math.max(...out.filter((g) => !isSpace(g)).map((g) => g.size));
    const y = row.reduce((sum, g) => sum + g.y, 0) / row.length;
    lines.push({ page, y, size, glyphs: out, left: out[0]!.x0, right: out[out.length - 1]!.x1, text: out.map((g) => g.text).join('') });
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------
// Page headers and footers

const PAGE_NUMBER =
  /^(?:page\s+)?[-–—]?\s*(?:\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/**
 * Drops running heads and feet: the first or last line of a page that is a bare page number ("3", "- 3 -",
 * "Page 3 of 9", "iv"), or whose text (digits ignored) recurs at the same height as the first/last line of
 * at least two pages and half of them, and stands apart from the body (its gap to the next line inwards is
 * over 1.2 times the page's median line gap).
 */
export function dropHeadersAndFooters(lines: Line[], pageCount: number): Line[] {
  const byPage = new Map<number, Line[]>();
  for (const l of lines) {
    const pageLines = byPage.get(l.page);
    if (pageLines) pageLines.push(l);
    else byPage.set(l.page, [l]);
  }
  const edgeKey = (l: Line): string => `${l.text.replace(/\d+/g, '#').trim()}@${Math.round(l.y)}`;
  const edges = new Map<string, number>();
  for (const pageLines of byPage.values()) {
    for (const l of new Set([pageLines[0]!, pageLines[pageLines.length - 1]!])) edges.set(edgeKey(l), (edges.get(edgeKey(l)) ?? 0) + 1);
  }
  const drop = new Set<Line>();
  for (const pageLines of byPage.values()) {
    const gaps = pageLines.slice(1).map((l, i) => pageLines[i]!.y - l.y);
    const typicalGap = median(gaps) ?? 0;
    const n = pageLines.length;
    const candidates: [Line, number | undefined][] = [
      [pageLines[0]!, gaps[0]],
      [pageLines[n - 1]!, gaps[n - 2]],
    ];
    for (const [l, gap] of candidates) {
      if (PAGE_NUMBER.test(l.text.trim())) {
        drop.add(l);
        continue;
      }
      const repeats = edges.get(edgeKey(l)) ?? 0;
      const apart = gap !== undefined && n >= 3 && gap > 1.2 * typicalGap;
      if (pageCount >= 2 && repeats >= 2 && repeats >= pageCount / 2 && apart) drop.add(l);
    }
  }
  return lines.filter((l) => !drop.has(l));
}

// ---------------------------------------------------------------------------------------------------------
// Paragraphs

interface Metrics {
  rightMargin: number;
  /** The text is justified: lines inside a paragraph end at the right margin. */
  justified: boolean;
  /** Normal baseline-to-baseline distance inside a paragraph, in em. */
  pitch: number;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * The right margin: the rightmost line end shared (within justifiedSlackPt) by at least three lines, so one
 * line running into the margin (a long URL, a wide table) does not move it; the rightmost end otherwise.
 */
function rightMarginOf(lines: readonly Line[]): number {
  const rights = lines.map((l) => l.right).sort((a, b) => b - a);
  const slack = PDF_LAYOUT_RULES.justifiedSlackPt;
  for (let i = 0; i + 2 < rights.length; i++) {
    if (rights[i]! - rights[i + 2]! <= slack) return rights[i]!;
  }
  return rights[0]!;
}

function measure(lines: readonly Line[]): Omit<Metrics, 'justified'> {
  const rightMargin = rightMarginOf(lines);
  const wrapPitches: number[] = [];
  const allPitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const p = lines[i - 1]!;
    const l = lines[i]!;
    if (p.page !== l.page) continue;
    const pitch = (p.y - l.y) / p.size;
    if (pitch <= 0.5) continue;
    allPitches.push(pitch);
    // A line that reaches the right margin was wrapped, so the next baseline is one line pitch away.
    if (p.right >= rightMargin - PDF_LAYOUT_RULES.justifiedSlackPt) wrapPitches.push(pitch);
  }
  const pitch = median(wrapPitches) ?? (allPitches.length ? Math.min(...allPitches) : 1.2);
  return { rightMargin, pitch };
}

/** Width of the line's first word (up to its first space), in points. */
function firstWordWidth(line: Line): number {
  const space = line.glyphs.findIndex(isSpace);
  const last = space < 0 ? line.glyphs[line.glyphs.length - 1]! : line.glyphs[space - 1]!;
  return last.x1 - line.left;
}

function endsWithBreakingDash(line: Line): boolean {
  const g = line.glyphs;
  return g.length >= 2 && /^[-‐‑–—\u00AD]$/.test(g[g.length - 1]!.text) && !isSpace(g[g.length - 2]!);
}

/**
 * Does `line` start a new paragraph after `prev` (`prevStartsParagraph`: prev is its paragraph's first line)?
 * - a vertical gap wider than the normal line pitch (space between paragraphs);
 * - a font size change of more than a quarter;
 * - the line starts right of the previous one (first-line indent, or a deeper level);
 * - the line starts left of a previous line that was itself a continuation line (continuation lines of a
 *   paragraph share their left edge);
 * - the previous line stopped short: the line's first word would have fitted after it (and it did not end
 *   with a hyphen or dash);
 * - in justified text (m.justified), the previous line stopped short of the right margin at all: only a
 *   paragraph's last line is not stretched to the margin.
 * All but the first apply across a page break.
 */
function startsParagraph(prev: Line, line: Line, prevStartsParagraph: boolean, m: Metrics): boolean {
  const R = PDF_LAYOUT_RULES;
  if (prev.page === line.page && prev.y - line.y > m.pitch * R.paragraphGap * prev.size + 0.5) return true;
  if (Math.abs(prev.size - line.size) > 0.25 * Math.max(prev.size, line.size)) return true;
  if (line.left > prev.left + R.indentSlackPt) return true;
  if (!prevStartsParagraph && line.left < prev.left - R.indentSlackPt) return true;
  if (endsWithBreakingDash(prev)) return false;
  if (prev.right + 0.25 * prev.size + firstWordWidth(line) < m.rightMargin - 1) return true;
  return m.justified && prev.right < m.rightMargin - R.justifiedSlackPt;
}

/**
 * Splits lines into paragraphs. Two passes: the first without the justified-text rule; if then nearly all
 * lines that continue into a next line end at the right margin (at least justifiedShare of them, and at
 * least three), the text is justified and the second pass also breaks after every line that stops short.
 */
function splitParagraphs(lines: readonly Line[], metrics: Omit<Metrics, 'justified'>): Line[][] {
  const split = (m: Metrics): Line[][] => {
    const out: Line[][] = [];
    for (const line of lines) {
      const current = out[out.length - 1];
      if (current && !startsParagraph(current[current.length - 1]!, line, current.length === 1, m)) current.push(line);
      else out.push([line]);
    }
    return out;
  };
  const first = split({ ...metrics, justified: false });
  const inner = first.flatMap((p) => p.slice(0, -1)).filter((l) => !endsWithBreakingDash(l));
  const atMargin = inner.filter((l) => l.right >= metrics.rightMargin - PDF_LAYOUT_RULES.justifiedSlackPt).length;
  const justified = inner.length >= 3 && atMargin >= PDF_LAYOUT_RULES.justifiedShare * inner.length;
  return justified ? split({ ...metrics, justified }) : first;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Resolves a line ending in letter + hyphen followed by a line starting with a lowercase letter. The hyphen
 * is a soft (automatic) one, dropped, unless the document shows the word is a hyphenated compound:
 * 1. the joined word ("competent") occurs elsewhere in the document -> soft;
 * 2. else the hyphenated form ("data-sharing") occurs elsewhere -> hard, kept;
 * 3. else the part before the hyphen already contains a hyphen ("one-out-of-" + "five") -> hard, kept;
 * 4. else soft: justified word-processor text hyphenates far more often than it breaks a compound at the
 *    end of a line, and the compound would then be the only one of its kind in the document.
 * Anything else ending in a hyphen or dash (a section number "2-173-", a dash) is joined without a space and
 * keeps the hyphen.
 */
export function isSoftHyphen(prefix: string, suffix: string, vocabulary: ReadonlySet<string>): boolean {
  const joined = `${prefix}${suffix}`.toLowerCase();
  const compound = `${prefix}-${suffix}`.toLowerCase();
  if (vocabulary.has(joined)) return true;
  if (vocabulary.has(compound)) return false;
  if (prefix.includes('-')) return false;
  return true;
}

export function buildParagraphs(lines: readonly Line[]): MarkedParagraph[] {
  if (lines.length === 0) return [];
  const m = measure(lines);
  const vocabulary = new Set<string>();
  for (const l of lines) for (const w of l.text.matchAll(WORD)) vocabulary.add(w[0].toLowerCase());

  return splitParagraphs(lines, m).map((paragraphLines) => {
    const glyphs = [...paragraphLines[0]!.glyphs];
    for (const line of paragraphLines.slice(1)) joinLine(glyphs, line.glyphs, vocabulary);
    return { runs: toRuns(glyphs), page: paragraphLines[0]!.page };
  });
}

function joinLine(into: Glyph[], next: readonly Glyph[], vocabulary: ReadonlySet<string>): void {
  const last = into[into.length - 1]!;
  const first = next[0]!;
  if (/^[-‐‑–—\u00AD]$/.test(last.text) && into.length >= 2 && !isSpace(into[into.length - 2]!)) {
    const before = into[into.length - 2]!;
    if (last.text === '\u00AD') {
      into.pop();
    } else if (/^[-‐‑]$/.test(last.text) && /\p{L}/u.test(before.text) && /^\p{Ll}/u.test(first.text)) {
      const prefix = trailingWord(into.slice(0, -1));
      const suffix = leadingWord(next);
      if (isSoftHyphen(prefix, suffix, vocabulary)) into.pop();
    }
    into.push(...next);
    return;
  }
  // A wrap is a word space; it carries the mark only when the text on both sides has it.
  into.push({ ...last, text: ' ', x0: last.x1, x1: last.x1, mark: last.mark === first.mark ? last.mark : 'none' });
  into.push(...next);
}

function trailingWord(glyphs: readonly Glyph[]): string {
  let i = glyphs.length;
  while (i > 0 && /[\p{L}\p{N}'’-]/u.test(glyphs[i - 1]!.text) && !isSpace(glyphs[i - 1]!)) i--;
  return glyphs
    .slice(i)
    .map((g) => g.text)
    .join('')
    .replace(/^[-'’]+/, '');
}

function leadingWord(glyphs: readonly Glyph[]): string {
  let i = 0;
  while (i < glyphs.length && /[\p{L}\p{N}'’]/u.test(glyphs[i]!.text)) i++;
  return glyphs
    .slice(0, i)
    .map((g) => g.text)
    .join('');
}

export function toRuns(glyphs: readonly Glyph[]): MarkedParagraph['runs'] {
  const runs: RunBuilder = [];
  for (const g of glyphs) appendRun(runs, g.text.replace(/\u00AD/g, ''), g.mark);
  return runs;
}
