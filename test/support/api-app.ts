import { ElmsBackfillService, SyncJobsService } from '@app/scraper';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApi } from '../../apps/api/src/bootstrap-api';
import type { ReplayServer, ReplayServerOptions } from '../../apps/replay/src';
import { createTestDatabase, TestDatabase } from './db';
import { replayEnv, startReplay } from './replay';

export interface ApiTestApp {
  app: INestApplication;
  replay: ReplayServer;
  db: TestDatabase;
  close(): Promise<void>;
}

export interface ApiTestAppOptions {
  replay?: ReplayServerOptions;
  env?: Record<string, string>;
  now?: () => Date;
  typeormLogger?: TypeOrmLogger;
  /** How the worker's job fills the database the api reads: the first poll, and/or a full backfill. */
  fill?: { poll?: boolean; backfill?: boolean };
}

/** The api (as `apps/api` composes it) over a test database filled from the replay server. */
export async function startApiApp(opts: ApiTestAppOptions = {}): Promise<ApiTestApp> {
  const replay = await startReplay(opts.replay);
  const db = await createTestDatabase({ ...replayEnv(replay), INITIAL_SYNC_DAYS: '5000', ...opts.env });
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot({ config: db.config, pglite: db.pglite, now: opts.now, typeormLogger: opts.typeormLogger })],
  }).compile();
  const app = moduleRef.createNestApplication();
  configureApi(app);
  await app.init();
  const { ScraperModule } = await import('@app/scraper');
  const scraper = app.select(ScraperModule);
  const fill = opts.fill ?? { poll: true };
  if (fill.poll) await scraper.get(SyncJobsService).run('elms.poll');
  if (fill.backfill) await scraper.get(ElmsBackfillService).backfill({ from: new Date('2010-01-01'), to: new Date('2030-01-01') });
  return {
    app,
    replay,
    db,
    close: async () => {
      await app.close();
      await db.drop();
      await replay.close();
    },
  };
}
