import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ElmsBackfillService } from '@app/scraper';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { createScraperContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { writeSyntheticElmsFolder } from '../../support/fixtures/synthetic-o2023-0004222';
import { replayEnv, startReplay } from '../../support/replay';

const RANGE = { from: new Date('2010-01-01'), to: new Date('2030-01-01') };

/**
 * A matter first seen after its agenda was stored gets its stage from its whole lifecycle (the
 * agenda line puts it ON_AGENDA, its own actions would leave it in committee) in the step that
 * inserts it. That is its first stage, not news: no `matter.stage_changed` may go out for it.
 */
describe('a new matter whose agenda placement is already stored', () => {
  let dir: string;
  let replay: ReplayServer;
  let db: TestDatabase;
  let app: TestingModule;
  let ds: DataSource;

  beforeAll(async () => {
    dir = writeSyntheticElmsFolder(fs.mkdtempSync(path.join(os.tmpdir(), 'elms-provisional-')));
    replay = await startReplay({ dir });
    db = await createTestDatabase({ ...replayEnv(replay), INITIAL_SYNC_DAYS: '5000' });
    // Before the 2025-01-15 City Council meeting whose agenda names O2023-0004222.
    app = await createScraperContext(db, () => new Date('2025-01-10T18:00:00Z'));
    ds = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await replay?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is stored ON_AGENDA by the step that inserts it, and its first stage is not announced as a change', async () => {
    await app.get(ElmsBackfillService).backfill(RANGE);
    // As if eLMS had published the matter only after its agenda: the meetings stay, the matter goes.
    await ds.query(`DELETE FROM matter WHERE record_number = 'O2023-0004222'`);
    await ds.query(`DELETE FROM outbox_event`);

    await app.get(ElmsBackfillService).backfill(RANGE);

    const [m] = await ds.query(`SELECT stage FROM matter WHERE record_number = 'O2023-0004222'`);
    // Its own actions leave it in the Rules committee; the stored agenda line puts it on the agenda.
    expect(m).toEqual({ stage: 'ON_AGENDA' });
    const types = (await ds.query(`SELECT type FROM outbox_event WHERE subject = 'O2023-0004222'`)).map((r: any) => r.type);
    expect(types).not.toContain('matter.stage_changed');
  });
});
