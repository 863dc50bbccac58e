import { z } from 'zod';
import { isIsoDateString } from './elms.values';

/*
 * Schemas for eLMS responses, modelled on real captures (see /work/shared/fixtures/elms).
 *
 * Conventions:
 * - `z.looseObject` everywhere: eLMS adds fields without notice; unknown fields are kept, not lost.
 * - Fields we key on or query (ids, record numbers, dates, names, status, type, title, actionName,
 *   vote) are required, with `.nullable()` only where captures or scraper notes show null.
 * - Descriptive fields are `.nullish()`: their absence should not block ingestion, but a changed
 *   type still fails validation so drift is noticed.
 * - Enum-like strings (status, actionName, vote, attachmentType, ...) are plain strings: unknown
 *   values must reach the database verbatim.
 * - Strings are never trimmed here; raw values are stored as served (use `trimElms`).
 */

/** ISO date-time string with offset, kept as a string; the 1900-01-01 sentinel is valid. */
export const elmsDateSchema = z.string().refine(isIsoDateString, { message: 'expected an ISO date-time string' });

/** eLMS mixes "" and null for absent text. */
const text = z.string().nullish();
const dateNullish = elmsDateSchema.nullish();

/** 2023 meeting list rows carry `videoLink: ""`; 2026 agenda details carry `videoLink: [""]`. */
export const elmsLinkListSchema = z.union([z.string(), z.array(z.string())]).nullish();

// ---------------------------------------------------------------------------------------------
// Matter
// ---------------------------------------------------------------------------------------------

export const elmsVoteSchema = z.looseObject({
  voterName: z.string(),
  // Yea, Nay, Present, Recused, Rising Vote, Vacant, Abstain, Absent, Excused ... and null.
  vote: z.string().nullable(),
  // Nullable because vacant seats have no person behind them.
  personId: z.string().nullable(),
});
export type ElmsVote = z.infer<typeof elmsVoteSchema>;

export const elmsActionSchema = z.looseObject({
  historyId: z.string(),
  actionDate: elmsDateSchema,
  actionName: z.string(),
  actionText: text,
  // Often "" (and the acting body is "often wrong" per scrapers) - informative only.
  actionByName: text,
  journalPage: text,
  meetingId: text,
  name: text,
  sort: z.number().nullish(),
  votes: z.array(elmsVoteSchema).nullish(),
});
export type ElmsAction = z.infer<typeof elmsActionSchema>;

export const elmsSponsorSchema = z.looseObject({
  sponsorName: z.string(),
  sponsorType: z.string(),
  personId: z.string().nullable(),
  office: text,
});
export type ElmsSponsor = z.infer<typeof elmsSponsorSchema>;

export const elmsAttachmentSchema = z.looseObject({
  fileName: z.string(),
  path: z.string(),
  attachmentType: z.string(),
});
export type ElmsAttachment = z.infer<typeof elmsAttachmentSchema>;

export const elmsTimelineEventSchema = z.looseObject({
  eventName: z.string(),
  // `1900-01-01T00:00:00+00:00` means "not happened" (see isSentinelDate).
  timestamp: elmsDateSchema,
  eventText: text,
});
export type ElmsTimelineEvent = z.infer<typeof elmsTimelineEventSchema>;

const matterShape = {
  matterId: z.string(),
  recordNumber: z.string(),
  type: z.string(),
  title: z.string(),
  status: z.string().nullable(),
  subStatus: text,
  statusDescription: text,
  legacyStatus: text,
  legacyRecordNumber: text,
  originalRecordNumber: text,
  supersededBy: text,
  fileYear: z.number().nullish(),
  filingOffice: text,
  filingSponsor: text,
  filingSponsorId: text,
  introductionDate: elmsDateSchema.nullable(),
  recordCreateDate: dateNullish,
  finalActionDate: elmsDateSchema.nullable(),
  lastPublicationDate: elmsDateSchema,
  shortTitle: text,
  // Sic: the API spells it with one "t".
  committeReferral: text,
  routine: text,
  introductionType: text,
  controllingBody: text,
  controllingBodyId: text,
  keyLegislation: text,
  economicDisclosure: text,
  agreedCalendar: text,
  nicknameAlias: text,
  matterCategory: text,
  relations: z.array(z.string()).nullish(),
  timeline: z.array(elmsTimelineEventSchema).nullish(),
};

export const elmsMatterDetailSchema = z.looseObject({
  ...matterShape,
  actions: z.array(elmsActionSchema),
  sponsors: z.array(elmsSponsorSchema),
  attachments: z.array(elmsAttachmentSchema),
});
export type ElmsMatterDetail = z.infer<typeof elmsMatterDetailSchema>;

/** List rows have the detail's fields but the nested collections come back null. */
export const elmsMatterListRowSchema = z.looseObject({
  ...matterShape,
  actions: z.array(elmsActionSchema).nullable(),
  sponsors: z.array(elmsSponsorSchema).nullable(),
  attachments: z.array(elmsAttachmentSchema).nullable(),
});
export type ElmsMatterListRow = z.infer<typeof elmsMatterListRowSchema>;

// ---------------------------------------------------------------------------------------------
// Meeting
// ---------------------------------------------------------------------------------------------

/**
 * One agenda line. Used both in the flat `/meeting/{id}` `agenda[]` and the grouped
 * `/meeting-agenda/{id}` `agenda.groups[].items[]`. Matter fields are nullable because the
 * item carries non-matter slots (`agendaItemDescription`, `displayId`, `comment`).
 */
export const elmsAgendaItemSchema = z.looseObject({
  matterId: z.string().nullable(),
  recordNumber: z.string().nullable(),
  matterTitle: z.string().nullable(),
  matterType: text,
  actionName: z.string().nullable(),
  actionText: text,
  sort: z.number().nullish(),
  comment: text,
  commentId: text,
  type: text,
  displayId: text,
  agendaItemDescription: text,
  // Only in the grouped form (2026); absent in 2023-era responses.
  hasVotes: z.boolean().nullish(),
  voteType: text,
});
export type ElmsAgendaItem = z.infer<typeof elmsAgendaItemSchema>;

export const elmsAgendaGroupSchema = z.looseObject({
  title: text,
  notes: text,
  sort: z.number().nullish(),
  groupTag: text,
  items: z.array(elmsAgendaItemSchema),
});
export type ElmsAgendaGroup = z.infer<typeof elmsAgendaGroupSchema>;

export const elmsGroupedAgendaSchema = z.looseObject({
  status: text,
  version: z.union([z.string(), z.number()]).nullish(),
  groups: z.array(elmsAgendaGroupSchema),
});
export type ElmsGroupedAgenda = z.infer<typeof elmsGroupedAgendaSchema>;

export const elmsMeetingFileSchema = z.looseObject({
  fileName: z.string(),
  path: z.string(),
  // Notice, Agenda, Summary, Other, Report, Miscellaneous Business (Rule 41 notices), ...
  attachmentType: z.string(),
  sort: z.number().nullish(),
});
export type ElmsMeetingFile = z.infer<typeof elmsMeetingFileSchema>;

export const elmsAttendanceSchema = z.looseObject({
  name: text,
  votes: z.array(elmsVoteSchema),
});
export type ElmsAttendance = z.infer<typeof elmsAttendanceSchema>;

const meetingShape = {
  meetingId: z.string(),
  bodyId: z.string(),
  body: z.string(),
  date: elmsDateSchema,
  // Null in a third of the 2023 list rows.
  status: z.string().nullable(),
  meetingCode: text,
  bodyAbbreviation: text,
  comment: text,
  location: text,
  videoLink: elmsLinkListSchema,
  transcriptLink: elmsLinkListSchema,
  publicCommentDeadline: dateNullish,
  // Absent from 2023 list rows.
  lastPublicationDate: dateNullish,
  files: z.array(elmsMeetingFileSchema).nullable(),
  attendance: z.array(elmsAttendanceSchema).nullable(),
  relatedMeetings: z.array(z.unknown()).nullish(),
  timeline: z.array(elmsTimelineEventSchema).nullish(),
};

/** `/meeting` and `/meeting-agenda` list rows: `agenda` and `attendance` are null there. */
export const elmsMeetingListRowSchema = z.looseObject({
  ...meetingShape,
  agenda: z.union([elmsGroupedAgendaSchema, z.array(elmsAgendaItemSchema)]).nullable(),
});
export type ElmsMeetingListRow = z.infer<typeof elmsMeetingListRowSchema>;

/** `/meeting-agenda/{id}`: grouped agenda. `groups` is empty for many meetings. */
export const elmsMeetingAgendaDetailSchema = z.looseObject({
  ...meetingShape,
  agenda: elmsGroupedAgendaSchema.nullable(),
});
export type ElmsMeetingAgendaDetail = z.infer<typeof elmsMeetingAgendaDetailSchema>;

/** `/meeting/{id}`: flat `agenda[]`. No capture available; shape from opencivicdata usage. */
export const elmsMeetingDetailSchema = z.looseObject({
  ...meetingShape,
  agenda: z.array(elmsAgendaItemSchema).nullable(),
});
export type ElmsMeetingDetail = z.infer<typeof elmsMeetingDetailSchema>;

/** `/meeting/{mid}/matter/{id}/votes` answers with a bare array. */
export const elmsVoteListSchema = z.array(elmsVoteSchema);

// ---------------------------------------------------------------------------------------------
// Bodies and people
// ---------------------------------------------------------------------------------------------

const contactShape = {
  email: text,
  phone: text,
  fax: text,
  site: text,
  address: text,
  city: text,
  zip: text,
  state: text,
  // The `*2` set is the City Hall office.
  email2: text,
  phone2: text,
  fax2: text,
  site2: text,
  address2: text,
  city2: text,
  zip2: text,
  state2: text,
};

export const elmsBodyMemberSchema = z.looseObject({
  personId: z.string(),
  // Can carry a trailing space.
  displayName: z.string(),
  ward: z.string().nullable(),
  memberType: text,
  startDate: elmsDateSchema.nullable(),
  endDate: elmsDateSchema.nullable(),
  isActive: z.boolean().nullish(),
  ...contactShape,
});
export type ElmsBodyMember = z.infer<typeof elmsBodyMemberSchema>;

export const elmsBodySchema = z.looseObject({
  bodyId: z.string(),
  body: z.string(),
  bodyType: z.string().nullable(),
  bodyAbbreviation: text,
  bodyDescription: text,
  isActive: z.boolean().nullish(),
  lastPublicationDate: dateNullish,
  members: z.array(elmsBodyMemberSchema).nullable(),
});
export type ElmsBody = z.infer<typeof elmsBodySchema>;

export const elmsPersonSchema = z.looseObject({
  personId: z.string(),
  // Can carry a trailing space, e.g. "Zalewski, Michael R. ".
  displayName: z.string(),
  ward: z.string().nullable(),
  isActive: z.boolean().nullable(),
  lastPublicationDate: dateNullish,
  photo: text,
  ...contactShape,
});
export type ElmsPerson = z.infer<typeof elmsPersonSchema>;

// ---------------------------------------------------------------------------------------------
// List envelope
// ---------------------------------------------------------------------------------------------

export const elmsMetaSchema = z.looseObject({
  skip: z.number().int().nonnegative(),
  top: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
});
export type ElmsMeta = z.infer<typeof elmsMetaSchema>;

export const elmsFacetSchema = z.looseObject({
  name: z.string(),
  values: z.array(z.looseObject({ value: z.string().nullable(), count: z.number() })),
});
export type ElmsFacet = z.infer<typeof elmsFacetSchema>;

export function envelopeSchema<Row extends z.ZodType>(row: Row) {
  return z.looseObject({
    data: z.array(row),
    meta: elmsMetaSchema,
    facets: z.array(elmsFacetSchema).nullish(),
  });
}
export type ElmsEnvelope<Row> = { data: Row[]; meta: ElmsMeta; facets?: ElmsFacet[] | null };
