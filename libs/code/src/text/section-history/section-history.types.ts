import type { DiffHunk } from '@app/diff';
import type { BaseTextMismatch } from '../amendment/amendment.types';
import type { CodeHistoryEntry, CodeParagraph } from '../code-text/code-text.types';
import type { MarkedDocument } from '../marked-text';

/** A matter that passed on a history note's Journal date and names the section's chapter. */
export interface EnactmentRef {
  matterId: string;
  recordNumber: string;
  title: string | null;
  /** The Chicago day it passed, YYYY-MM-DD. */
  passedOn: string;
}

export interface Enactment extends EnactmentRef {
  /** Its latest stored legislation file, with the drafting marks; null when none has been read. */
  document: { id: string; marked: MarkedDocument } | null;
}

/**
 * How one step back through the history went:
 * - VERIFIED: the ordinance's new reading (kept + underlined) equals the later text, so its old reading was undone;
 * - NO_DATE: the history note entry has no Journal date to look a matter up by;
 * - NO_RECORD: no matter passed that day naming the chapter;
 * - NO_DOCUMENT: the matter is known but none of its files has been read;
 * - NOT_IN_DOCUMENT: its file does not amend or add this section;
 * - MISMATCH: its new reading differs from the later text (words in `mismatches`).
 * Every status but VERIFIED breaks the chain: nothing older is rebuilt.
 */
export type HistoryStepStatus = 'VERIFIED' | 'NO_DATE' | 'NO_RECORD' | 'NO_DOCUMENT' | 'NOT_IN_DOCUMENT' | 'MISMATCH';

export interface SectionHistoryStep {
  entry: CodeHistoryEntry;
  /** The matter taken as the enacting one (the first candidate whose file amends the section, else the first candidate). */
  enactment: EnactmentRef | null;
  /** Every matter that passed that day naming the chapter. */
  candidates: EnactmentRef[];
  status: HistoryStepStatus;
  /** For MISMATCH: where the ordinance's new reading and the later text part. */
  mismatches: BaseTextMismatch[];
  /** For a VERIFIED step, true when the ordinance added the section (nothing older exists). */
  addedSection: boolean;
}

export interface RebuiltSectionVersion {
  heading: string;
  paragraphs: CodeParagraph[];
  /** sectionBodyText: the text versions are diffed on. */
  text: string;
  /** The step that produced this wording; null for the oldest wording known when the chain broke before it. */
  step: SectionHistoryStep | null;
  /** Word diff from the previous version (empty text when the step added the section); null when that version is unknown. */
  redline: DiffHunk[] | null;
  /** Words the redline inserts and deletes (0 when it is null). */
  insertedWords: number;
  deletedWords: number;
}

/** A run of the current text and the ordinance that introduced it (null: older than the rebuilt chain). */
export interface AttributedPassage {
  text: string;
  enactment: EnactmentRef | null;
  /** The Journal date of the step that introduced it; for null enactments, the date before which it was written. */
  date: string | null;
}

export interface RebuiltSectionHistory {
  number: string;
  /** Newest first; the first is the current stored text. */
  versions: RebuiltSectionVersion[];
  /** Newest first, up to and including the first step that is not VERIFIED. */
  steps: SectionHistoryStep[];
  /** True when every history note entry was undone back to the ordinance that added the section. */
  complete: boolean;
  /** The first step that could not be undone, or null. */
  broken: SectionHistoryStep | null;
  attribution: AttributedPassage[];
}
