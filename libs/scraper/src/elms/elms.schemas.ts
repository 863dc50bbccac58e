import { z } from 'zod';

/*
 * Schemas for eLMS responses, modelled on real captures (see test/fixtures/elms).
 *
 * Conventions:
 * - `z.looseObject` everywhere: eLMS adds fields without notice; unknown fields are kept, not lost.
 * - Lenient where the source is messy, strict where it matters. Only what identifies a record is
 *   required (matterId and recordNumber, meetingId, bodyId, personId, an action's historyId); every
 *   other field may be null or absent. A missing date, body or name is a data-quality note on the
 *   stored record, not a failure (public reviews of eLMS found hundreds of each).
 * - A field of the wrong type (a number where text belongs, an object where a list belongs) still
 *   fails, so drift is noticed: that one record is quarantined and the rest of the batch is stored.
 * - Dates are kept as strings; one that does not parse is stored as null and flagged.
 * - Enum-like strings (status, actionName, vote, attachmentType, ...) are plain strings: unknown
 *   values must reach the database verbatim.
 * - Strings are never trimmed here; raw values are stored as served.
 */

/** eLMS mixes "" and null for absent text. */
const text = z.string().nullish();
/** A date that may be absent or unparseable: stored as null and flagged, never a failure. */
const dateNullish = z.string().nullish();
/** What identifies a record: present and not blank. */
const identity = z.string().refine((v) => v.trim() !== '', { message: 'identifier is blank' });
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();

/** 2023 meeting list rows carry `videoLink: ""`; 2026 agenda details carry `videoLink: [""]`. */
export const elmsLinkListSchema = z.union([z.string(), z.array(z.string().nullable())]).nullish();

// ---------------------------------------------------------------------------------------------
// Matter
// ---------------------------------------------------------------------------------------------

export const elmsVoteSchema = z.looseObject({
  voterName: text,
  // Yea, Nay, Present, Recused, Rising Vote, Vacant, Abstain, Absent, Excused ... and null.
  vote: text,
  // Null for vacant seats, which have no person behind them.
  personId: text,
});
export type ElmsVote = z.infer<typeof elmsVoteSchema>;

export const elmsActionSchema = z.looseObject({
  historyId: identity,
  actionDate: dateNullish,
  actionName: text,
  actionText: text,
  // Often "" (and the acting body is "often wrong" per scrapers) - informative only.
  actionByName: text,
  journalPage: text,
  meetingId: text,
  name: text,
  sort: z.number().nullish(),
  votes: list(elmsVoteSchema),
});
export type ElmsAction = z.infer<typeof elmsActionSchema>;

export const elmsSponsorSchema = z.looseObject({
  sponsorName: text,
  sponsorType: text,
  personId: text,
  office: text,
});
export type ElmsSponsor = z.infer<typeof elmsSponsorSchema>;

export const elmsAttachmentSchema = z.looseObject({
  fileName: text,
  path: text,
  attachmentType: text,
});
export type ElmsAttachment = z.infer<typeof elmsAttachmentSchema>;

export const elmsTimelineEventSchema = z.looseObject({
  eventName: text,
  // `1900-01-01T00:00:00+00:00` means "not happened" (toDate in @app/legislation maps it to null).
  timestamp: dateNullish,
  eventText: text,
});
export type ElmsTimelineEvent = z.infer<typeof elmsTimelineEventSchema>;

const matterShape = {
  matterId: identity,
  recordNumber: identity,
  type: text,
  title: text,
  status: text,
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
  introductionDate: dateNullish,
  recordCreateDate: dateNullish,
  finalActionDate: dateNullish,
  lastPublicationDate: dateNullish,
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
  relations: list(z.string().nullable()),
  timeline: list(elmsTimelineEventSchema),
};

export const elmsMatterDetailSchema = z.looseObject({
  ...matterShape,
  actions: list(elmsActionSchema),
  sponsors: list(elmsSponsorSchema),
  attachments: list(elmsAttachmentSchema),
});
export type ElmsMatterDetail = z.infer<typeof elmsMatterDetailSchema>;

/** List rows have the detail's fields but the nested collections come back null. */
export const elmsMatterListRowSchema = z.looseObject({
  ...matterShape,
  actions: list(elmsActionSchema),
  sponsors: list(elmsSponsorSchema),
  attachments: list(elmsAttachmentSchema),
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
  matterId: text,
  recordNumber: text,
  matterTitle: text,
  matterType: text,
  actionName: text,
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
  items: list(elmsAgendaItemSchema),
});
export type ElmsAgendaGroup = z.infer<typeof elmsAgendaGroupSchema>;

export const elmsGroupedAgendaSchema = z.looseObject({
  status: text,
  version: z.union([z.string(), z.number()]).nullish(),
  groups: list(elmsAgendaGroupSchema),
});
export type ElmsGroupedAgenda = z.infer<typeof elmsGroupedAgendaSchema>;

export const elmsMeetingFileSchema = z.looseObject({
  fileName: text,
  path: text,
  // Notice, Agenda, Summary, Other, Report, Miscellaneous Business (Rule 41 notices), ...
  attachmentType: text,
  sort: z.number().nullish(),
});
export type ElmsMeetingFile = z.infer<typeof elmsMeetingFileSchema>;

export const elmsAttendanceSchema = z.looseObject({
  name: text,
  votes: list(elmsVoteSchema),
});
export type ElmsAttendance = z.infer<typeof elmsAttendanceSchema>;

const meetingShape = {
  meetingId: identity,
  bodyId: text,
  body: text,
  date: dateNullish,
  // Null in a third of the 2023 list rows.
  status: text,
  meetingCode: text,
  bodyAbbreviation: text,
  comment: text,
  location: text,
  videoLink: elmsLinkListSchema,
  transcriptLink: elmsLinkListSchema,
  publicCommentDeadline: dateNullish,
  // Absent from 2023 list rows.
  lastPublicationDate: dateNullish,
  files: list(elmsMeetingFileSchema),
  attendance: list(elmsAttendanceSchema),
  relatedMeetings: list(z.unknown()),
  timeline: list(elmsTimelineEventSchema),
};

/** `/meeting` and `/meeting-agenda` list rows: `agenda` and `attendance` are null there. */
export const elmsMeetingListRowSchema = z.looseObject({
  ...meetingShape,
  agenda: z.union([elmsGroupedAgendaSchema, z.array(elmsAgendaItemSchema)]).nullish(),
});
export type ElmsMeetingListRow = z.infer<typeof elmsMeetingListRowSchema>;

/** `/meeting-agenda/{id}`: grouped agenda. `groups` is empty for many meetings. */
export const elmsMeetingAgendaDetailSchema = z.looseObject({
  ...meetingShape,
  agenda: elmsGroupedAgendaSchema.nullish(),
});
export type ElmsMeetingAgendaDetail = z.infer<typeof elmsMeetingAgendaDetailSchema>;

/** `/meeting/{id}`: flat `agenda[]`. No capture available; shape from opencivicdata usage. */
export const elmsMeetingDetailSchema = z.looseObject({
  ...meetingShape,
  agenda: z.array(elmsAgendaItemSchema).nullish(),
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
  personId: text,
  // Can carry a trailing space.
  displayName: text,
  ward: text,
  memberType: text,
  startDate: dateNullish,
  endDate: dateNullish,
  isActive: z.boolean().nullish(),
  ...contactShape,
});
export type ElmsBodyMember = z.infer<typeof elmsBodyMemberSchema>;

export const elmsBodySchema = z.looseObject({
  bodyId: identity,
  body: text,
  bodyType: text,
  bodyAbbreviation: text,
  bodyDescription: text,
  isActive: z.boolean().nullish(),
  lastPublicationDate: dateNullish,
  members: list(elmsBodyMemberSchema),
});
export type ElmsBody = z.infer<typeof elmsBodySchema>;

export const elmsPersonSchema = z.looseObject({
  personId: identity,
  // Can carry a trailing space, e.g. "Zalewski, Michael R. ".
  displayName: text,
  ward: text,
  isActive: z.boolean().nullish(),
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

/** What a list page must look like before its rows are looked at one by one (a change here is systemic drift). */
export const elmsRawEnvelopeSchema = z.looseObject({
  data: z.array(z.unknown()),
  meta: elmsMetaSchema,
  facets: z.array(elmsFacetSchema).nullish(),
});
