import {
  RULES_COMMITTEE,
  Stage,
  StepType,
  buildTimeline,
  deriveStage,
  isRule41Notice,
  rule41RecordNumbers,
} from '../../../../libs/legislation/src/lifecycle';
import {
  JOINT_REFERRAL_COMMITTEES,
  RULE_41_FILE_NAME,
  RULE_41_NOTICE_DATE,
  syntheticCouncilMeeting2025_01_15,
  syntheticO2023_0004222Matter,
} from '../../../support/fixtures/synthetic-o2023-0004222';
import { toActionInputs } from './helpers';

// The shared synthetic fixture is the scraper's view of the same story; the lifecycle must read it unaided.
describe('synthetic O2023-0004222 fixture', () => {
  it('reads the stages from the eLMS-shaped documents', () => {
    const matter = syntheticO2023_0004222Matter();
    const meeting = syntheticCouncilMeeting2025_01_15() as Record<string, any>;
    const file = (meeting.files as { fileName: string; path: string }[]).find((f) => isRule41Notice(f.fileName))!;
    expect(file.fileName).toBe(RULE_41_FILE_NAME);
    expect(rule41RecordNumbers(file.fileName)).toEqual([matter.recordNumber]);

    const steps = buildTimeline({
      actions: toActionInputs(matter.actions),
      committeeReferral: matter.committeReferral,
      rule41Notices: [
        {
          meetingId: meeting.meetingId,
          meetingDate: new Date(meeting.date),
          meetingBody: meeting.body,
          fileName: file.fileName,
          url: file.path,
          noticeDate: new Date(RULE_41_NOTICE_DATE),
        },
      ],
      agendaPlacements: [
        {
          meetingId: meeting.meetingId,
          meetingDate: new Date(meeting.date),
          body: meeting.body,
          location: meeting.location,
          publicCommentDeadline: null,
          actionName: null,
          sort: 1,
        },
      ],
    });
    expect(steps.map((s) => s.type)).toEqual([
      StepType.REFERRED,
      StepType.REFERRED,
      StepType.RULE_42_REFERRAL,
      StepType.RULE_41_NOTICE,
      StepType.PLACED_ON_AGENDA,
    ]);
    expect(steps[1].committees).toEqual([...JOINT_REFERRAL_COMMITTEES]);
    expect(deriveStage(steps.slice(0, 2), new Date('2025-01-10T18:00:00Z'))).toMatchObject({
      stage: Stage.IN_COMMITTEE,
      committee: [...JOINT_REFERRAL_COMMITTEES],
    });
    expect(deriveStage(steps.slice(0, 3), new Date('2025-01-10T18:00:00Z'))).toMatchObject({
      stage: Stage.IN_RULES_COMMITTEE,
      committee: [RULES_COMMITTEE],
    });
    expect(deriveStage(steps.slice(0, 4), new Date('2025-01-10T18:00:00Z')).stage).toBe(Stage.RULE_41_NOTICE_FILED);
    expect(deriveStage(steps, new Date('2025-01-10T18:00:00Z')).stage).toBe(Stage.ON_AGENDA);
  });
});
