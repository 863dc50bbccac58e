export type {
  CodeParagraph,
  CodeHistoryAction,
  CodeHistoryEntry,
  CodeSectionText,
  CodeChapterText,
  CodeTextHints,
} from './code-text.types';
export { parseCodeText } from './parse-code-text';
export { sectionBodyText } from './section-body-text';
export { normalizeCodeText, collapseWhitespace } from './normalize-code-text';
export { parseHistoryNote, parseJournalDate, isHistoryNoteStart } from './history-note';
export { readOutlineMarker, toCodeParagraphs } from './outline-marker';
export { compareSectionNumbers, chapterOfSection } from './section-number';
