/**
 * The outbox events this domain emits (type names are versioned by the body's `version`); payload shapes are
 * in the root README ("Webhook events"). Every event about matters carries `data.chapters`, the Municipal
 * Code chapters its title names (see chaptersNamedIn), and `code.chapter_changed` its own chapter there too,
 * so deliverers filter by chapter without knowing the rule.
 */
export const LEGISLATION_EVENTS = {
  voteScheduled: 'matter.vote_scheduled',
  rule41NoticeFiled: 'matter.rule41_notice_filed',
  voteRecorded: 'matter.vote_recorded',
  stageChanged: 'matter.stage_changed',
  textChanged: 'matter.text_changed',
  meetingRescheduled: 'meeting.rescheduled',
  meetingCancelled: 'meeting.cancelled',
  codeChapterChanged: 'code.chapter_changed',
} as const;

export type LegislationEventType = (typeof LEGISLATION_EVENTS)[keyof typeof LEGISLATION_EVENTS];
