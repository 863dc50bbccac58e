import type { MarkedRun } from '../marked-text';
import type { CodeSectionText } from '../code-text/code-text.types';

export type AmendmentChange = 'AMENDED' | 'ADDED' | 'REPEALED';

export interface AmendmentParagraph {
  runs: MarkedRun[];
  /** An "(Omitted text is not affected by this ordinance)" line stood right before this paragraph. */
  omittedBefore: boolean;
}

/** One Municipal Code section an amending ordinance changes, as drafted (marks kept). */
export interface AmendmentSection {
  /** SECTION 1. -> 1 */
  ordinanceSection: number;
  change: AmendmentChange;
  /** '2-173-020' */
  number: string;
  /** The heading after the section number; may itself be struck or underlined. Empty when the ordinance prints none. */
  headingRuns: MarkedRun[];
  paragraphs: AmendmentParagraph[];
  /** An omitted-text line closes the section: the rest of the section is unchanged. */
  omittedAfter: boolean;
  /** The enacting sentence ("Section 2-173-020 of the Municipal Code of Chicago is hereby amended by ..."). */
  instruction: string;
}

export interface ParsedAmendment {
  sections: AmendmentSection[];
  effectiveDate: { text: string; ordinanceSection: number } | null;
  /** SECTIONs that are not code instructions, or whose named section never appears, kept for display. */
  unparsed: { ordinanceSection: number; text: string }[];
}

export interface BaseTextMismatch {
  /** Index into the amendment section's paragraphs; -1 for the heading or the section as a whole; paragraphs.length for baseline text after the last one. */
  paragraphIndex: number;
  /** The baseline wording, or '' when the baseline has no counterpart. */
  expected: string;
  /** The ordinance's unmarked + struck wording (what it says the code reads now). */
  found: string;
  /** Words of the baseline the ordinance lacks ('missing') and words the ordinance has that the baseline lacks ('unexpected'). */
  differingWords: { op: 'missing' | 'unexpected'; text: string }[];
}

export interface AmendedSection {
  number: string;
  change: AmendmentChange;
  /** The heading as amended (for REPEALED, the heading that was repealed). */
  heading: string;
  /** sectionBodyText of the baseline section; null for ADDED or when the baseline lacks the section. */
  baseText: string | null;
  /** sectionBodyText as amended; null for REPEALED and whenever the amendment was not applied. */
  amendedText: string | null;
  baseTextMatches: boolean;
  mismatches: BaseTextMismatch[];
  applied: boolean;
}

export interface AmendmentApplication {
  sections: AmendedSection[];
  /** Baseline sections in order, with applied changes: amended ones replaced, added ones inserted in number order, repealed ones removed. */
  chapterAsAmended: CodeSectionText[];
}
