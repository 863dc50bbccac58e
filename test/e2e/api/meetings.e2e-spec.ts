import { gql } from '../../support/graphql-client';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

const MEETINGS = `query ($upcoming: Boolean!, $body: String) { meetings(upcoming: $upcoming, body: $body) {
  meetingId body date localTime location status publicCommentDeadline
  agenda { recordNumber title position hasVotes actionName }
  files { fileName type }
  attendance { voterName vote personId }
} }`;

describe('meetings over GraphQL', () => {
  let s: SyntheticApp;

  beforeAll(async () => {
    s = await startSyntheticApp();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('lists the upcoming City Council meeting with its agenda, place, Chicago time and comment deadline', async () => {
    const res = await gql(s.app, MEETINGS, { upcoming: true, body: 'City Council' });
    expect(res.errors).toBeUndefined();
    const [next] = res.data.meetings;
    expect(next).toMatchObject({
      body: 'City Council',
      date: '2025-01-15T16:00:00.000Z',
      localTime: 'Wednesday, January 15, 2025 at 10:00 AM CST',
      location: expect.stringContaining('121 North LaSalle Street'),
      publicCommentDeadline: '2025-01-15T15:00:00.000Z',
      attendance: [],
    });
    expect(next.agenda.find((i: any) => i.recordNumber === 'O2023-0004222')).toMatchObject({
      position: 4,
      hasVotes: false,
      actionName: null,
    });
    expect(next.files).toContainEqual({ fileName: 'Rule 41 Notice O2023-0004222.pdf', type: 'Miscellaneous Business' });
  });

  it('lists past meetings newest first', async () => {
    const res = await gql(s.app, MEETINGS, { upcoming: false, body: 'City Council' });
    const dates = res.data.meetings.map((m: any) => m.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d: string) => d < '2025-01-10')).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('gives the roll call of a held meeting: every alder present at the captured 2026-07-15 Council', async () => {
    // The test clock is at 2025-01-10, so the captured meeting counts as upcoming.
    const upcoming = await gql(s.app, MEETINGS, { upcoming: true, body: 'City Council' });
    const captured = upcoming.data.meetings.find((m: any) => m.date === '2026-07-15T15:00:00.000Z');
    expect(captured.agenda).toHaveLength(473);
    expect(captured.attendance).toHaveLength(50);
    expect(new Set(captured.attendance.map((a: any) => a.personId)).size).toBe(50);
    expect(captured.attendance.every((a: any) => a.vote === 'Present')).toBe(true);
  });
});
