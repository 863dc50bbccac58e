/**
 * Text with the drafting marks of a Chicago amending ordinance: by convention deleted words are
 * struck through and inserted words are underlined. Extractors (PDF, DOCX, HTML) produce this;
 * the amendment parser reads it. Kept free of Nest and the database so both sides can share it.
 */
export type TextMark = 'none' | 'strike' | 'underline';

export interface MarkedRun {
  text: string;
  mark: TextMark;
}

/** One paragraph in reading order. Line wraps inside it are already joined (hyphenation resolved). */
export interface MarkedParagraph {
  runs: MarkedRun[];
  /** 1-based page where the paragraph starts, when the source has pages. */
  page?: number;
}

export type MarkedDocumentFormat = 'pdf' | 'docx' | 'html' | 'text';

export interface MarkedDocument {
  format: MarkedDocumentFormat;
  paragraphs: MarkedParagraph[];
  /** Page count for paged formats. */
  pages?: number;
}

/**
 * Merges adjacent runs with the same mark and drops empty ones, so two extractions of the same text
 * compare equal however the source split its runs.
 */
export function normalizeRuns(runs: readonly MarkedRun[]): MarkedRun[] {
  const out: MarkedRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.mark === run.mark) last.text += run.text;
    else out.push({ text: run.text, mark: run.mark });
  }
  return out;
}

const MARKUP = /\[-([\s\S]*?)-\]|\{\+([\s\S]*?)\+\}/g;

/**
 * Reads wdiff-style markup, `kept [-struck-]{+underlined+}`, one paragraph per line. Used to author
 * test documents and to show extraction results in a readable, diffable form.
 */
export function parseMarkup(source: string, format: MarkedDocumentFormat = 'text'): MarkedDocument {
  const paragraphs = source
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const runs: MarkedRun[] = [];
      let at = 0;
      for (const m of line.matchAll(MARKUP)) {
        runs.push({ text: line.slice(at, m.index), mark: 'none' });
        runs.push(m[1] !== undefined ? { text: m[1], mark: 'strike' } : { text: m[2]!, mark: 'underline' });
        at = m.index! + m[0].length;
      }
      runs.push({ text: line.slice(at), mark: 'none' });
      return { runs: normalizeRuns(runs) };
    });
  return { format, paragraphs };
}

/** The inverse of parseMarkup: one line per paragraph. */
export function formatMarkup(doc: Pick<MarkedDocument, 'paragraphs'>): string {
  return doc.paragraphs
    .map((p) =>
      normalizeRuns(p.runs)
        .map((r) => (r.mark === 'strike' ? `[-${r.text}-]` : r.mark === 'underline' ? `{+${r.text}+}` : r.text))
        .join(''),
    )
    .join('\n');
}

/** The paragraph's plain text with all marks dropped (struck and underlined words both kept). */
export function plainText(paragraph: MarkedParagraph): string {
  return paragraph.runs.map((r) => r.text).join('');
}
