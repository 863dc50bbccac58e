import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AppConfig, CoreModule, JOBS, createAppLogger, openPGlite } from '@app/core';
import { TrackingService } from '@app/legislation';
import { ElmsBackfillService, ScraperModule, SyncJobsService } from '@app/scraper';
import { INestApplication, Module, OnApplicationShutdown } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiFeaturesModule } from '../../api/src/api.module';
import { listen } from '../../api/src/bootstrap-api';
import { runMigrations } from '../../cli/src/run-migrations';
import { WorkerFeaturesModule } from '../../worker/src/worker.module';
import { startDemoSources } from './demo-sources';

/**
 * The story is told as of 2025-01-10, between the Rule 41 notice (filed 2025-01-07) and the Council
 * meeting of 2025-01-15 where O2023-0004222 is on the agenda; the demo's clock starts there and runs.
 */
export const DEMO_STORY_NOW = '2025-01-10T18:00:00Z';

export interface Demo {
  app: INestApplication;
  /** Where the tracker listens, e.g. http://127.0.0.1:3000. */
  url: string;
  replayUrl: string;
  /** Stops the tracker and the replay and deletes the demo's database. */
  close(): Promise<void>;
}

/**
 * The whole product offline on a throwaway embedded database: a replay server serves the captures and
 * the synthetic story; the tracker (api + worker, as `npm start` composes them) reads it through
 * SOURCE_BASE_URL with DEMO_MODE on. The first poll, a backfill of the captured dates, the code sync
 * and the document sync have all run when this resolves. `progress` hears each finished step.
 */
export async function startDemo(opts: { port: number; progress?: (step: string) => void }): Promise<Demo> {
  const work = mkdtempSync(path.join(tmpdir(), 'tracker-demo-'));
  const replay = await startDemoSources(work);
  const config = AppConfig.fromEnv({
    NODE_ENV: 'production',
    DEMO_MODE: 'true',
    SOURCE_BASE_URL: replay.url,
    PGLITE_DATA_DIR: path.join(work, 'pglite'),
    SECRETS_KEY_FILE: path.join(work, 'secrets.key'),
    PORT: String(opts.port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: `http://127.0.0.1:${opts.port}`,
    // The captures span 2023 to 2026: reach all of them, at the replay's speed, and schedule nothing.
    INITIAL_SYNC_DAYS: '5000',
    ELMS_REQUESTS_PER_SECOND: '1000',
    CODE_LIBRARY_REQUESTS_PER_SECOND: '1000',
    SCHEDULER_ENABLED: 'false',
    POLL_ON_START: 'false',
    LOG_LEVEL: 'warn',
  });
  if (config.database.kind !== 'pglite') throw new Error('the demo runs on its own embedded database');
  const pglite = openPGlite(config.database.dataDir);
  await runMigrations(config.database, 'up', await pglite);

  const started = Date.now();
  const now = (): Date => new Date(Date.parse(DEMO_STORY_NOW) + (Date.now() - started));
  // Nest closes the app on SIGINT/SIGTERM and then re-raises the signal ('exit' never fires): clean up in its shutdown hook.
  const cleanup: OnApplicationShutdown = {
    onApplicationShutdown: async () => {
      await replay.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
  @Module({
    imports: [CoreModule.forRoot({ config, pglite, now }), ApiFeaturesModule, WorkerFeaturesModule],
    providers: [{ provide: 'DEMO_CLEANUP', useValue: cleanup }],
  })
  class DemoModule {}
  const app = await NestFactory.create(DemoModule, { logger: createAppLogger(config) });
  await app.init();

  const scraper = app.select(ScraperModule);
  const jobs = scraper.get(SyncJobsService);
  const step = async (what: string, run: () => Promise<unknown>): Promise<void> => {
    await run();
    opts.progress?.(what);
  };
  await step('first poll', () => jobs.run(JOBS.elmsPoll));
  await step('backfill of the captured dates', () =>
    scraper.get(ElmsBackfillService).backfill({ from: new Date('2010-01-01'), to: new Date('2030-01-01') }),
  );
  await step('code sync (chapter 2-173)', () => jobs.run(JOBS.codeSync));
  await step('document sync (the amending ordinance and its redline)', () => jobs.run(JOBS.documentsSync));
  // SO2025-0019977 carries the synthetic roll call: tracking it puts the ward-15 alder's vote on their page.
  await app.get(TrackingService).create('record_number', 'SO2025-0019977', 'demo: a matter with a roll call', 'demo');

  await listen(app);
  const { port } = app.getHttpServer().address() as AddressInfo;
  const close = async (): Promise<void> => {
    await app.close();
    // Handed in open, so Nest leaves it open; on a signal the process ends anyway.
    const db = await pglite;
    if (!db.closed) await db.close();
  };
  return { app, url: `http://127.0.0.1:${port}`, replayUrl: replay.url, close };
}
