import { SchedulerRegistry } from '@nestjs/schedule';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { SyncCron } from '../../../apps/worker/src/crons/sync.cron';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { replayEnv, startReplay } from '../../support/replay';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface RunRow {
  kind: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
}

/** The worker as `apps/worker` composes it (WorkerModule), booted with its scheduler on, over the replayed captures. */
describe('the worker at boot', () => {
  let replay: ReplayServer;
  let db: TestDatabase;
  let worker: TestingModule;
  const runs = (): Promise<RunRow[]> =>
    worker
      .get(DataSource)
      .query(`SELECT kind, status, started_at AS "startedAt", finished_at AS "finishedAt" FROM scrape_run ORDER BY started_at, kind`);

  beforeAll(async () => {
    replay = await startReplay();
    db = await createTestDatabase({ ...replayEnv(replay), INITIAL_SYNC_DAYS: '5000', SCHEDULER_ENABLED: 'true', POLL_ON_START: 'true' });
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot({ config: db.config, pglite: db.pglite })] }).compile();
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close().catch(() => undefined); // its database may be gone (the last test drops it)
    await db?.drop().catch(() => undefined);
    await replay?.close();
  });

  it('schedules the syncs, then reads the code, polls eLMS and reads documents after the poll', async () => {
    const registry = worker.get(SchedulerRegistry);
    expect([...registry.getCronJobs().keys()].sort()).toEqual(expect.arrayContaining(['code.sync', 'elms.poll', 'elms.sweep']));
    const deadline = Date.now() + 60_000;
    while (!(await runs()).some((r) => r.kind === 'documents.sync' && r.finishedAt) && Date.now() < deadline) await sleep(200);
    const done = await runs();
    expect(done.map((r) => [r.kind, r.status])).toEqual([
      ['code.sync', 'succeeded'],
      ['elms.poll', 'succeeded'],
      ['documents.sync', 'succeeded'],
    ]);
    const [code, poll, documents] = done;
    expect(poll.startedAt.getTime()).toBeGreaterThanOrEqual(code.finishedAt!.getTime());
    expect(documents.startedAt.getTime()).toBeGreaterThanOrEqual(poll.finishedAt!.getTime());
    expect(await worker.get(DataSource).query(`SELECT count(*)::int AS n FROM matter`)).not.toEqual([{ n: 0 }]);
  });

  it('a tick never throws: a source that is gone is a failed run, recorded, and the documents step still follows', async () => {
    await replay.close();
    const before = (await runs()).length;
    await expect(worker.get(SyncCron).tick('elms.poll')).resolves.toBeUndefined();
    const after = (await runs()).slice(before);
    expect(after.map((r) => [r.kind, r.status])).toEqual([
      ['elms.poll', 'failed'],
      ['documents.sync', 'succeeded'],
    ]);
  });

  it('a tick never throws even when the database itself is gone', async () => {
    await db.drop();
    await expect(worker.get(SyncCron).tick('elms.sweep')).resolves.toBeUndefined();
  });
});
