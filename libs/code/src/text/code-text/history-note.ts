import { collapseWhitespace } from './normalize-code-text';
import type { CodeHistoryAction, CodeHistoryEntry } from './code-text.types';

// American Legal closes each section with "(Added Coun. J. 3-29-06, p. 74325, § 1; Amend ...)".
const NOTE_START =
  /^\((?:Added|Amend|Amended|Amd\.|Renumbered|Repealed|Corrected|Corr\.|Formerly|Prior code)\b|^\([^()]{0,60}?Coun\.\s*J\./i;

/** Whether a line opens a publisher's history note. */
export function isHistoryNoteStart(line: string): boolean {
  return NOTE_START.test(line.trim());
}

/** Whether the note's closing parenthesis has been printed (a cut-off note has not). */
export function isHistoryNoteClosed(note: string): boolean {
  const t = note.trim();
  let depth = 0;
  for (const ch of t) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
  }
  return t.endsWith(')') && depth <= 0;
}

/** Council Journal date "3-29-06" -> "2006-03-29"; two-digit years 00-49 are 20xx, 50-99 are 19xx. */
export function parseJournalDate(s: string): string | null {
  const m = /^(\d{1,2})-(\d{1,2})-(\d{2}|\d{4})$/.exec(s.trim());
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ACTIONS: readonly [RegExp, CodeHistoryAction][] = [
  [/^added\b/i, 'added'],
  [/^(?:amend(?:ed)?\b|amd\.)/i, 'amended'],
  [/^renumber(?:ed)?\b/i, 'renumbered'],
  [/^repeal(?:ed)?\b/i, 'repealed'],
  [/^(?:corrected\b|corr\.)/i, 'corrected'],
];

function parseEntry(raw: string): CodeHistoryEntry {
  const action = ACTIONS.find(([re]) => re.test(raw))?.[1] ?? 'other';
  const dateMatch = /\b(\d{1,2}-\d{1,2}-(?:\d{4}|\d{2}))\b/.exec(raw);
  const pageMatch = /\bpp?\.\s*(\d+(?:\s*-\s*\d+)?)/.exec(raw);
  let detail: string | null = null;
  const after = pageMatch
    ? raw.slice(pageMatch.index + pageMatch[0].length)
    : dateMatch
      ? raw.slice(dateMatch.index + dateMatch[0].length)
      : null;
  if (after !== null) detail = after.replace(/^[\s,]+/, '').trim() || null;
  return {
    action,
    date: dateMatch ? parseJournalDate(dateMatch[1]) : null,
    journalPage: pageMatch ? pageMatch[1].replace(/\s+/g, '') : null,
    detail,
    raw,
  };
}

/**
 * Splits a history note into its citations. A cut-off note keeps only the citations that were
 * finished (followed by ";"), since a partial one would carry a wrong date or page.
 */
export function parseHistoryNote(note: string): { history: CodeHistoryEntry[]; complete: boolean } {
  const text = collapseWhitespace(note);
  const complete = isHistoryNoteClosed(text);
  const inner = text.replace(/^\(/, '').replace(complete ? /\)$/ : /$/, '');
  const parts = inner.split(';');
  const finished = complete ? parts : parts.slice(0, -1);
  const history = finished
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(parseEntry);
  return { history, complete };
}
