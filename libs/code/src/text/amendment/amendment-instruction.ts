import { normalizeCodeText } from '../code-text/normalize-code-text';
import { CHAPTER_NUMBER, SECTION_NUMBER } from '../code-text/section-number';
import type { AmendmentChange } from './amendment.types';

/**
 * What an enacting sentence does. 'sections': it names the sections it changes, and only those
 * headings split its text. 'chapter': it changes a chapter (or title) and every section heading
 * inside it starts a section; `named` still says what happens to the sections it does name.
 */
export type AmendmentInstruction =
  | { scope: 'sections'; named: Map<string, AmendmentChange> }
  | { scope: 'chapter'; chapter: string | null; named: Map<string, AmendmentChange>; defaultChange: AmendmentChange };

const SECTION_RE = new RegExp(SECTION_NUMBER, 'g');
const CHAPTER_RE = new RegExp(String.raw`(?<![-\d])${CHAPTER_NUMBER}(?![-\d])`, 'g');
// The list after "adding a new Section", "amending Sections", ... runs until the clause ends.
const LIST_END = /,?\s*(?:as follows|to read|thereto|and by\b|;|:)|\.(?:\s|$)/;

/** Plain text of an enacting sentence in a form the patterns can rely on: OCR-glued "ofthe", spaced dashes, curly quotes. */
export function cleanInstructionText(text: string): string {
  return normalizeCodeText(text)
    .replace(/\n/g, ' ')
    .replace(/\bof\s*the\b/gi, 'of the')
    .replace(/(\d)\s*-\s*(?=\d)/g, '$1-')
    .toLowerCase();
}

function listAfter(text: string, lead: RegExp): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(lead.source, 'g'))) {
    const rest = text.slice(m.index + m[0].length);
    const end = LIST_END.exec(rest);
    out.push(...((end ? rest.slice(0, end.index) : rest).match(SECTION_RE) ?? []));
  }
  return out;
}

/** Reads an enacting sentence, or returns null when it is not an instruction to change the Municipal Code. */
export function parseAmendmentInstruction(text: string): AmendmentInstruction | null {
  const lc = cleanInstructionText(text);
  const codeAt = lc.search(/municipal\s+code/);
  if (codeAt < 0) return null;
  const amended = /\b(?:is|are)\s+hereby\s+amended\b/.test(lc);
  const repealed = /\b(?:is|are)\s+hereby\s+repealed\b/.test(lc);
  if (!amended && !repealed) return null;

  const subject = lc.slice(0, codeAt);
  const named = new Map<string, AmendmentChange>();
  const subjectSections = subject.match(SECTION_RE) ?? [];
  for (const n of subjectSections) named.set(n, repealed && !amended ? 'REPEALED' : 'AMENDED');
  for (const n of listAfter(lc, /\bamending\s+sections?\s+/)) named.set(n, 'AMENDED');
  for (const n of listAfter(lc, /\brepealing\s+sections?\s+/)) named.set(n, 'REPEALED');
  for (const n of listAfter(lc, /\b(?:adding|inserting|creating)\s+(?:a\s+)?new\s+sections?\s+/)) named.set(n, 'ADDED');

  // "Chapter 2-25-050 of the Municipal Code" is a real drafting slip: a section called a chapter.
  if (subjectSections.length > 0) return { scope: 'sections', named };

  const newChapter = new RegExp(String.raw`\b(?:adding|inserting|creating)\s+(?:a\s+)?new\s+chapter\s+(${CHAPTER_NUMBER})(?![-\d])`).exec(
    lc,
  );
  const subjectChapter = subject.match(CHAPTER_RE)?.[0] ?? null;
  if (newChapter) return { scope: 'chapter', chapter: newChapter[1], named, defaultChange: 'ADDED' };
  if (subjectChapter === null && !/\btitle\b/.test(subject)) return named.size > 0 ? { scope: 'sections', named } : null;
  return { scope: 'chapter', chapter: subjectChapter, named, defaultChange: repealed && !amended ? 'REPEALED' : 'AMENDED' };
}

const EFFECTIVE =
  /\b(?:takes?|taking)\s+(?:full\s+)?(?:force\s+and\s+)?effect\b|\bin\s+(?:full\s+)?force\s+and\s+effect\b|\b(?:become|be)\s+effective\b/i;

/** "This ordinance shall take (full force and) effect upon/after its passage and publication", and variants. */
export function isEffectiveDateClause(text: string): boolean {
  const t = cleanInstructionText(text);
  return /\bordinance\b/.test(t) && EFFECTIVE.test(t);
}
