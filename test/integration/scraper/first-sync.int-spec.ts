import { INITIAL_SYNC_STATE, MATTER_WATERMARK, SyncJobsService } from '@app/scraper';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { createScraperContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { replayEnv, startReplay } from '../../support/replay';
import { logicalSnapshot, scalar } from '../../support/snapshot';

const MATTERS = 60;
const STEP = '10';

async function open(replay: ReplayServer): Promise<{ db: TestDatabase; app: TestingModule; ds: DataSource; jobs: SyncJobsService }> {
  const db = await createTestDatabase({ ...replayEnv(replay), INITIAL_SYNC_DAYS: '5000', INITIAL_SYNC_STEP: STEP });
  const app = await createScraperContext(db);
  return { db, app, ds: app.get(DataSource), jobs: app.get(SyncJobsService) };
}

describe('The first sync is a resumable walk', () => {
  let replay: ReplayServer;

  beforeAll(async () => {
    replay = await startReplay({ scale: MATTERS });
  });

  afterAll(async () => {
    await replay?.close();
  });

  it('commits step by step, resumes after an interruption, and ends with the rows of an uninterrupted run', async () => {
    const whole = await open(replay);
    const cut = await open(replay);
    try {
      await expect(whole.jobs.run('elms.poll')).resolves.toMatchObject({ status: 'succeeded' });
      const expected = await logicalSnapshot(whole.ds);
      expect(await scalar(whole.ds, 'SELECT count(*)::int FROM matter')).toBeGreaterThanOrEqual(MATTERS);

      // The source fails for good after 25 details: the run dies mid-walk, as a kill would leave it.
      let details = 0;
      replay.setFaults([
        { match: (p) => p.startsWith('/matter/') && !p.startsWith('/matter/recordNumber') && ++details > 25, kind: 'status', status: 500 },
      ]);
      await expect(cut.jobs.run('elms.poll')).rejects.toMatchObject({ code: 'ELMS_HTTP' });
      replay.setFaults([]);

      // What it committed is served meanwhile, with its cursor; the watermark waits for the end.
      const storedBefore = await scalar(cut.ds, 'SELECT count(*)::int FROM matter');
      expect(storedBefore).toBeGreaterThanOrEqual(20);
      expect(storedBefore).toBeLessThan(MATTERS);
      const [state] = await cut.ds.query('SELECT value FROM sync_state WHERE key = $1', [INITIAL_SYNC_STATE]);
      expect(state.value).toMatchObject({ phase: 'matters' });
      expect(state.value.after).toEqual(expect.any(String));
      expect(await cut.ds.query('SELECT value FROM sync_state WHERE key = $1', [MATTER_WATERMARK])).toEqual([]);
      const [failed] = await cut.ds.query(`SELECT status, cursor FROM scrape_run ORDER BY started_at DESC LIMIT 1`);
      expect(failed.status).toBe('failed');
      expect(failed.cursor).toMatchObject({ phase: 'matters' });

      // A nightly sweep meanwhile stands aside: it would set the watermark and strand the cursor.
      await expect(cut.jobs.run('elms.sweep')).resolves.toMatchObject({
        status: 'succeeded',
        warnings: ['skipped: the first sync has not finished'],
        fetched: 0,
      });
      expect(await cut.ds.query('SELECT value FROM sync_state WHERE key = $1', [MATTER_WATERMARK])).toEqual([]);

      // Rerun: it resumes from the cursor and reads again only what it had not stored.
      const before = replay.requests.length;
      await expect(cut.jobs.run('elms.poll')).resolves.toMatchObject({ status: 'succeeded' });
      const detailRequests = replay.requests.slice(before).filter((r) => /^\/matter\/[0-9A-F-]{36}$/i.test(r.path)).length;
      expect(detailRequests).toBeLessThanOrEqual(MATTERS - storedBefore + Number(STEP) + 1);
      const [resumed] = await cut.ds.query(`SELECT params FROM scrape_run WHERE status = 'succeeded' ORDER BY started_at DESC LIMIT 1`);
      expect(resumed.params.resumedFrom).toMatchObject({ phase: 'matters' });

      expect(await logicalSnapshot(cut.ds)).toEqual(expected);
    } finally {
      for (const c of [whole, cut]) {
        await c.app.close();
        await c.db.drop();
      }
    }
  });
});
