import { collapseWhitespace } from './normalize-code-text';
import { isHistoryNoteClosed, isHistoryNoteStart, parseHistoryNote } from './history-note';
import { readOutlineMarker, toCodeParagraphs } from './outline-marker';
import { CHAPTER_NUMBER, SECTION_NUMBER, chapterOfSection } from './section-number';
import type { CodeChapterText, CodeSectionText, CodeTextHints } from './code-text.types';

// "2-173-030 Intentional collection ..." (amlegal) or "§ 2-173-042" alone (chicagocode.org). The number
// must be followed by space or the end, so a body line opening "2-173-030(a) ..." is not a heading.
const SECTION_HEADING = new RegExp(String.raw`^(?:§+\s*|Sec\.\s*)?(${SECTION_NUMBER})\.?(?:\s+(.*))?$`);
const CHAPTER_HEADING = new RegExp(String.raw`^CHAPTER\s+(${CHAPTER_NUMBER})(?![-\d])\.?\s*(.*)$`, 'i');

interface BodyLine {
  text: string;
  blankBefore: boolean;
}

interface SectionDraft {
  number: string;
  heading: string | null;
  lines: BodyLine[];
  note: string | null;
  noteOpen: boolean;
}

/**
 * Reads Municipal Code text as published: American Legal's one-line-per-paragraph pages,
 * chicagocode.org's blank-line-separated pages, or a plain dump of several sections after a
 * "CHAPTER 2-173 ..." line. Structure comes from the text alone.
 *
 * Paragraph rule, decided per section: when the body has a blank line between two text lines, a
 * paragraph runs from a blank line (or a line starting with an outline marker) to the next, and
 * other lines continue it (a wrapped dump). Otherwise every line is a paragraph (American Legal), except a
 * line starting in lower case after a line without closing punctuation, which continues it.
 * Text after a closed history note and before the next heading is an annotation and is dropped.
 */
export function parseCodeText(text: string, hints: CodeTextHints = {}): CodeChapterText {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());
  const drafts: SectionDraft[] = [];
  let chapter: string | null = null;
  let title: string | null = null;
  let awaitingHeading = false;
  let blankBefore = false;

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === '') {
      blankBefore = true;
      continue;
    }
    const current = drafts[drafts.length - 1];
    const chapterMatch = CHAPTER_HEADING.exec(line);
    const headingMatch = SECTION_HEADING.exec(line);
    if (chapterMatch && !current) {
      chapter = chapterMatch[1];
      title = chapterMatch[2] || chapterTitleOnNextLine(lines, i);
      if (!chapterMatch[2] && title) i = nextNonBlank(lines, i);
    } else if (headingMatch) {
      drafts.push({ number: headingMatch[1], heading: headingMatch[2] ?? null, lines: [], note: null, noteOpen: false });
      awaitingHeading = !headingMatch[2];
    } else if (awaitingHeading && current && !readOutlineMarker(line)) {
      current.heading = line;
      awaitingHeading = false;
    } else {
      awaitingHeading = false;
      const draft = current ?? startFromHints(drafts, hints);
      if (draft.noteOpen) {
        draft.note = `${draft.note} ${line}`;
        draft.noteOpen = !isHistoryNoteClosed(draft.note);
      } else if (isHistoryNoteStart(line) && draft.note === null) {
        draft.note = line;
        draft.noteOpen = !isHistoryNoteClosed(line);
      } else if (draft.note === null) {
        draft.lines.push({ text: line, blankBefore: blankBefore && draft.lines.length > 0 });
      }
    }
    blankBefore = false;
  }

  const sections = drafts.map((d) => toSection(d, hints));
  return {
    number: chapter ?? hints.chapter ?? (sections[0]?.number ? chapterOfSection(sections[0].number) : ''),
    title,
    sections,
  };
}

function startFromHints(drafts: SectionDraft[], hints: CodeTextHints): SectionDraft {
  const draft: SectionDraft = { number: hints.sectionNumber ?? '', heading: hints.heading ?? null, lines: [], note: null, noteOpen: false };
  drafts.push(draft);
  return draft;
}

function nextNonBlank(lines: readonly string[], i: number): number {
  let k = i + 1;
  while (k < lines.length && lines[k] === '') k += 1;
  return k;
}

// "CHAPTER 2-173" with the title in capitals on the following line.
function chapterTitleOnNextLine(lines: readonly string[], i: number): string | null {
  const next = lines[nextNonBlank(lines, i)];
  if (!next || SECTION_HEADING.test(next) || readOutlineMarker(next) || /[a-z]/.test(next)) return null;
  return next;
}

function toSection(draft: SectionDraft, hints: CodeTextHints): CodeSectionText {
  const note = draft.note === null ? null : collapseWhitespace(draft.note);
  const { history, complete } = note === null ? { history: [], complete: false } : parseHistoryNote(note);
  return {
    number: draft.number,
    heading: collapseWhitespace(draft.heading ?? (draft.number === hints.sectionNumber ? (hints.heading ?? '') : '')),
    paragraphs: toCodeParagraphs(joinParagraphs(draft.lines)),
    historyNote: note,
    history,
    historyComplete: complete,
  };
}

function joinParagraphs(lines: readonly BodyLine[]): string[] {
  const blockMode = lines.some((l) => l.blankBefore);
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const startsNew = blockMode
      ? prev === undefined || line.blankBefore || readOutlineMarker(line.text) !== null
      : prev === undefined || readOutlineMarker(line.text) !== null || !/^[a-z]/.test(line.text) || /[.:;]$/.test(prev);
    if (startsNew) out.push(line.text);
    else out[out.length - 1] = `${prev} ${line.text}`;
  }
  return out;
}
