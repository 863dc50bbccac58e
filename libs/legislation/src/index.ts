export { LegislationModule, LEGISLATION_ENTITIES } from './legislation.module';
export { LegislationIngestService } from './services/legislation-ingest.service';
export {
  MatterQueryService,
  type MatterRecord,
  type MatterActionRecord,
  type ActionVoteRecord,
  type MatterSponsorRecord,
  type MatterAttachmentRecord,
} from './services/matter-query.service';
export { PeopleQueryService, type PersonRecord, type MembershipRow, type PersonVoteRow } from './services/people-query.service';
export {
  MeetingQueryService,
  type MeetingRecord,
  type AgendaItemRecord,
  type MeetingFileRecord,
  type AttendanceRecord,
} from './services/meeting-query.service';
export { TrackingService, type TrackingRuleRecord, type TrackingRuleKind } from './services/tracking.service';
export { MatterLifecycleService, type MatterLifecycle, type NextStep, type StoryStep } from './services/matter-lifecycle.service';
export {
  StepType,
  Stage,
  VoteResult,
  VoteValue,
  tallyVotes,
  resultFromActionName,
  toVoteValue,
  rule41RecordNumbers,
  type StageResult,
  type VoteTally,
} from './lifecycle';
export { FeedQueryService, type FeedMeeting, type FeedMatterRef, type FeedChange } from './services/feed-query.service';
export { LegislationException, LegislationErrorCode } from './legislation.exception';
export type { MatterFilter, MatterCursor } from './types/matter-filter.type';
export { clean, toDate } from './types/clean.util';
export type { Sourced, SourceMatter, SourceMeeting, SourceBody, SourcePerson, UpsertCounts } from './types/source-records';
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
} from './code/marked-text';
export { CodeBaselineService, type ChapterSnapshot, type StoredSnapshot } from './services/code-baseline.service';
export {
  CodeQueryService,
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
export { assertChapterNumber, assertSectionNumber } from './services/code-query.service';
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
} from './code';
export { DataQualityKind, INTRODUCTION_ACTION_NAMES, type DataQualityNote } from './lifecycle/data-quality';
