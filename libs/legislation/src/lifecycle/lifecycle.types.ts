/** What one step of a matter's history means, whatever eLMS called it. */
export enum StepType {
  INTRODUCED = 'INTRODUCED',
  REFERRED = 'REFERRED',
  RE_REFERRED = 'RE_REFERRED',
  /** Parked in the Committee on Committees and Rules under Rule 42 (a matter already in committee). */
  RULE_42_REFERRAL = 'RULE_42_REFERRAL',
  /** Notice to call a matter out of committee; eLMS files it as a meeting file, never as an action. */
  RULE_41_NOTICE = 'RULE_41_NOTICE',
  PLACED_ON_AGENDA = 'PLACED_ON_AGENDA',
  DEFERRED_AND_PUBLISHED = 'DEFERRED_AND_PUBLISHED',
  COMMITTEE_RECOMMENDATION = 'COMMITTEE_RECOMMENDATION',
  COMMITTEE_DISCHARGED = 'COMMITTEE_DISCHARGED',
  SUBSTITUTED = 'SUBSTITUTED',
  AMENDED = 'AMENDED',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  ADOPTED = 'ADOPTED',
  APPROVED = 'APPROVED',
  PLACED_ON_FILE = 'PLACED_ON_FILE',
  VETOED = 'VETOED',
  OVERRIDE = 'OVERRIDE',
  WITHDRAWN = 'WITHDRAWN',
  TABLED = 'TABLED',
  SIGNED = 'SIGNED',
  PUBLISHED = 'PUBLISHED',
  SPONSORSHIP_CHANGED = 'SPONSORSHIP_CHANGED',
  /** Clerk bookkeeping (Create, Submit, Accept, Post to Public); no legislative meaning. */
  WORKFLOW = 'WORKFLOW',
  OTHER = 'OTHER',
}

/** Where a matter is now. */
export enum Stage {
  INTRODUCED = 'INTRODUCED',
  IN_COMMITTEE = 'IN_COMMITTEE',
  IN_RULES_COMMITTEE = 'IN_RULES_COMMITTEE',
  /** A committee recommended it (or was discharged of it); it awaits the Council. */
  REPORTED_OUT = 'REPORTED_OUT',
  RULE_41_NOTICE_FILED = 'RULE_41_NOTICE_FILED',
  ON_AGENDA = 'ON_AGENDA',
  DEFERRED = 'DEFERRED',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  ADOPTED = 'ADOPTED',
  APPROVED = 'APPROVED',
  PLACED_ON_FILE = 'PLACED_ON_FILE',
  VETOED = 'VETOED',
  OVERRIDDEN = 'OVERRIDDEN',
  WITHDRAWN = 'WITHDRAWN',
  TABLED = 'TABLED',
  UNKNOWN = 'UNKNOWN',
}

/** eLMS has no result field; the result is implied by the action name. */
export enum VoteResult {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  ADOPTED = 'ADOPTED',
  APPROVED = 'APPROVED',
  OVERRIDDEN = 'OVERRIDDEN',
}

export enum VoteValue {
  YEA = 'YEA',
  NAY = 'NAY',
  PRESENT = 'PRESENT',
  RECUSED = 'RECUSED',
  ABSTAIN = 'ABSTAIN',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
  RISING_VOTE = 'RISING_VOTE',
  /** A seat with nobody in it. */
  VACANT = 'VACANT',
  /** eLMS sent null (or nothing). */
  NONE = 'NONE',
  /** A string we do not know; kept countable rather than dropped. */
  OTHER = 'OTHER',
}

/** RE_REFER is "Recommended for Re-Referral": the committee keeps the matter until the Council re-refers it. */
export type Recommendation = 'PASS' | 'PASS_AS_AMENDED' | 'DO_NOT_PASS' | 'HELD' | 'RE_REFER';

/** One row of the action-name table. */
export interface ActionNameEntry {
  name: string;
  type: StepType;
  result?: VoteResult;
  recommendation?: Recommendation;
  workflow?: boolean;
}

export interface LifecycleActionInput {
  id: string;
  actionDate: Date | null;
  actionName: string | null;
  actionText: string | null;
  actionByName: string | null;
  sort: number | null;
  ordinal: number;
  meetingId: string | null;
}

export interface Rule41NoticeInput {
  meetingId: string;
  meetingDate: Date | null;
  meetingBody: string | null;
  fileName: string;
  url: string | null;
  /** When the notice was filed, if known from elsewhere (the meeting file carries no date). */
  noticeDate?: Date | null;
}

export interface AgendaPlacementInput {
  meetingId: string;
  meetingDate: Date | null;
  body: string | null;
  location: string | null;
  publicCommentDeadline: Date | null;
  /** The outcome eLMS records on the agenda item ("Passed", ...), null before the meeting. */
  actionName: string | null;
  sort: number | null;
}

export interface TimelineInput {
  actions: LifecycleActionInput[];
  rule41Notices: Rule41NoticeInput[];
  agendaPlacements: AgendaPlacementInput[];
  /** The matter's `committeReferral` (sic in eLMS): the committee of its first referral. */
  committeeReferral?: string | null;
}

export type StepSource = 'action' | 'meeting_file' | 'agenda';

export interface TimelineStep {
  type: StepType;
  date: Date | null;
  label: string;
  /** Verbatim eLMS action name; null for steps that are not actions. */
  actionName: string | null;
  committee?: string | null;
  /** Every target of a referral (joint referrals name two or more). */
  committees?: string[];
  recommendation?: Recommendation;
  result?: VoteResult;
  source: StepSource;
  sourceId: string;
  meetingId?: string | null;
  /** Agenda placements only: what the public needs to take part. */
  body?: string | null;
  location?: string | null;
  publicCommentDeadline?: Date | null;
  /** Rule 41 notices only. */
  url?: string | null;
}

export interface UpcomingMeeting {
  meetingDate: Date | null;
}

export interface StageResult {
  stage: Stage;
  since: Date | null;
  committee: string[] | null;
  /** Earliest future meeting whose agenda lists the matter: what happens next. */
  nextMeetingDate: Date | null;
}
