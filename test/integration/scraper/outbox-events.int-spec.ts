import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ElmsBackfillService, SyncJobsService } from '@app/scraper';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { createScraperContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { COUNCIL_2025_01_15_MEETING_ID, writeSyntheticElmsFolder } from '../../support/fixtures/synthetic-o2023-0004222';
import { replayEnv, startReplay } from '../../support/replay';

describe('outbox events from ingestion', () => {
  let dir: string;
  let replay: ReplayServer;
  let db: TestDatabase;
  let app: TestingModule;
  let ds: DataSource;
  const events = () => ds.query(`SELECT type, subject, body FROM outbox_event ORDER BY type, subject`);

  beforeAll(async () => {
    dir = writeSyntheticElmsFolder(fs.mkdtempSync(path.join(os.tmpdir(), 'elms-outbox-')));
    replay = await startReplay({ dir });
    db = await createTestDatabase({ ...replayEnv(replay), INITIAL_SYNC_DAYS: '5000', PUBLIC_BASE_URL: 'https://tracker.example' });
    app = await createScraperContext(db, () => new Date('2025-01-10T18:00:00Z'));
    ds = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await replay?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one matter.vote_scheduled and one matter.rule41_notice_filed for the tracked O2023-0004222', async () => {
    await app.get(ElmsBackfillService).backfill({ from: new Date('2010-01-01'), to: new Date('2030-01-01') });
    const rows = await events();
    expect(rows.map((r: any) => `${r.type} ${r.subject}`)).toEqual(['matter.rule41_notice_filed O2023-0004222', 'matter.vote_scheduled O2023-0004222']);
    const vote = JSON.parse(rows[1].body);
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
          startsAtLocal: 'Wednesday, January 15, 2025 at 10:00 AM',
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
      { match: (p) => p.startsWith(`/meeting-agenda/${COUNCIL_2025_01_15_MEETING_ID}`), kind: 'drift', patch: (b: any) => ({ ...b, lastPublicationDate: '2025-01-09T10:00:00+00:00' }) },
    ]);
    const requestsBefore = replay.requests.length;
    await app.get(SyncJobsService).run('elms.sweep');
    replay.setFaults([]);
    // The sweep did re-read the changed agenda (and rewrote the meeting), yet no event was repeated.
    expect(replay.requests.slice(requestsBefore).some((r) => r.path.startsWith(`/meeting-agenda/${COUNCIL_2025_01_15_MEETING_ID}`))).toBe(true);
    expect(await ds.query(`SELECT last_publication_date FROM meeting WHERE meeting_id = $1`, [COUNCIL_2025_01_15_MEETING_ID])).toEqual([{ last_publication_date: new Date('2025-01-09T10:00:00Z') }]);
    expect((await events()).length).toBe(2);
  });
});
