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
  CouncilVotesService,
  majorityOf,
  type CouncilAgreement,
  type AlderAgreementRecord,
  type AlderPairAgreement,
  type CouncilRollCallRow,
  type RollCallVoteRow,
  type RollCallVoteExportRow,
  type VoteDateRange,
} from './services/council-votes.service';
export {
  MeetingQueryService,
  type MeetingRecord,
  type AgendaItemRecord,
  type MeetingFileRecord,
  type AttendanceRecord,
} from './services/meeting-query.service';
export { TrackingService, normalizeRuleValue, type TrackingRuleRecord, type TrackingRuleKind } from './services/tracking.service';
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
export { LEGISLATION_EVENTS, type LegislationEventType } from './events/legislation-events';
export { chaptersNamedIn, titleNamesChapterSql } from './events/chapters-named';
export { matterEventFields, type MatterEventFields } from './events/alert-fields';
export { LegislationEventTextModule } from './events/event-text.module';
export { LegislationException, LegislationErrorCode } from './legislation.exception';
export { RULE_MATCHES_MATTER } from './repositories/tracking-match.sql';
export type { MatterFilter, MatterCursor } from './types/matter-filter.type';
export { MatterSearchService, MAX_SEARCH_QUERY_LENGTH, type SearchQueryProblem } from './services/matter-search.service';
export { SEARCH_RANK_WINDOW } from './repositories/matter-search.repository';
export type { SearchCursor, SearchHit, SearchPage, SnippetPart } from './types/matter-search.type';
export { clean, toDate } from './types/clean.util';
export type { Sourced, SourceMatter, SourceMeeting, SourceBody, SourcePerson, UpsertCounts } from './types/source-records';
export { DataQualityKind, INTRODUCTION_ACTION_NAMES, type DataQualityNote } from './lifecycle/data-quality';
