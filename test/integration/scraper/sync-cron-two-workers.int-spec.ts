import { AppConfig } from '@app/core';
import { SyncJobsService } from '@app/scraper';
import { SchedulerRegistry } from '@nestjs/schedule';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { SyncCron } from '../../../apps/worker/src/crons/sync.cron';
import { createScraperContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { replayEnv, startReplay } from '../../support/replay';

describe('the poll tick on two workers', () => {
  let replay: ReplayServer;
  let db: TestDatabase;
  let app: TestingModule;

  beforeAll(async () => {
    replay = await startReplay();
    db = await createTestDatabase({ ...replayEnv(replay), INITIAL_SYNC_DAYS: '5000' });
    app = await createScraperContext(db);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await replay?.close();
  });

  it('reads attachments once per tick, on the worker that ran the poll', async () => {
    // Two workers' crons firing on the same tick; the job lock lets one poll.
    const cron = () => new SyncCron(app.get(AppConfig), app.get(SyncJobsService), new SchedulerRegistry());
    await Promise.all([cron().tick('elms.poll'), cron().tick('elms.poll')]);
    const runs: { kind: string; n: number }[] = await app
      .get(DataSource)
      .query(`SELECT kind, count(*)::int AS n FROM scrape_run GROUP BY kind ORDER BY kind`);
    expect(runs).toEqual([
      { kind: 'documents.sync', n: 1 },
      { kind: 'elms.poll', n: 1 },
    ]);
  });
});
