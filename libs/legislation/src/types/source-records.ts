/**
 * What the legislation domain stores from a source record. The field names are eLMS's own, so a
 * validated eLMS document is accepted as it is; anything else in the document lives in the raw copy.
 */
export interface SourceVote {
  voterName?: string | null;
  vote?: string | null;
  personId?: string | null;
}

export interface SourceAction {
  actionDate?: string | null;
  journalPage?: string | null;
  actionByName?: string | null;
  actionName?: string | null;
  actionText?: string | null;
  meetingId?: string | null;
  historyId?: string | null;
  name?: string | null;
  sort?: number | null;
  votes?: SourceVote[] | null;
}

export interface SourceMatter {
  matterId: string;
  recordNumber: string;
  legacyRecordNumber?: string | null;
  fileYear?: number | null;
  type?: string | null;
  status?: string | null;
  subStatus?: string | null;
  statusDescription?: string | null;
  legacyStatus?: string | null;
  title?: string | null;
  shortTitle?: string | null;
  nicknameAlias?: string | null;
  filingOffice?: string | null;
  filingSponsor?: string | null;
  filingSponsorId?: string | null;
  introductionDate?: string | null;
  introductionType?: string | null;
  finalActionDate?: string | null;
  committeReferral?: string | null;
  controllingBody?: string | null;
  controllingBodyId?: string | null;
  matterCategory?: string | null;
  routine?: string | null;
  keyLegislation?: string | null;
  economicDisclosure?: string | null;
  agreedCalendar?: string | null;
  originalRecordNumber?: string | null;
  supersededBy?: string | null;
  relations?: unknown[] | null;
  recordCreateDate?: string | null;
  lastPublicationDate?: string | null;
  actions?: SourceAction[] | null;
  sponsors?: { office?: string | null; sponsorName?: string | null; sponsorType?: string | null; personId?: string | null }[] | null;
  attachments?: { fileName?: string | null; path?: string | null; attachmentType?: string | null }[] | null;
}

export interface SourceAgendaItem {
  matterId?: string | null;
  matterTitle?: string | null;
  matterType?: string | null;
  recordNumber?: string | null;
  actionName?: string | null;
  actionText?: string | null;
  comment?: string | null;
  sort?: number | null;
  hasVotes?: boolean | null;
  voteType?: string | null;
}

export interface SourceMeeting {
  meetingId: string;
  meetingCode?: string | null;
  status?: string | null;
  bodyId?: string | null;
  body?: string | null;
  bodyAbbreviation?: string | null;
  comment?: string | null;
  location?: string | null;
  date?: string | null;
  publicCommentDeadline?: string | null;
  lastPublicationDate?: string | null;
  files?: { path?: string | null; fileName?: string | null; attachmentType?: string | null; sort?: number | null }[] | null;
  /** Grouped form of /meeting-agenda/{id}; null in list rows. */
  agenda?: { groups?: { title?: string | null; sort?: number | null; items?: SourceAgendaItem[] | null }[] | null } | null;
  attendance?: { name?: string | null; votes?: SourceVote[] | null }[] | null;
}

export interface SourceBody {
  bodyId: string;
  body: string;
  bodyType?: string | null;
  bodyAbbreviation?: string | null;
  bodyDescription?: string | null;
  isActive?: boolean | null;
  lastPublicationDate?: string | null;
  members?:
    | {
        personId?: string | null;
        displayName?: string | null;
        ward?: string | null;
        memberType?: string | null;
        startDate?: string | null;
        endDate?: string | null;
        isActive?: boolean | null;
      }[]
    | null;
}

export interface SourcePerson {
  personId: string;
  displayName: string;
  ward?: string | null;
  email?: string | null;
  phone?: string | null;
  fax?: string | null;
  site?: string | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  zip?: string | null;
  email2?: string | null;
  phone2?: string | null;
  fax2?: string | null;
  site2?: string | null;
  address2?: string | null;
  city2?: string | null;
  state2?: string | null;
  zip2?: string | null;
  photo?: string | null;
  isActive?: boolean | null;
  lastPublicationDate?: string | null;
}

/** A source record with the hash of its canonical JSON and the stored raw copy it came from. */
export interface Sourced<T> {
  record: T;
  contentHash: string;
  rawDocumentId: string | null;
  fetchedAt: Date;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Record numbers whose stored stage the write marked stale (see MatterLifecycleService.markStagesStale). */
  staleStages: string[];
}
