/** One outline paragraph of a Municipal Code section, e.g. "(a) No agent or agency shall ...". */
export interface CodeParagraph {
  /** '(a)', '(1)', '(A)', '(ii)' ...; null when the paragraph has no outline marker. */
  marker: string | null;
  /** 0 = no marker, 1 = (a), 2 = (1), 3 = (A), 4 = (i) roman. */
  level: number;
  /** The whole paragraph including its marker, whitespace-normalised. */
  text: string;
}

export type CodeHistoryAction = 'added' | 'amended' | 'renumbered' | 'repealed' | 'corrected' | 'other';

/** One citation of a history note, e.g. "Amend Coun. J. 1-27-21, p. 26741, Art. I, § 1". */
export interface CodeHistoryEntry {
  action: CodeHistoryAction;
  /** The Council Journal date, YYYY-MM-DD. */
  date: string | null;
  /** The Council Journal page, as printed ('74325'). */
  journalPage: string | null;
  /** Where in the amending ordinance: '§ 1', 'Art. I, § 1'. */
  detail: string | null;
  raw: string;
}

export interface CodeSectionText {
  /** '2-173-020' */
  number: string;
  /** As printed: 'Immigration enforcement prohibited.' */
  heading: string;
  paragraphs: CodeParagraph[];
  /** The publisher's history note, as printed, or null when the text has none. */
  historyNote: string | null;
  history: CodeHistoryEntry[];
  /** True only when a history note is present and closed; a cut-off or missing note leaves it false. */
  historyComplete: boolean;
}

export interface CodeChapterText {
  /** '2-173' */
  number: string;
  /** 'WELCOMING CITY ORDINANCE' when a chapter heading line was present. */
  title: string | null;
  sections: CodeSectionText[];
}

export interface CodeTextHints {
  chapter?: string;
  /** Used for body text that precedes any section heading (an excerpt that starts at the body). */
  sectionNumber?: string;
  heading?: string;
}
