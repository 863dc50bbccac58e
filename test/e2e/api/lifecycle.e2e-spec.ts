import { gql } from '../../support/graphql-client';
import { readCapture } from '../../support/fixtures/captures';
import { withSyntheticRollCall } from '../../support/fixtures/synthetic-roll-call';
import { withWard15Person } from '../../support/fixtures/synthetic-person-ward-15';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';
import { resyncMatter } from '../../support/factories/resync.factory';

const STORY = `query ($n: String!) { matter(recordNumber: $n) {
  recordNumber relatedMatters
  stage { stage since committees }
  nextStep { kind summary body date localTime location publicCommentDeadline publicCommentDeadlineLocal committees since }
  timeline { type date label actionName recordNumber committees source result }
  votes { actionName date result tally { yea nay present recused abstain absent excused risingVote vacant none other total } votes { voterName vote ward personId } }
} }`;

describe('the legislative lifecycle', () => {
  let s: SyntheticApp;

  beforeAll(async () => {
    s = await startSyntheticApp(new Date('2025-01-10T18:00:00Z'), {
      transform: (path, body) => withWard15Person(path, withSyntheticRollCall(path, body)),
    });
  });

  afterAll(async () => {
    await s?.close();
  });

  it('reads O2023-0004222 as: in committee (Rules) → Rule 41 notice → on the agenda for 2025-01-15', async () => {
    const res = await gql(s.app, STORY, { n: 'O2023-0004222' });
    expect(res.errors).toBeUndefined();
    const m = res.data.matter;
    expect(m.timeline.map((t: any) => t.type)).toEqual(['REFERRED', 'REFERRED', 'RULE_42_REFERRAL', 'RULE_41_NOTICE', 'PLACED_ON_AGENDA']);
    expect(m.timeline[1].committees).toEqual(['Committee on Public Safety', 'Committee on Immigrant and Refugee Rights']);
    expect(m.timeline[2]).toMatchObject({
      actionName: 'Re-Referred',
      committees: ['Committee on Committees and Rules'],
      date: '2023-10-31T05:00:00.000Z',
    });
    expect(m.timeline[3]).toMatchObject({ source: 'meeting_file', actionName: null });
    expect(m.timeline[4]).toMatchObject({ source: 'agenda', date: '2025-01-15T16:00:00.000Z' });
    expect(m.stage.stage).toBe('ON_AGENDA');
    expect(m.nextStep).toMatchObject({
      kind: 'MEETING',
      body: 'City Council',
      date: '2025-01-15T16:00:00.000Z',
      localTime: 'Wednesday, January 15, 2025 at 10:00 AM CST',
      location: expect.stringContaining('City Council Chamber'),
      publicCommentDeadline: '2025-01-15T15:00:00.000Z',
      publicCommentDeadlineLocal: 'Wednesday, January 15, 2025 at 9:00 AM CST',
    });
    expect(m.votes).toEqual([]);
  });

  it('filters matters by their stage, stored after each sync', async () => {
    const q = `query ($stage: Stage!) { matters(first: 10, filter: { stage: $stage }) { edges { node { recordNumber stage { stage } } } } }`;
    const onAgenda = await gql(s.app, q, { stage: 'ON_AGENDA' });
    expect(onAgenda.errors).toBeUndefined();
    expect(onAgenda.data.matters.edges.map((e: any) => e.node)).toEqual([{ recordNumber: 'O2023-0004222', stage: { stage: 'ON_AGENDA' } }]);
    const passed = await gql(s.app, q, { stage: 'PASSED' });
    expect(passed.data.matters.edges.map((e: any) => e.node.recordNumber)).toEqual(['SO2025-0019977']);
    expect((await gql(s.app, q, { stage: 'VETOED' })).data.matters.edges).toEqual([]);
    expect((await gql(s.app, q, { stage: 'SOMEWHERE' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('covers every action of the real capture in its timeline, with a stage and a next step', async () => {
    const capture: any = readCapture('matter-detail-SO2025-0019977.json');
    const res = await gql(s.app, STORY, { n: 'SO2025-0019977' });
    const m = res.data.matter;
    const fromActions = m.timeline.filter((t: any) => t.source === 'action').map((t: any) => t.actionName);
    // Every captured action appears (plus the synthetic roll-call action), oldest first.
    expect(fromActions.sort()).toEqual([...capture.actions.map((a: any) => a.actionName), 'Passed'].sort());
    expect(m.timeline[0]).toMatchObject({ type: 'REFERRED', committees: ['Committee on Budget and Government Operations'] });
    expect(m.timeline.at(-1)).toMatchObject({ type: 'PASSED', result: 'PASSED' });
    expect(m.relatedMatters).toEqual([]);
  });

  it('gives a roll call with result, tally and every alder with ward', async () => {
    const res = await gql(s.app, STORY, { n: 'SO2025-0019977' });
    const [rc] = res.data.matter.votes;
    expect(rc).toMatchObject({ actionName: 'Passed', result: 'PASSED', date: '2026-07-15T05:00:00.000Z' });
    expect(rc.votes).toHaveLength(50);
    expect(rc.tally.total).toBe(50);
    const t = rc.tally;
    expect(t.yea + t.nay + t.present + t.recused + t.abstain + t.absent + t.excused + t.risingVote + t.vacant + t.none + t.other).toBe(50);
    expect(t.none).toBeGreaterThan(0);
    const lopez = rc.votes.find((v: any) => v.personId === '0AD4F54F-FC88-EC11-8D20-001DD804FD38');
    expect(lopez).toMatchObject({ voterName: 'Lopez, Raymond A.', ward: '15' });
  });

  it('answers "how did the alder of ward 15 vote" through alder(ward)', async () => {
    const res = await gql(s.app, '{ alder(ward: 15) { name votes { recordNumber actionName vote } } }');
    const rollCall: any = (await gql(s.app, STORY, { n: 'SO2025-0019977' })).data.matter.votes[0];
    const lopezVote = rollCall.votes.find((v: any) => v.ward === '15').vote;
    expect(res.data.alder).toEqual({
      name: 'Lopez, Raymond A.',
      votes: [{ recordNumber: 'SO2025-0019977', actionName: 'Passed', vote: lopezVote }],
    });
    const onOther = await gql(s.app, '{ alder(ward: 15) { votes(recordNumber: "O2023-0004222") { vote } } }');
    expect(onOther.data.alder.votes).toEqual([]);
  });

  it('lists action names the lifecycle table does not know, for operators', async () => {
    const { ApiKeyService } = await import('@app/core');
    const { key } = await s.app.get(ApiKeyService).create('ops');
    const request = (await import('supertest')).default;
    const q = '{ unknownActionNames { actionName occurrences example } }';
    expect((await gql(s.app, q)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const res = await request(s.app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${key}`).send({ query: q });
    // Every captured and synthetic action name is in the table.
    expect(res.body.data.unknownActionNames).toEqual([]);

    // eLMS starts using a new action name: it is listed, and kept verbatim in the timeline as OTHER.
    await resyncMatter(s.app, 'SO2025-0019977', (m) => ({
      ...m,
      actions: m.actions!.map((a) => (a.actionName === 'Substituted' ? { ...a, actionName: 'Sent to Special Pamphlet Review' } : a)),
    }));
    const after = await request(s.app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${key}`).send({ query: q });
    expect(after.body.data.unknownActionNames).toEqual([
      { actionName: 'Sent to Special Pamphlet Review', occurrences: 1, example: 'SO2025-0019977' },
    ]);
    const story = await gql(s.app, STORY, { n: 'SO2025-0019977' });
    expect(story.data.matter.timeline).toContainEqual(
      expect.objectContaining({ type: 'OTHER', actionName: 'Sent to Special Pamphlet Review' }),
    );
  });
});
