import { MatterLifecycleService } from '@app/legislation';
import { MatterEntity } from '../../../libs/legislation/src/entities/matter.entity';
import { ElmsBackfillService } from '@app/scraper';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { createScraperContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { replayEnv, startReplay } from '../../support/replay';
import { scalar } from '../../support/snapshot';

const MATTERS = 120;
const RANGE = { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2030-01-01T00:00:00Z') };

describe('eLMS backfill', () => {
  let replay: ReplayServer;
  let db: TestDatabase;
  let app: TestingModule;
  let ds: DataSource;
  let backfill: ElmsBackfillService;

  beforeAll(async () => {
    // The real matter capture cloned to 120 matters (ids and record numbers rewritten).
    replay = await startReplay({ scale: MATTERS });
    db = await createTestDatabase({ ...replayEnv(replay), ELMS_PAGE_SIZE: '25' });
    app = await createScraperContext(db);
    ds = app.get(DataSource);
    backfill = app.get(ElmsBackfillService);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await replay?.close();
  });

  it('resumes after being killed midway and leaves no duplicates', async () => {
    let details = 0;
    replay.setFaults([{ match: (p) => p.startsWith('/matter/') && ++details > 35, kind: 'status', status: 500 }]);
    const progress: number[] = [];
    await expect(backfill.backfill({ ...RANGE, stepSize: 10, onProgress: (p) => progress.push(p.processed) })).rejects.toMatchObject({
      code: 'ELMS_HTTP',
    });
    expect(progress).toEqual([10, 20, 30]);
    expect(await scalar(ds, 'SELECT count(*)::int FROM matter')).toBe(30);
    // What a SIGKILL leaves behind: the run still marked running, its cursor at the last committed step.
    const [first] = await ds.query(`SELECT id, cursor FROM scrape_run WHERE kind = 'elms.backfill'`);
    expect(first.cursor).toMatchObject({ phase: 'matters', processed: 30 });
    await ds.query(`UPDATE scrape_run SET status = 'running', finished_at = NULL WHERE id = $1`, [first.id]);

    replay.setFaults([]);
    const requestsBefore = replay.requests.length;
    const result = await backfill.backfill({ ...RANGE, stepSize: 10 });
    expect(result).toMatchObject({ status: 'succeeded', resumedFrom: first.id });
    // Only the matters not yet stored were fetched in detail on the rerun.
    const detailFetches = replay.requests.slice(requestsBefore).filter((r) => r.path.startsWith('/matter/')).length;
    expect(detailFetches).toBe(MATTERS - 30);

    expect(await scalar(ds, 'SELECT count(*)::int FROM matter')).toBe(MATTERS);
    expect(await scalar(ds, 'SELECT count(DISTINCT record_number)::int FROM matter')).toBe(MATTERS);
    expect(await scalar(ds, `SELECT count(*)::int FROM raw_document WHERE kind = 'matter'`)).toBe(MATTERS);
    expect(await scalar(ds, 'SELECT count(*)::int FROM matter_action')).toBe(MATTERS * 3);
    expect(await ds.query(`SELECT status, error_code FROM scrape_run WHERE id = $1`, [first.id])).toEqual([
      { status: 'interrupted', error_code: 'ABANDONED' },
    ]);
  });

  it('stores each new matter with the stage its whole lifecycle gives it, and announces none', async () => {
    const matters = await ds.getRepository(MatterEntity).find();
    const live = await app.get(MatterLifecycleService).forMatters(matters);
    expect(matters).toHaveLength(MATTERS);
    for (const m of matters)
      expect([m.recordNumber, m.stage, m.stageSince]).toEqual([m.recordNumber, live.get(m.id)!.stage.stage, live.get(m.id)!.stage.since]);
    expect(await scalar(ds, `SELECT count(*)::int FROM outbox_event WHERE type = 'matter.stage_changed'`)).toBe(0);
  });

  it('a completed range backfilled again writes nothing new', async () => {
    const before = await scalar(ds, 'SELECT count(*)::int FROM raw_document');
    const result = await backfill.backfill({ ...RANGE, stepSize: 50 });
    expect(result).toMatchObject({ status: 'succeeded', resumedFrom: null, created: 0, updated: 0 });
    expect(await scalar(ds, 'SELECT count(*)::int FROM raw_document')).toBe(before);
  });

  it('stops cleanly when interrupted and records the run as interrupted', async () => {
    const abort = new AbortController();
    const range = { from: new Date('2019-01-01T00:00:00Z'), to: new Date('2031-01-01T00:00:00Z') };
    await expect(
      backfill.backfill({ ...range, stepSize: 10, signal: abort.signal, onProgress: () => abort.abort() }),
    ).rejects.toMatchObject({ code: 'INTERRUPTED' });
    const [run] = await ds.query(`SELECT status, cursor FROM scrape_run ORDER BY started_at DESC LIMIT 1`);
    expect(run).toMatchObject({ status: 'interrupted', cursor: { phase: 'matters', processed: 10 } });
  });
});
