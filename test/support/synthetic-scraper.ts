import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../apps/replay/src';
import { createScraperContext } from './app';
import { createTestDatabase, TestDatabase } from './db';
import { writeSyntheticElmsFolder } from './fixtures/synthetic-o2023-0004222';
import { replayEnv, startReplay } from './replay';

export interface SyntheticScraper {
  replay: ReplayServer;
  db: TestDatabase;
  app: TestingModule;
  ds: DataSource;
  close(): Promise<void>;
}

/**
 * The scraper's context over an empty test database, the replay serving the real captures plus the
 * synthetic O2023-0004222 story, with the clock at 2025-01-10: before the 2025-01-15 City Council
 * meeting whose agenda names O2023-0004222 (or at `now()`). Nothing is synced yet.
 */
export async function startSyntheticScraper(
  env: Record<string, string> = {},
  now: () => Date = () => new Date('2025-01-10T18:00:00Z'),
): Promise<SyntheticScraper> {
  const dir = writeSyntheticElmsFolder(fs.mkdtempSync(path.join(os.tmpdir(), 'elms-synthetic-')));
  const replay = await startReplay({ dir });
  const db = await createTestDatabase({ ...replayEnv(replay), INITIAL_SYNC_DAYS: '5000', ...env });
  const app = await createScraperContext(db, now);
  return {
    replay,
    db,
    app,
    ds: app.get(DataSource),
    close: async () => {
      await app.close();
      await db.drop();
      await replay.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
