import {
  RULES_COMMITTEE,
  Stage,
  StepType,
  type TimelineInput,
  type TimelineStep,
  buildTimeline,
  deriveStage,
} from '../../../../libs/legislation/src/lifecycle';
import { action } from './helpers';

const d = (iso: string) => new Date(iso);
const SAFETY = 'Committee on Public Safety';
const IMMIGRANT = 'Committee on Immigrant and Refugee Rights';

/** O2023-0004222, the Welcoming City amendment: the story the tracker exists to tell. */
function story(upTo: 'referred' | 'rule42' | 'rule41' | 'agenda'): TimelineInput {
  const input: TimelineInput = {
    committeeReferral: SAFETY,
    actions: [
      action({ actionName: 'Introduced', actionDate: d('2023-09-13T05:00:00Z'), sort: 60 }),
      action({
        actionName: 'Referred',
        actionDate: d('2023-09-13T05:00:00Z'),
        actionText: 'The matter was Referred to Committee.',
        sort: 70,
      }),
      action({
        actionName: 'Referred',
        actionDate: d('2023-09-13T05:00:00Z'),
        actionText: `Referred to the ${SAFETY} and the ${IMMIGRANT}`,
        sort: 80,
      }),
    ],
    rule41Notices: [],
    agendaPlacements: [],
  };
  if (upTo === 'referred') return input;
  input.actions.push(
    action({
      actionName: 'Re-Referred',
      actionDate: d('2023-10-31T05:00:00Z'),
      actionText: `Re-Referred to the ${RULES_COMMITTEE} pursuant to Rule 42`,
      sort: 90,
    }),
  );
  if (upTo === 'rule42') return input;
  input.rule41Notices.push({
    meetingId: 'CC-2025-01-15',
    meetingDate: d('2025-01-15T16:00:00Z'),
    meetingBody: 'City Council',
    fileName: 'Rule 41 Notice O2023-0004222.pdf',
    url: null,
    noticeDate: d('2025-01-07'),
  });
  if (upTo === 'rule41') return input;
  input.agendaPlacements.push({
    meetingId: 'CC-2025-01-15',
    meetingDate: d('2025-01-15T16:00:00Z'),
    body: 'City Council',
    location: 'City Hall',
    publicCommentDeadline: null,
    actionName: null,
    sort: 12,
  });
  return input;
}

describe('deriveStage', () => {
  const now = d('2025-01-10T18:00:00Z');

  it('follows O2023-0004222 through IN_COMMITTEE → IN_RULES_COMMITTEE → RULE_41_NOTICE_FILED → ON_AGENDA', () => {
    const stages = (['referred', 'rule42', 'rule41', 'agenda'] as const).map((upTo) => deriveStage(buildTimeline(story(upTo)), now, []));
    expect(stages).toEqual([
      { stage: Stage.IN_COMMITTEE, since: d('2023-09-13T05:00:00Z'), committee: [SAFETY, IMMIGRANT], nextMeetingDate: null },
      { stage: Stage.IN_RULES_COMMITTEE, since: d('2023-10-31T05:00:00Z'), committee: [RULES_COMMITTEE], nextMeetingDate: null },
      { stage: Stage.RULE_41_NOTICE_FILED, since: d('2025-01-07'), committee: [RULES_COMMITTEE], nextMeetingDate: null },
      { stage: Stage.ON_AGENDA, since: null, committee: [RULES_COMMITTEE], nextMeetingDate: d('2025-01-15T16:00:00Z') },
    ]);
  });

  it('tells the whole story as labelled steps', () => {
    expect(buildTimeline(story('agenda')).map((s) => [s.type, s.label])).toEqual([
      [StepType.INTRODUCED, 'Introduced'],
      [StepType.REFERRED, `Referred to ${SAFETY}`],
      [StepType.REFERRED, `Referred to ${SAFETY} and ${IMMIGRANT}`],
      [StepType.RULE_42_REFERRAL, `Re-referred to ${RULES_COMMITTEE} under Rule 42`],
      [StepType.RULE_41_NOTICE, 'Rule 41 notice filed to call it up at the City Council meeting of 2025-01-15'],
      [StepType.PLACED_ON_AGENDA, 'On the City Council agenda for 2025-01-15'],
    ]);
  });

  it('drops back once the meeting has passed without an outcome, and ends at the vote', () => {
    const after = d('2025-01-16T18:00:00Z');
    expect(deriveStage(buildTimeline(story('agenda')), after).stage).toBe(Stage.RULE_41_NOTICE_FILED);
    const voted = story('agenda');
    voted.actions.push(action({ actionName: 'Failed to Pass', actionDate: d('2025-01-15T06:00:00Z') }));
    expect(deriveStage(buildTimeline(voted), after)).toEqual({
      stage: Stage.FAILED,
      since: d('2025-01-15T06:00:00Z'),
      committee: null,
      nextMeetingDate: null,
    });
  });

  it('uses upcoming meetings given apart from the steps, ignoring past ones', () => {
    const steps = buildTimeline(story('rule42'));
    expect(deriveStage(steps, now, [{ meetingDate: d('2025-01-01T16:00:00Z') }, { meetingDate: null }]).stage).toBe(
      Stage.IN_RULES_COMMITTEE,
    );
    expect(deriveStage(steps, now, [{ meetingDate: d('2025-02-19T16:00:00Z') }, { meetingDate: d('2025-01-15T16:00:00Z') }])).toMatchObject(
      {
        stage: Stage.ON_AGENDA,
        nextMeetingDate: d('2025-01-15T16:00:00Z'),
      },
    );
  });

  it("takes the outcome a held meeting's agenda records, until the matter's own actions say otherwise", () => {
    const input = story('referred');
    input.agendaPlacements.push({
      meetingId: 'CC-2024-12-18',
      meetingDate: d('2024-12-18T16:00:00Z'),
      body: 'City Council',
      location: null,
      publicCommentDeadline: null,
      actionName: 'Passed',
      sort: 0,
    });
    expect(deriveStage(buildTimeline(input), now)).toMatchObject({ stage: Stage.PASSED, since: d('2024-12-18T16:00:00Z') });
    // An agenda of a meeting still to come records no outcome yet.
    expect(deriveStage(buildTimeline(input), d('2024-12-01T00:00:00Z')).stage).toBe(Stage.ON_AGENDA);
  });

  it('keeps a decided matter decided even if an agenda still lists it, but sends a veto back to the agenda', () => {
    const input = story('referred');
    input.actions.push(action({ actionName: 'Passed', actionDate: d('2025-01-08T06:00:00Z'), sort: 200 }));
    const later = [{ meetingDate: d('2025-02-19T16:00:00Z') }];
    expect(deriveStage(buildTimeline(input), now, later)).toMatchObject({
      stage: Stage.PASSED,
      nextMeetingDate: d('2025-02-19T16:00:00Z'),
    });
    input.actions.push(action({ actionName: 'Vetoed', actionDate: d('2025-01-09T06:00:00Z'), sort: 210 }));
    expect(deriveStage(buildTimeline(input), now, later).stage).toBe(Stage.ON_AGENDA);
  });

  const step = (type: StepType, iso: string, extra: Partial<TimelineStep> = {}): TimelineStep => ({
    type,
    date: d(iso),
    label: type,
    actionName: type,
    source: 'action',
    sourceId: `${type}-${iso}`,
    ...extra,
  });

  it('lets the last decisive step win and ignores the rest', () => {
    const steps = [
      step(StepType.INTRODUCED, '2024-01-01T06:00:00Z'),
      step(StepType.REFERRED, '2024-01-01T06:00:00Z', { committees: ['Committee on Finance'] }),
      step(StepType.COMMITTEE_RECOMMENDATION, '2024-02-01T06:00:00Z', { recommendation: 'HELD', committee: 'Committee on Finance' }),
      step(StepType.SPONSORSHIP_CHANGED, '2024-02-02T06:00:00Z'),
    ];
    expect(deriveStage(steps, now)).toMatchObject({
      stage: Stage.IN_COMMITTEE,
      since: d('2024-01-01T06:00:00Z'),
      committee: ['Committee on Finance'],
    });
    const more = [
      ...steps,
      step(StepType.COMMITTEE_RECOMMENDATION, '2024-03-01T06:00:00Z', { recommendation: 'DO_NOT_PASS', committee: 'Committee on Finance' }),
    ];
    expect(deriveStage(more, now)).toMatchObject({ stage: Stage.REPORTED_OUT, committee: ['Committee on Finance'] });
    expect(deriveStage([...more, step(StepType.DEFERRED_AND_PUBLISHED, '2024-03-13T06:00:00Z')], now).stage).toBe(Stage.DEFERRED);
    const enacted = [...more, step(StepType.PASSED, '2024-04-01T06:00:00Z'), step(StepType.VETOED, '2024-04-10T06:00:00Z')];
    expect(deriveStage(enacted, now).stage).toBe(Stage.VETOED);
    expect(
      deriveStage([...enacted, step(StepType.OVERRIDE, '2024-05-01T06:00:00Z'), step(StepType.SIGNED, '2024-05-02T06:00:00Z')], now),
    ).toMatchObject({
      stage: Stage.OVERRIDDEN,
      since: d('2024-05-01T06:00:00Z'),
      committee: null,
    });
  });

  it('reads an introduced-only matter as INTRODUCED and an empty history as UNKNOWN', () => {
    expect(deriveStage([step(StepType.INTRODUCED, '2024-01-01T06:00:00Z')], now).stage).toBe(Stage.INTRODUCED);
    expect(deriveStage([], now)).toEqual({ stage: Stage.UNKNOWN, since: null, committee: null, nextMeetingDate: null });
  });
});
