import { ElmsBackfillService } from '@app/scraper';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { createScraperContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { replayEnv, startReplay } from '../../support/replay';
import { scalar } from '../../support/snapshot';

const MATTERS = 120;
const STEP = 10;
const RANGE = { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2030-01-01T00:00:00Z') };

describe('a job whose lock was lost (fencing)', () => {
  let replay: ReplayServer;
  let db: TestDatabase;
  let a: TestingModule;
  let b: TestingModule;
  let ds: DataSource;

  /**
   * Worker A loses its lock. On PostgreSQL its lock session is killed, as a dropped connection
   * does. PGlite is one process, where two contexts already hold independent in-process locks:
   * B gets the lock as it would once A's is gone.
   */
  const loseLockOfA = async () => {
    if (!process.env.DATABASE_URL) return;
    const held = `FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
    await ds.query(`SELECT pg_terminate_backend(pid) ${held}`);
    // pg_terminate_backend only signals the session: its locks are gone once it has exited.
    for (let i = 0; (await scalar(ds, `SELECT count(*)::int ${held}`)) > 0; i++) {
      if (i === 200) throw new Error('the terminated lock session never exited');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  beforeAll(async () => {
    // The real matter capture cloned to 120 matters (ids and record numbers rewritten).
    replay = await startReplay({ scale: MATTERS });
    db = await createTestDatabase({ ...replayEnv(replay), ELMS_PAGE_SIZE: '25' });
    a = await createScraperContext(db);
    b = await createScraperContext(db);
    ds = b.get(DataSource);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
    await replay?.close();
  });

  it('cannot commit after another worker took the job over, and ends as interrupted, not succeeded', async () => {
    let stalled = false;
    let takeover: Promise<unknown> | undefined;
    // A's next detail request after its first step stalls (ELMS_TIMEOUT_MS), while B takes over.
    replay.setFaults([{ match: (p) => p.startsWith('/matter/') && stalled, kind: 'hang', times: 1 }]);
    const first = a.get(ElmsBackfillService).backfill({
      ...RANGE,
      stepSize: STEP,
      onProgress: () => {
        if (takeover) return;
        stalled = true;
        takeover = loseLockOfA().then(() => {
          stalled = false;
          return b.get(ElmsBackfillService).backfill({ ...RANGE, stepSize: STEP });
        });
      },
    });
    const outcome = await first.then(
      (r) => ({ ok: true, r }),
      (e: Error & { code?: string }) => ({ ok: false, code: e.code, message: e.message }),
    );
    const second = await takeover;

    expect(outcome).toMatchObject({ ok: false, code: 'LOCK_LOST' });
    expect(second).toMatchObject({ status: 'succeeded' });
    const runs: { status: string; error_code: string | null; requests: number }[] = await ds.query(
      `SELECT status, error_code, requests FROM scrape_run WHERE kind = 'elms.backfill' ORDER BY started_at`,
    );
    expect(runs.map((r) => r.status)).toEqual(['interrupted', 'succeeded']);
    expect(runs[0].error_code).toMatch(/^(LOCK_LOST|ABANDONED)$/);
    expect(runs[0].requests).toBeGreaterThan(0);
    expect(await scalar(ds, 'SELECT count(*)::int FROM matter')).toBe(MATTERS);
    expect(await scalar(ds, 'SELECT count(DISTINCT record_number)::int FROM matter')).toBe(MATTERS);
    // A stopped at its next step instead of fetching every matter again alongside B.
    const details = replay.requests.filter((r) => r.path.startsWith('/matter/')).length;
    expect(details).toBeLessThanOrEqual(MATTERS + 3 * STEP);
  });
});
