export {
  ElmsError,
  ElmsHttpError,
  ElmsTimeoutError,
  ElmsNetworkError,
  ElmsParseError,
  ElmsSchemaError,
  ElmsPagingError,
} from './elms.errors';
export type { ElmsErrorCode, ElmsSchemaIssue } from './elms.errors';

export { RateLimiter, parseRetryAfter } from './rate-limiter';
export type { RateLimiterOptions, Sleep, Clock } from './rate-limiter';

export { SourceFetcher, ELMS_BASE_URL, decodeJson, encodePathSegment } from './http-fetcher';
export type { FetchedBytes, SourceFetcherOptions, SourceFetchResult, ElmsLogger, FetchImpl, Query, QueryValue } from './http-fetcher';

export { ElmsClient, formatPath, sourceIdOf } from './elms-client';
export type { ElmsClientOptions, ElmsListParams, ElmsPage, ElmsWalkParams, FetchedDoc, RejectedRow, SortDirection } from './elms-client';

export { ELMS_SENTINEL_DATE, canonicalJson } from './elms.values';

export {
  elmsLinkListSchema,
  elmsVoteSchema,
  elmsActionSchema,
  elmsSponsorSchema,
  elmsAttachmentSchema,
  elmsTimelineEventSchema,
  elmsMatterDetailSchema,
  elmsMatterListRowSchema,
  elmsAgendaItemSchema,
  elmsAgendaGroupSchema,
  elmsGroupedAgendaSchema,
  elmsMeetingFileSchema,
  elmsAttendanceSchema,
  elmsMeetingListRowSchema,
  elmsMeetingAgendaDetailSchema,
  elmsMeetingDetailSchema,
  elmsVoteListSchema,
  elmsBodyMemberSchema,
  elmsBodySchema,
  elmsPersonSchema,
  elmsMetaSchema,
  elmsFacetSchema,
  envelopeSchema,
  elmsRawEnvelopeSchema,
} from './elms.schemas';
export type {
  ElmsVote,
  ElmsAction,
  ElmsSponsor,
  ElmsAttachment,
  ElmsTimelineEvent,
  ElmsMatterDetail,
  ElmsMatterListRow,
  ElmsAgendaItem,
  ElmsAgendaGroup,
  ElmsGroupedAgenda,
  ElmsMeetingFile,
  ElmsAttendance,
  ElmsMeetingListRow,
  ElmsMeetingAgendaDetail,
  ElmsMeetingDetail,
  ElmsBodyMember,
  ElmsBody,
  ElmsPerson,
  ElmsMeta,
  ElmsFacet,
  ElmsEnvelope,
} from './elms.schemas';
