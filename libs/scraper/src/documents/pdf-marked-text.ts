import { pathToFileURL } from 'node:url';
import type { MarkedDocument } from '@app/code';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildParagraphs, dropHeadersAndFooters, groupLines, markGlyphs, toRuns, type Line } from './pdf-layout';
import { readPage, type PdfJsModule } from './pdf-operators';

/**
 * Text of a word-processor PDF with its drafting marks: struck-through words (deleted) and underlined
 * words (inserted), as in Chicago amending ordinances.
 *
 * pdf.js's text layer (`getTextContent`) has neither the marks nor reliable word boundaries between marked
 * and unmarked text (it merges them into one item), so this reads the page's operator list instead: it
 * replays the text operators to place every glyph (origin, advance width, font size, baseline) and the path
 * operators to collect thin horizontal segments (stroked lines and filled thin rectangles, which is how
 * LibreOffice and Word draw underline and strike-through), then classifies each glyph by the segments that
 * cover its centre. Lines are grouped by baseline and joined into paragraphs by layout; see PDF_LAYOUT_RULES.
 * Two passes: the operator interpreter (pdf-operators.ts) and the layout pass (pdf-layout.ts).
 *
 * Limits: horizontal, single-column text; marks drawn as vector lines (a scanned page with an OCR text layer
 * has no segments, so everything comes out unmarked).
 */

let pdfjsLoading: Promise<PdfJsModule> | undefined;

/**
 * Loads pdf.js (ESM only) once, from CommonJS code: Node 20.19+ can require() an ES module without
 * top-level await, and under Jest the module is transformed like @nestjs. The fake worker runs in this
 * thread; handing it the worker module up front keeps pdf.js from import()ing it itself, which Jest
 * binds to whichever test file loaded it first.
 */
export function loadPdfJs(): Promise<PdfJsModule> {
  pdfjsLoading ??= (async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require('pdfjs-dist/legacy/build/pdf.mjs') as PdfJsModule;
    const g = globalThis as { pdfjsWorker?: unknown };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    g.pdfjsWorker ??= require('pdfjs-dist/legacy/build/pdf.worker.mjs');
    if (!lib.GlobalWorkerOptions.workerSrc) {
      lib.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
    }
    return lib;
  })();
  pdfjsLoading.catch(() => (pdfjsLoading = undefined));
  return pdfjsLoading;
}

export async function extractPdfMarkedText(data: Uint8Array): Promise<MarkedDocument> {
  return withPdf(data, async (doc, pdfjs) => {
    const lines = dropHeadersAndFooters(await readLines(doc, pdfjs), doc.numPages);
    return { format: 'pdf', paragraphs: buildParagraphs(lines), pages: doc.numPages };
  });
}

async function withPdf<T>(data: Uint8Array, use: (doc: PdfJs.PDFDocumentProxy, pdfjs: PdfJsModule) => Promise<T>): Promise<T> {
  const pdfjs = await loadPdfJs();
  const packageDir = require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '');
  const task = pdfjs.getDocument({
    // A copy (pdf.js may detach the buffer it is given), and a plain Uint8Array: it refuses Node Buffers.
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    standardFontDataUrl: `${packageDir}standard_fonts/`,
    cMapUrl: `${packageDir}cmaps/`,
    cMapPacked: true,
  });
  try {
    return await use(await task.promise, pdfjs);
  } finally {
    await task.destroy();
  }
}

async function readLines(doc: PdfJs.PDFDocumentProxy, pdfjs: PdfJsModule): Promise<Line[]> {
  const lines: Line[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { glyphs, segments } = await readPage(page, pdfjs.OPS);
    markGlyphs(glyphs, segments);
    lines.push(...groupLines(glyphs, segments, n));
    page.cleanup();
  }
  return lines;
}

/** One laid-out line of a PDF page: its text (marks dropped, hyphens as printed) and 1-based page. */
export interface PdfLine {
  page: number;
  text: string;
  /** The line's text in wdiff markup: `[-struck-]`, `{+underlined+}`. */
  markup: string;
  /** Baseline and horizontal extent, in PDF points from the page's lower left corner. */
  y: number;
  left: number;
  right: number;
}

/**
 * The PDF's lines as laid out, running heads and feet removed: what extractPdfMarkedText joins into
 * paragraphs. For checking and debugging layouts (where a line or page break falls).
 */
export async function extractPdfLines(data: Uint8Array): Promise<PdfLine[]> {
  return withPdf(data, async (doc, pdfjs) => {
    const lines = await readLines(doc, pdfjs);
    return dropHeadersAndFooters(lines, doc.numPages).map(({ page, text, y, left, right, glyphs }) => ({
      page,
      text,
      markup: toRuns(glyphs)
        .map((r) => (r.mark === 'strike' ? `[-${r.text}-]` : r.mark === 'underline' ? `{+${r.text}+}` : r.text))
        .join(''),
      y,
      left,
      right,
    }));
  });
}
