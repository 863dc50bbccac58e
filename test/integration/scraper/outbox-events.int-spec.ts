import { TrackingService } from '@app/legislation';
import { ElmsBackfillService, SyncJobsService } from '@app/scraper';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { COUNCIL_2025_01_15_MEETING_ID } from '../../support/fixtures/synthetic-o2023-0004222';
import { startSyntheticScraper, SyntheticScraper } from '../../support/synthetic-scraper';
import { republish, republishListRows } from '../../support/fixtures/synthetic-drifted-matter';
import { withSyntheticRollCall } from '../../support/fixtures/synthetic-roll-call';

describe('outbox events from ingestion', () => {
  let t: SyntheticScraper;
  let replay: ReplayServer;
  let app: TestingModule;
  let ds: DataSource;
  const events = () => ds.query(`SELECT type, subject, body FROM outbox_event ORDER BY type, subject`);

  beforeAll(async () => {
    t = await startSyntheticScraper({ PUBLIC_BASE_URL: 'https://tracker.example' });
    ({ replay, app, ds } = t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('writes one matter.vote_scheduled, one matter.rule41_notice_filed and its text for the tracked O2023-0004222', async () => {
    await app.get(ElmsBackfillService).backfill({ from: new Date('2010-01-01'), to: new Date('2030-01-01') });
    const rows = await events();
    expect(rows.map((r: any) => `${r.type} ${r.subject}`)).toEqual([
      'matter.rule41_notice_filed O2023-0004222',
      'matter.stage_changed O2023-0004222',
      'matter.text_changed O2023-0004222',
      'matter.vote_scheduled O2023-0004222',
    ]);
    // Stored by the matters phase (in the Rules committee), placed on the agenda by the meetings phase.
    expect(JSON.parse(rows[1].body).data).toMatchObject({ from: 'IN_RULES_COMMITTEE', to: 'ON_AGENDA' });
    // Every matter event names the chapters of its title ("…Municipal Code Chapter 2-173…"): subscribers filter on that.
    expect(rows.map((r: any) => JSON.parse(r.body).data.chapters)).toEqual([['2-173'], ['2-173'], ['2-173'], ['2-173']]);
    expect(await ds.query(`SELECT warnings FROM scrape_run`)).toEqual([{ warnings: [] }]);
    expect(JSON.parse(rows[2].body).data).toMatchObject({
      redlineUrl: 'https://tracker.example/matters/O2023-0004222/redline',
      files: [{ fileName: 'O2023-0004222.pdf' }],
    });
    const vote = JSON.parse(rows[3].body);
    expect(vote).toMatchObject({
      type: 'matter.vote_scheduled',
      version: 1,
      data: {
        matter: { recordNumber: 'O2023-0004222', url: 'https://tracker.example/matters/O2023-0004222' },
        stage: 'ON_AGENDA',
        meeting: {
          meetingId: COUNCIL_2025_01_15_MEETING_ID,
          body: 'City Council',
          startsAt: '2025-01-15T16:00:00.000Z',
          startsAtLocal: 'Wednesday, January 15, 2025 at 10:00 AM CST',
          timeZone: 'America/Chicago',
          publicCommentDeadline: '2025-01-15T15:00:00.000Z',
          location: expect.stringContaining('121 North LaSalle'),
        },
      },
    });
  });

  it('fires nothing when the same agenda is read again, or republished unchanged for this matter', async () => {
    await app.get(SyncJobsService).run('elms.sweep');
    replay.setFaults([
      {
        match: (p) => p.startsWith(`/meeting-agenda/${COUNCIL_2025_01_15_MEETING_ID}`),
        kind: 'drift',
        patch: (b: any) => ({ ...b, lastPublicationDate: '2025-01-09T10:00:00+00:00' }),
      },
    ]);
    const requestsBefore = replay.requests.length;
    await app.get(SyncJobsService).run('elms.sweep');
    replay.setFaults([]);
    // The sweep did re-read the changed agenda (and rewrote the meeting), yet no event was repeated.
    expect(replay.requests.slice(requestsBefore).some((r) => r.path.startsWith(`/meeting-agenda/${COUNCIL_2025_01_15_MEETING_ID}`))).toBe(
      true,
    );
    expect(await ds.query(`SELECT last_publication_date FROM meeting WHERE meeting_id = $1`, [COUNCIL_2025_01_15_MEETING_ID])).toEqual([
      { last_publication_date: new Date('2025-01-09T10:00:00Z') },
    ]);
    expect((await events()).length).toBe(4);
  });

  it('records a roll call and the stage change of a newly tracked matter, each once', async () => {
    await app.get(TrackingService).create('record_number', 'SO2025-0019977', null, 'test');
    replay.setFaults([
      { match: (p) => p.startsWith('/matter?'), kind: 'drift', patch: republishListRows },
      {
        match: (p) => p.startsWith('/matter/'),
        kind: 'drift',
        patch: (b: any) => withSyntheticRollCall(`/matter/${b.matterId}`, republish(b)),
      },
    ]);
    await app.get(SyncJobsService).run('elms.poll');
    await app.get(SyncJobsService).run('elms.poll');
    replay.setFaults([]);
    const rows = (await events()).filter((r: any) => r.subject === 'SO2025-0019977');
    expect(rows.map((r: any) => r.type)).toEqual(['matter.stage_changed', 'matter.text_changed', 'matter.vote_recorded']);
    const [stage, , vote] = rows.map((r: any) => JSON.parse(r.body).data);
    // At the test clock (2025-01-10) its 2026-07-15 placement is still ahead, so it was ON_AGENDA.
    expect(stage).toMatchObject({ from: 'ON_AGENDA', to: 'PASSED' });
    expect(vote).toMatchObject({ result: 'PASSED', action: { name: 'Passed' }, tally: { total: 50 } });
    expect(vote.rollCall).toHaveLength(50);
  });
});
