import { commentWindows, PublicCommentRule } from '../../../libs/advocacy/src/take-action/public-comment-rule';
import { chicagoInstant } from '@app/core';

const rule = (over: Partial<PublicCommentRule>): PublicCommentRule => ({
  id: 'r',
  bodyName: 'City Council',
  channel: 'WRITTEN',
  opensOn: 'MEETING_DAY',
  opensAt: '08:00',
  closesOn: 'MEETING_DAY',
  closesAt: '09:00',
  phone: null,
  email: null,
  howEn: '',
  howEs: '',
  source: 'test',
  checkedOn: '2026-12-01',
  sort: 0,
  ...over,
});

describe('commentWindows', () => {
  // The Council meeting of Wednesday 2025-01-15, 10:00 CST (16:00Z), as the toolkit's rules describe it.
  const meeting = new Date('2025-01-15T16:00:00Z');
  const rules = [
    rule({ channel: 'PHONE', opensOn: 'MONDAY_BEFORE', opensAt: '00:01', closesOn: 'DAY_BEFORE', closesAt: '08:00', sort: 1 }),
    rule({ channel: 'IN_PERSON', closesAt: null, sort: 2 }),
    rule({ channel: 'WRITTEN', sort: 3 }),
  ];

  it('computes each window in Chicago time from the meeting day, with its state at the clock', () => {
    const w = commentWindows(rules, meeting, new Date('2025-01-13T18:00:00Z'));
    expect(w.map((x) => [x.rule.channel, x.opensAt.toISOString(), x.closesAt.toISOString(), x.state])).toEqual([
      ['PHONE', '2025-01-13T06:01:00.000Z', '2025-01-14T14:00:00.000Z', 'OPEN'],
      ['IN_PERSON', '2025-01-15T14:00:00.000Z', '2025-01-15T16:00:00.000Z', 'UPCOMING'],
      ['WRITTEN', '2025-01-15T14:00:00.000Z', '2025-01-15T15:00:00.000Z', 'UPCOMING'],
    ]);
    expect(commentWindows(rules, meeting, new Date('2025-01-15T15:00:00Z')).map((x) => x.state)).toEqual(['CLOSED', 'OPEN', 'CLOSED']);
  });

  it('follows daylight saving time: a July meeting is CDT (UTC-5)', () => {
    const july = new Date('2026-07-15T15:00:00Z'); // the captured 2026-07-15 meeting, 10:00 CDT
    const [written] = commentWindows([rule({})], july, july);
    expect(written!.opensAt.toISOString()).toBe('2026-07-15T13:00:00.000Z');
    // eLMS's own deadline for that meeting is the written window's close, 9:00 CDT.
    expect(written!.closesAt.toISOString()).toBe('2026-07-15T14:00:00.000Z');
  });

  it('takes the Monday of the week before for a Monday meeting, and the day before across a DST change', () => {
    const monday = new Date('2025-03-10T15:00:00Z'); // Monday 2025-03-10, 10:00 CDT (the day after the change)
    const [phone] = commentWindows(
      [rule({ opensOn: 'MONDAY_BEFORE', opensAt: '00:01', closesOn: 'DAY_BEFORE', closesAt: '08:00' })],
      monday,
      monday,
    );
    expect(phone!.opensAt.toISOString()).toBe('2025-03-03T06:01:00.000Z'); // CST
    expect(phone!.closesAt.toISOString()).toBe('2025-03-09T13:00:00.000Z'); // Sunday 8:00 CDT
  });

  it('reads wall times on both sides of the November change', () => {
    expect(chicagoInstant('2025-11-01', '12:00').toISOString()).toBe('2025-11-01T17:00:00.000Z');
    expect(chicagoInstant('2025-11-03', '12:00').toISOString()).toBe('2025-11-03T18:00:00.000Z');
  });
});
