import { Clock } from '@app/core';
import type { MatterLifecycle, MatterRecord, MeetingQueryService, PeopleQueryService, StoryStep } from '@app/legislation';
import { StepType } from '@app/legislation';
import type { TakeActionRepository } from '../../../libs/advocacy/src/repositories/take-action.repository';
import type { FindAlderService } from '../../../libs/advocacy/src/services/find-alder.service';
import { committeesHolding, TakeActionService } from '../../../libs/advocacy/src/services/take-action.service';

const step = (type: StepType, committees: string[] = []): StoryStep =>
  ({ type, committees, date: null, label: '', actionName: null, source: 'action', sourceId: 'x', recordNumber: 'O1' }) as StoryStep;

const member = (bodyId: string, name: string, endDate: Date | null) => ({
  personId: name,
  displayName: name,
  ward: '1',
  memberType: 'Member',
  startDate: null,
  endDate,
  isActive: endDate === null,
  bodyId,
  bodyName: '',
  bodyType: 'Committee',
});

/** Stand-ins for the services the panel reads (their own tests cover them against the database). */
function service(now: Date) {
  const people = {
    committees: async () => [{ bodyId: 'B1', name: 'Committee on Zoning', bodyType: 'Committee', isActive: true }],
    membersByBodyIds: async (ids: string[]) =>
      ids.includes('B1') ? [member('B1', 'Current, A.', null), member('B1', 'Former, B.', new Date('2020-01-01'))] : [],
  } as unknown as PeopleQueryService;
  const meetings = { bySourceIds: async () => [], filesByMeetingIds: async () => [] } as unknown as MeetingQueryService;
  const data = {
    rules: async () => [],
    templates: async () => [
      { language: 'en', template: '{recordNumber}: {decider} {when}.' },
      { language: 'es', template: '{recordNumber}: {decider} {when}.' },
    ],
  } as unknown as TakeActionRepository;
  const findAlder = { alderOf: async () => null } as unknown as FindAlderService;
  return new TakeActionService(data, people, meetings, findAlder, new Clock(() => now));
}

const matter = { id: 'm', recordNumber: 'O2024-0000001', title: 'Zoning' } as MatterRecord;

describe(TakeActionService.name, () => {
  it('names the committees of the latest referral, and none once a committee has reported', () => {
    expect(committeesHolding([step(StepType.REFERRED, ['A', 'B']), step(StepType.RULE_42_REFERRAL, ['Rules'])])).toEqual(['Rules']);
    expect(committeesHolding([step(StepType.REFERRED, ['A']), step(StepType.COMMITTEE_RECOMMENDATION)])).toEqual([]);
  });

  it('a committee meeting next: the committee decides, with its current members; the script says so', async () => {
    const lifecycle = {
      timeline: [step(StepType.REFERRED, ['Committee on Zoning'])],
      nextStep: {
        kind: 'MEETING',
        meetingId: 'M1',
        body: 'Committee on Zoning',
        date: new Date('2024-03-05T16:00:00Z'),
        location: null,
        publicCommentDeadline: null,
        meetingStatus: null,
      },
    } as unknown as MatterLifecycle;
    const p = (await service(new Date('2024-03-01T00:00:00Z')).panelFor(matter, lifecycle, null))!;
    expect(p.decider).toEqual({
      kind: 'COMMITTEE',
      committees: [{ name: 'Committee on Zoning', members: [expect.objectContaining({ displayName: 'Current, A.' })] }],
    });
    expect(p.windows).toEqual([]); // no rules kept for this body: nothing is made up
    expect(p.scripts.en).toBe('O2024-0000001: the Committee on Zoning on Tuesday, March 5, 2024.');
    expect(p.scripts.es).toBe('O2024-0000001: el comité «Committee on Zoning» el martes, 5 de marzo de 2024.');
  });

  it('in committee with no meeting set: the committee decides "at its next meeting"; decided matters have no panel', async () => {
    const waiting = {
      timeline: [step(StepType.REFERRED, ['Committee on Zoning'])],
      nextStep: { kind: 'COMMITTEE', committees: [], since: null },
    } as unknown as MatterLifecycle;
    const p = (await service(new Date()).panelFor(matter, waiting, null))!;
    expect(p.decider).toMatchObject({ kind: 'COMMITTEE', committees: [{ name: 'Committee on Zoning' }] });
    expect(p.meeting).toBeNull();
    expect(p.scripts.en).toBe('O2024-0000001: the Committee on Zoning at its next meeting.');
    expect(await service(new Date()).panelFor(matter, { ...waiting, nextStep: null }, null)).toBeNull();
  });
});
