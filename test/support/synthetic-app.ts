import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ElmsBackfillService, SyncJobsService } from '@app/scraper';
import { INestApplication, ValidationPipe } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ApiModule } from '../../apps/api/src/api.module';
import type { ReplayServer } from '../../apps/replay/src';
import { createTestDatabase, TestDatabase } from './db';
import { writeSyntheticElmsFolder } from './fixtures/synthetic-o2023-0004222';
import { replayEnv, startReplay } from './replay';

export interface SyntheticApp {
  app: INestApplication;
  replay: ReplayServer;
  db: TestDatabase;
  close(): Promise<void>;
}

/**
 * The api over a database filled from the real captures plus the synthetic O2023-0004222 story,
 * with the clock at `now` (default: 2025-01-10, between the Rule 41 notice and the vote).
 */
export async function startSyntheticApp(now = new Date('2025-01-10T18:00:00Z'), extra: { transform?: (path: string, body: unknown) => unknown } = {}): Promise<SyntheticApp> {
  const dir = writeSyntheticElmsFolder(fs.mkdtempSync(path.join(os.tmpdir(), 'elms-synthetic-')));
  const replay = await startReplay({ dir, ...extra });
  const db = await createTestDatabase({ ...replayEnv(replay), INITIAL_SYNC_DAYS: '5000' });
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule.forRoot({ config: db.config, pglite: db.pglite, now: () => now })] }).compile();
  const app = moduleRef.createNestApplication();
  app.useGlobalPipes(new ValidationPipe({ transform: true, forbidUnknownValues: false }));
  await app.init();
  const { ScraperModule } = await import('@app/scraper');
  const scraper = app.select(ScraperModule);
  await scraper.get(SyncJobsService).run('elms.poll');
  await scraper.get(ElmsBackfillService).backfill({ from: new Date('2010-01-01'), to: new Date('2030-01-01') });
  return {
    app,
    replay,
    db,
    close: async () => {
      await app.close();
      await db.drop();
      await replay.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
