import { readCapture } from '../../../support/fixtures/captures';
import { Stage, StepType, VoteResult, buildTimeline, committeesFromText, deriveStage } from '../../../../libs/legislation/src/lifecycle';
import { action, toActionInputs } from './helpers';

const BUDGET = 'Committee on Budget and Government Operations';
const d = (iso: string) => new Date(iso);

describe('buildTimeline', () => {
  describe('the real SO2025-0019977 capture', () => {
    const matter = readCapture<Record<string, any>>('matter-detail-SO2025-0019977.json');
    const steps = buildTimeline({
      actions: toActionInputs(matter.actions),
      rule41Notices: [],
      agendaPlacements: [],
      committeeReferral: matter.committeReferral,
    });

    it('turns its 3 actions (newest first in eLMS) into 3 typed steps in date order', () => {
      expect(matter.actions.map((a: any) => a.sort)).toEqual([80, 90, 70]);
      expect(steps.map((s) => [s.type, s.date?.toISOString(), s.actionName, s.source])).toEqual([
        [StepType.REFERRED, '2025-09-25T05:00:00.000Z', 'Referred', 'action'],
        [StepType.SUBSTITUTED, '2026-07-08T05:00:00.000Z', 'Substituted', 'action'],
        [StepType.COMMITTEE_RECOMMENDATION, '2026-07-08T05:00:00.000Z', 'Recommended to Pass', 'action'],
      ]);
      expect(steps.map((s) => s.sourceId)).toEqual([
        'D484E47B-079E-F011-B4CB-001DD8071880',
        'DA23A690-FC7A-F111-AB0D-001DD806636B',
        '255BA3C1-FC7A-F111-AB0D-001DD806636B',
      ]);
    });

    it('takes the first referral target from committeReferral, as actionByName is the Council', () => {
      expect(steps[0]).toMatchObject({ committee: BUDGET, committees: [BUDGET], label: `Referred to ${BUDGET}` });
      expect(steps[2]).toMatchObject({ committee: BUDGET, recommendation: 'PASS', label: `Recommended to pass by ${BUDGET}` });
    });

    it('reads REPORTED_OUT since the recommendation', () => {
      expect(deriveStage(steps, d('2026-07-10T12:00:00Z'), [])).toEqual({
        stage: Stage.REPORTED_OUT,
        since: d('2026-07-08T05:00:00Z'),
        committee: [BUDGET],
        nextMeetingDate: null,
      });
    });

    it('reads ON_AGENDA once the 2026-07-15 Council agenda lists it', () => {
      const withAgenda = buildTimeline({
        actions: toActionInputs(matter.actions),
        rule41Notices: [],
        committeeReferral: matter.committeReferral,
        agendaPlacements: [
          {
            meetingId: 'M',
            meetingDate: d('2026-07-15T15:00:00Z'),
            body: 'City Council',
            location: 'City Hall',
            publicCommentDeadline: d('2026-07-15T14:00:00Z'),
            actionName: null,
            sort: 5,
          },
        ],
      });
      expect(withAgenda.at(-1)).toMatchObject({
        type: StepType.PLACED_ON_AGENDA,
        label: 'On the City Council agenda for 2026-07-15',
        actionName: null,
        source: 'agenda',
        sourceId: 'M:5',
        location: 'City Hall',
      });
      expect(deriveStage(withAgenda, d('2026-07-10T12:00:00Z'), [])).toMatchObject({
        stage: Stage.ON_AGENDA,
        since: null,
        committee: [BUDGET],
        nextMeetingDate: d('2026-07-15T15:00:00Z'),
      });
    });
  });

  it('keeps every action: unknown names become OTHER with the verbatim name', () => {
    const steps = buildTimeline({
      actions: [
        action({ actionName: 'Sent to the Moon ', actionDate: d('2024-01-02T06:00:00Z') }),
        action({ actionName: '', actionDate: null }),
      ],
      rule41Notices: [],
      agendaPlacements: [],
    });
    expect(steps.map((s) => [s.type, s.actionName, s.label])).toEqual([
      [StepType.OTHER, 'Sent to the Moon ', 'Sent to the Moon'],
      [StepType.OTHER, '', 'Unnamed action'],
    ]);
  });

  it('orders by day, then eLMS sort, then input order; undated last', () => {
    const steps = buildTimeline({
      actions: [
        action({ actionName: 'Passed', actionDate: null, sort: 1 }),
        action({ actionName: 'Amended', actionDate: d('2024-03-01T06:00:00Z'), sort: 20 }),
        action({ actionName: 'Introduced', actionDate: d('2024-03-01T06:00:00Z'), sort: 10 }),
        action({ actionName: 'Journaled', actionDate: d('2024-03-01T06:00:00Z'), sort: 20 }),
        action({ actionName: 'Referred', actionDate: d('2024-02-01T06:00:00Z'), sort: 99 }),
      ],
      rule41Notices: [],
      agendaPlacements: [],
    });
    expect(steps.map((s) => s.actionName)).toEqual(['Referred', 'Introduced', 'Amended', 'Journaled', 'Passed']);
  });

  it("puts a meeting day's notice and agenda before the actions of that day", () => {
    const steps = buildTimeline({
      actions: [action({ actionName: 'Failed to Pass', actionDate: d('2025-01-15T06:00:00Z') })],
      rule41Notices: [
        {
          meetingId: 'M',
          meetingDate: d('2025-01-15T16:00:00Z'),
          meetingBody: 'City Council',
          fileName: 'Rule 41 O2023-0004222.pdf',
          url: 'https://x/y.pdf',
        },
      ],
      agendaPlacements: [
        {
          meetingId: 'M',
          meetingDate: d('2025-01-15T16:00:00Z'),
          body: 'City Council',
          location: null,
          publicCommentDeadline: null,
          actionName: 'Failed to Pass',
          sort: 3,
        },
      ],
    });
    expect(steps.map((s) => s.type)).toEqual([StepType.RULE_41_NOTICE, StepType.PLACED_ON_AGENDA, StepType.FAILED]);
    expect(steps[0]).toMatchObject({
      source: 'meeting_file',
      sourceId: 'M:Rule 41 O2023-0004222.pdf',
      actionName: null,
      url: 'https://x/y.pdf',
      label: 'Rule 41 notice filed to call it up at the City Council meeting of 2025-01-15',
    });
    expect(steps[1].result).toBe(VoteResult.FAILED);
    expect(steps[2].result).toBe(VoteResult.FAILED);
    expect(deriveStage(steps, d('2025-01-20T00:00:00Z'))).toMatchObject({
      stage: Stage.FAILED,
      since: d('2025-01-15T06:00:00Z'),
      committee: null,
    });
  });

  describe('referral targets', () => {
    it('prefers the text, then a committee in actionByName, then committeReferral for the first referral only', () => {
      const steps = buildTimeline({
        committeeReferral: 'Committee on Finance',
        rule41Notices: [],
        agendaPlacements: [],
        actions: [
          action({ actionName: 'Referred', actionDate: d('2024-01-10T06:00:00Z'), actionText: 'The matter was Referred to Committee.' }),
          action({
            actionName: 'Re-Referred',
            actionDate: d('2024-02-10T06:00:00Z'),
            actionByName: 'Committee on Zoning, Landmarks and Building Standards',
          }),
          action({
            actionName: 'Re-Referred',
            actionDate: d('2024-03-10T06:00:00Z'),
            actionText: 'Re-Referred to the Committee on Housing and Real Estate.',
          }),
          action({ actionName: 'Referred', actionDate: d('2024-04-10T06:00:00Z'), actionText: 'Referred to Committee' }),
        ],
      });
      expect(steps.map((s) => [s.type, s.committees, s.label])).toEqual([
        [StepType.REFERRED, ['Committee on Finance'], 'Referred to Committee on Finance'],
        [
          StepType.RE_REFERRED,
          ['Committee on Zoning, Landmarks and Building Standards'],
          'Re-referred to Committee on Zoning, Landmarks and Building Standards',
        ],
        [StepType.RE_REFERRED, ['Committee on Housing and Real Estate'], 'Re-referred to Committee on Housing and Real Estate'],
        [StepType.REFERRED, [], 'Referred to committee'],
      ]);
    });

    it('reads joint referrals in both phrasings', () => {
      const both = ['Committee on Public Safety', 'Committee on Immigrant and Refugee Rights'];
      expect(committeesFromText('Referred to the Committee on Public Safety and the Committee on Immigrant and Refugee Rights')).toEqual(
        both,
      );
      expect(committeesFromText('Referred to the Committees on Public Safety and on Immigrant and Refugee Rights')).toEqual(both);
      expect(
        committeesFromText(
          'Joint referral: Committees on Finance, on Economic, Capital and Technology Development and on Zoning, Landmarks and Building Standards',
        ),
      ).toEqual([
        'Committee on Finance',
        'Committee on Economic, Capital and Technology Development',
        'Committee on Zoning, Landmarks and Building Standards',
      ]);
      expect(committeesFromText('Re-Referred to the Committee on Committees and Rules pursuant to Rule 42')).toEqual([
        'Committee on Committees and Rules',
      ]);
      expect(committeesFromText('The matter was Referred to Committee.')).toEqual([]);
      expect(committeesFromText(null)).toEqual([]);
    });

    it('recognises a Rule 42 referral by its text, or by a re-referral to Committees and Rules', () => {
      const steps = buildTimeline({
        rule41Notices: [],
        agendaPlacements: [],
        actions: [
          action({
            actionName: 'Referred',
            actionDate: d('2024-01-10T06:00:00Z'),
            actionText: 'Referred to the Committee on Committees and Rules',
          }),
          action({ actionName: 'Re-Referred', actionDate: d('2024-02-10T06:00:00Z'), actionText: 'Referred to the Committee on Finance' }),
          action({ actionName: 'Referred', actionDate: d('2024-03-10T06:00:00Z'), actionByName: 'Committee on Committees and Rules' }),
          action({
            actionName: 'Re-Referred',
            actionDate: d('2024-04-10T06:00:00Z'),
            actionText: 'Re-referred under Rule 42',
            actionByName: 'Committees and Rules',
          }),
        ],
      });
      expect(steps.map((s) => [s.type, s.committee])).toEqual([
        [StepType.REFERRED, 'Committee on Committees and Rules'], // a first referral there is ordinary (appointments go there)
        [StepType.RE_REFERRED, 'Committee on Finance'],
        [StepType.RULE_42_REFERRAL, 'Committee on Committees and Rules'],
        [StepType.RULE_42_REFERRAL, 'Committee on Committees and Rules'],
      ]);
    });
  });
});
