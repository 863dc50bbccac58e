export { CodeModule, CODE_ENTITIES } from './code.module';
export { CodeException, CodeErrorCode } from './code.exception';
export {
  type MarkedDocument,
  type MarkedParagraph,
  type MarkedRun,
  type TextMark,
  type MarkedDocumentFormat,
  normalizeRuns,
  parseMarkup,
  formatMarkup,
  plainText,
} from './text/marked-text';
export { CodeBaselineService, type ChapterSnapshot, type StoredSnapshot } from './services/code-baseline.service';
export {
  CodeQueryService,
  assertChapterNumber,
  assertSectionNumber,
  type CodeChapterRecord,
  type CodeChapterVersionRecord,
  type CodeSectionVersionRecord,
} from './services/code-query.service';
export {
  AmendmentService,
  type FetchedDocument,
  type AmendmentRecord,
  type AmendmentSectionRecord,
  type MatterDocumentRecord,
} from './services/amendment.service';
export { AmendmentViewService, type AmendmentView, type AmendmentBaseline } from './services/amendment-view.service';
export { SectionHistoryService, type SectionHistory } from './services/section-history.service';
export type { EnactmentRef, HistoryStepStatus, SectionHistoryStep, RebuiltSectionVersion, AttributedPassage } from './text/section-history';
export type { PendingAttachment } from './repositories/amendment.repository';
export {
  TextCompareService,
  parseTextRef,
  type ComparableText,
  type SectionComparison,
  type TextRef,
} from './services/text-compare.service';
export type { StoredTextDiff } from './services/text-diff.service';
export type { DraftedSection } from './entities/amendment-section.entity';
export {
  parseCodeText,
  sectionBodyText,
  normalizeCodeText,
  parseHistoryNote,
  parseJournalDate,
  compareSectionNumbers,
  chapterOfSection,
  parseAmendment,
  applyAmendment,
  type CodeParagraph,
  type CodeHistoryAction,
  type CodeHistoryEntry,
  type CodeSectionText,
  type CodeChapterText,
  type CodeTextHints,
  type AmendmentChange,
  type AmendmentParagraph,
  type AmendmentSection,
  type ParsedAmendment,
  type BaseTextMismatch,
  type AmendedSection,
  type AmendmentApplication,
} from './text';
