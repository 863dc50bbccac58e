import { SyncJobsService } from '@app/scraper';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { createScraperContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { replayEnv, startReplay } from '../../support/replay';

describe('A running sync run keeps its row current', () => {
  let replay: ReplayServer;
  let db: TestDatabase;
  let app: TestingModule;

  beforeAll(async () => {
    replay = await startReplay();
    db = await createTestDatabase({ ...replayEnv(replay), RUN_HEARTBEAT_SECONDS: '1', ELMS_TIMEOUT_MS: '4000', ELMS_MAX_RETRIES: '0' });
    app = await createScraperContext(db);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await replay?.close();
  });

  it('records the requests spent so far while it waits on eLMS, so a kill leaves them on the row', async () => {
    const ds = app.get(DataSource);
    // Matter details never answer: the poll waits 4 s on the first one, then fails.
    replay.setFaults([{ match: (p) => p.startsWith('/matter/'), kind: 'hang' }]);
    const poll = app
      .get(SyncJobsService)
      .run('elms.poll')
      .catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 2500));
    const [running] = await ds.query(
      `SELECT status, requests, heartbeat_at > started_at AS beat FROM scrape_run ORDER BY started_at DESC LIMIT 1`,
    );
    expect(running).toMatchObject({ status: 'running', beat: true });
    expect(running.requests).toBeGreaterThanOrEqual(2);
    expect(await poll).toMatchObject({ code: 'ELMS_TIMEOUT' });
    replay.setFaults([]);
  });
});
