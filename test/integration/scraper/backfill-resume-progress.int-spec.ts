import { BackfillProgress, ElmsBackfillService } from '@app/scraper';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { backfillProgressLine } from '../../../apps/worker/src/backfill-progress';
import { createScraperContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { replayEnv, startReplay } from '../../support/replay';

const MATTERS = 120;
const RANGE = { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2030-01-01T00:00:00Z') };

describe('a resumed backfill', () => {
  let replay: ReplayServer;
  let db: TestDatabase;
  let app: TestingModule;
  let ds: DataSource;

  beforeAll(async () => {
    // The real matter capture cloned to 120 matters: like a council meeting's worth of matters,
    // they share one introduction date, so the resumed walk re-reads from that date on.
    replay = await startReplay({ scale: MATTERS });
    db = await createTestDatabase({ ...replayEnv(replay), ELMS_PAGE_SIZE: '25' });
    app = await createScraperContext(db);
    ds = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await replay?.close();
  });

  it('records the requests of an interrupted run, then counts progress up to the total with a non-negative ETA', async () => {
    const stop = new AbortController();
    await expect(
      app
        .get(ElmsBackfillService)
        .backfill({ ...RANGE, stepSize: 10, signal: stop.signal, onProgress: (p) => p.processed >= 30 && stop.abort() }),
    ).rejects.toMatchObject({ code: 'INTERRUPTED' });
    const [first] = await ds.query(`SELECT status, requests, fetched FROM scrape_run WHERE kind = 'elms.backfill'`);
    expect(first).toMatchObject({ status: 'interrupted', fetched: 30 });
    // The list pages and the 30 detail requests it made.
    expect(first.requests).toBeGreaterThanOrEqual(31);

    const progress: BackfillProgress[] = [];
    const result = await app.get(ElmsBackfillService).backfill({ ...RANGE, stepSize: 10, onProgress: (p) => progress.push(p) });
    expect(result.status).toBe('succeeded');
    const matters = progress.filter((p) => p.phase === 'matters');
    expect(matters.length).toBeGreaterThan(0);
    for (const p of matters) {
      expect(p.total).toBe(MATTERS);
      expect(p.processed).toBeLessThanOrEqual(MATTERS);
      expect(backfillProgressLine(p)).not.toMatch(/eta -/);
    }
    expect(matters[matters.length - 1].processed).toBe(MATTERS);
  });
});
