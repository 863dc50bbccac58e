import type { NextStep as DomainNextStep, StageResult, StoryStep, VoteTally as DomainTally } from '@app/legislation';
import { VoteValue } from '@app/legislation';
import { chicagoDateTimeOrNull } from '@app/core';
import { MatterStage, NextStep, TimelineStep, VoteTally } from './lifecycle.model';

export function toTimelineStepModel(s: StoryStep): TimelineStep {
  return {
    type: s.type,
    date: s.date,
    label: s.label,
    actionName: s.actionName,
    recordNumber: s.recordNumber,
    committees: s.committees ?? (s.committee ? [s.committee] : []),
    recommendation: s.recommendation ?? null,
    result: s.result ?? null,
    source: s.source,
    meetingId: s.meetingId ?? null,
    url: s.url ?? null,
  };
}

export function toStageModel(s: StageResult): MatterStage {
  return { stage: s.stage, since: s.since, committees: s.committee ?? [] };
}

export function toNextStepModel(n: DomainNextStep | null): NextStep | null {
  if (!n) return null;
  const empty = {
    meetingId: null,
    body: null,
    date: null,
    localTime: null,
    location: null,
    publicCommentDeadline: null,
    publicCommentDeadlineLocal: null,
    committees: [],
    since: null,
  };
  switch (n.kind) {
    case 'MEETING':
      return {
        ...empty,
        kind: n.kind,
        summary: `On the ${n.body ?? 'meeting'} agenda for ${chicagoDateTimeOrNull(n.date)}${n.location ? `, ${n.location}` : ''}`,
        meetingId: n.meetingId,
        body: n.body,
        date: n.date,
        localTime: chicagoDateTimeOrNull(n.date),
        location: n.location,
        publicCommentDeadline: n.publicCommentDeadline,
        publicCommentDeadlineLocal: chicagoDateTimeOrNull(n.publicCommentDeadline),
      };
    case 'COMMITTEE':
      return {
        ...empty,
        kind: n.kind,
        summary: n.committees.length ? `Held in ${n.committees.join(' and ')}` : 'Held in committee',
        committees: n.committees,
        since: n.since,
      };
    case 'COUNCIL': {
      const why = {
        REPORTED_OUT: 'Reported out of committee; awaiting a City Council vote',
        RULE_41_NOTICE: 'Rule 41 notice filed; may be called up at the next City Council meeting',
        DEFERRED: 'Deferred and published; comes back at the next City Council meeting',
      }[n.reason];
      return { ...empty, kind: n.kind, summary: why, since: n.since };
    }
  }
}

export function toTallyModel(t: DomainTally): VoteTally {
  const c = t.counts;
  return {
    yea: c[VoteValue.YEA],
    nay: c[VoteValue.NAY],
    present: c[VoteValue.PRESENT],
    recused: c[VoteValue.RECUSED],
    abstain: c[VoteValue.ABSTAIN],
    absent: c[VoteValue.ABSENT],
    excused: c[VoteValue.EXCUSED],
    risingVote: c[VoteValue.RISING_VOTE],
    vacant: c[VoteValue.VACANT],
    none: c[VoteValue.NONE],
    other: c[VoteValue.OTHER],
    total: t.total,
  };
}
