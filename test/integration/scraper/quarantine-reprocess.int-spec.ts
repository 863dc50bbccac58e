import { gzipSync } from 'node:zlib';
import { QuarantineReprocessService } from '@app/scraper';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { createScraperContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { readCapture } from '../../support/fixtures/captures';
import { replayEnv, startReplay } from '../../support/replay';

type Json = Record<string, any>;

/** A row as an earlier version of the tracker would have left it: the record kept raw, with why it failed then. */
async function quarantineRaw(ds: DataSource, kind: string, sourceId: string, doc: unknown, fieldPath: string): Promise<void> {
  const raw = JSON.stringify(doc);
  await ds.query(
    `INSERT INTO quarantined_record (kind, source_key, source_id, url, field_path, message, issues, body_gzip, content_hash, first_seen_at, last_seen_at)
     VALUES ($1, $2, $2, $3, $4, 'failed then', '[]'::jsonb, $5, md5($6), now() - interval '1 day', now() - interval '1 day')`,
    [kind, sourceId, `https://api.chicityclerkelms.chicago.gov/matter/${sourceId}`, fieldPath, gzipSync(Buffer.from(raw)), raw],
  );
}

describe('Re-processing quarantine from the stored raw copies (after a fix)', () => {
  let replay: ReplayServer;
  let db: TestDatabase;
  let app: TestingModule;
  let ds: DataSource;

  beforeAll(async () => {
    replay = await startReplay();
    db = await createTestDatabase(replayEnv(replay));
    app = await createScraperContext(db);
    ds = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await replay?.close();
  });

  it('stores what validates now, keeps what still fails with its current reason, and asks eLMS nothing', async () => {
    const sound: Json = readCapture('matter-detail-SO2025-0019977.json');
    const broken = {
      ...structuredClone(sound),
      matterId: 'B0000000-0000-4000-8000-00000000000B',
      recordNumber: 'SO2025-9990009',
      title: 42,
    };
    await quarantineRaw(ds, 'matter', sound.matterId, sound, 'actions[0].actionDate');
    await quarantineRaw(ds, 'matter', broken.matterId, broken, 'title');

    const summary = await app.get(QuarantineReprocessService).reprocess();
    expect(summary).toMatchObject({ kind: 'elms.reprocess-quarantine', stored: 1, stillFailing: 1, waiting: 0, created: 1 });
    expect(replay.requests).toEqual([]);

    const [m] = await ds.query('SELECT record_number, title FROM matter');
    expect(m).toEqual({ record_number: 'SO2025-0019977', title: sound.title });
    expect(await ds.query('SELECT source_id, field_path, times_seen FROM quarantined_record')).toEqual([
      { source_id: broken.matterId, field_path: 'title', times_seen: 2 },
    ]);
    const [run] = await ds.query(`SELECT kind, status, quarantined FROM scrape_run`);
    expect(run).toEqual({ kind: 'elms.reprocess-quarantine', status: 'partial', quarantined: 1 });
  });
});
