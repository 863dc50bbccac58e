import { DataQualityKind, MatterQueryService } from '@app/legislation';
import { SyncJobsService } from '@app/scraper';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { FlaggedMess, ReplayServer } from '../../../apps/replay/src';
import { createScraperContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { replayEnv, startReplay } from '../../support/replay';
import { scalar } from '../../support/snapshot';

/** Full size is `MESSY_SCALE=30000` (minutes); the default keeps `npm test` quick. */
const SCALE = Number(process.env.MESSY_SCALE ?? 1500);
const SEED = 20261130;
const CLONE = (rn: string) => /-9\d{6}$/.test(rn);

describe(`A messy eLMS at scale (${SCALE} matters, seed ${SEED})`, () => {
  let replay: ReplayServer;
  let db: TestDatabase;
  let app: TestingModule;
  let ds: DataSource;
  let jobs: SyncJobsService;

  beforeAll(async () => {
    replay = await startReplay({ scale: SCALE, mess: SEED });
    db = await createTestDatabase({ ...replayEnv(replay), INITIAL_SYNC_DAYS: '5000' });
    app = await createScraperContext(db);
    ds = app.get(DataSource);
    jobs = app.get(SyncJobsService);
  }, 600_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await replay?.close();
  });

  it('a first sync and three polls store or quarantine every served record, none lost, none duplicated, anomalies counted exactly', async () => {
    const manifest = replay.store.messManifest!;
    expect(manifest.broken.length).toBeGreaterThan(0);
    const clones = replay.store.clones();
    const good = clones.filter((c) => !manifest.broken.includes(String(c.matterId)));

    const first = await jobs.run('elms.poll');
    expect(first).toMatchObject({ status: 'partial', quarantined: manifest.broken.length });

    // eLMS republishes records between polls: three polls with 5, 3 and 0 changes.
    const now = Date.now();
    for (const [i, changed] of [5, 3, 0].entries()) {
      const ids = good.slice(i * 10, i * 10 + changed).map((c) => String(c.matterId));
      replay.store.republish(ids, new Date(now + (i + 1) * 60_000).toISOString().replace(/\.\d{3}Z$/, '+00:00'), (d) => {
        d['statusDescription'] = `republished ${i}`;
      });
      const poll = await jobs.run('elms.poll');
      expect(poll).toMatchObject({ status: 'partial', updated: changed });
    }

    // Every served clone is either stored or quarantined, exactly once.
    const stored: { record_number: string; matter_id: string }[] = await ds.query('SELECT record_number, matter_id FROM matter');
    const storedClones = stored.filter((r) => CLONE(r.record_number));
    expect(new Set(storedClones.map((r) => r.matter_id)).size).toBe(storedClones.length);
    expect(new Set(storedClones.map((r) => r.record_number)).size).toBe(storedClones.length);
    expect(storedClones.map((r) => r.matter_id).sort()).toEqual(good.map((c) => String(c.matterId).toUpperCase()).sort());
    const quarantined: { kind: string; source_id: string }[] = await ds.query(
      'SELECT kind, source_id FROM quarantined_record ORDER BY source_id',
    );
    expect(quarantined).toEqual([...manifest.broken].sort().map((id) => ({ kind: 'matter', source_id: id })));
    expect(storedClones.length + quarantined.length).toBe(manifest.clones);
    // Trailing spaces were trimmed on the way in.
    expect(await scalar(ds, `SELECT count(*)::int FROM matter WHERE record_number <> trim(record_number)`)).toBe(0);
    expect(await scalar(ds, `SELECT count(*)::int FROM matter WHERE status_description LIKE 'republished%'`)).toBe(8);

    // Each anomaly the mess introduced is flagged on exactly the matters that carry it.
    const notes = await app
      .get(MatterQueryService)
      .dataQualityByMatterIds((await ds.query('SELECT id FROM matter')).map((r: { id: string }) => r.id));
    const recordOf = new Map<string, string>(
      (await ds.query('SELECT id, record_number FROM matter')).map((r: { id: string; record_number: string }) => [r.id, r.record_number]),
    );
    for (const kind of Object.keys(manifest.flagged) as FlaggedMess[]) {
      expect({ kind, n: manifest.flagged[kind].length > 0 }).toEqual({ kind, n: true });
      const flagged = [
        ...new Set(
          notes
            .filter((n) => n.kind === DataQualityKind[kind])
            .map((n) => recordOf.get(n.matterId)!)
            .filter(CLONE),
        ),
      ].sort();
      expect({ kind, flagged }).toEqual({ kind, flagged: [...manifest.flagged[kind]].sort() });
    }
    const unexpected = notes.filter((n) => CLONE(recordOf.get(n.matterId)!) && !(n.kind in manifest.flagged));
    expect(unexpected).toEqual([]);
  }, 600_000);
});
