import { gunzipSync } from 'node:zlib';
import { MATTER_WATERMARK, SyncJobsService } from '@app/scraper';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReplayServer } from '../../../apps/replay/src';
import { createScraperContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { readCapture } from '../../support/fixtures/captures';
import { DRIFTED_FIELD_PATH, driftMatter, republishListRows } from '../../support/fixtures/synthetic-drifted-matter';
import { replayEnv, startReplay } from '../../support/replay';
import { scalar, snapshotData } from '../../support/snapshot';

type Json = Record<string, any>;

async function rawDocs(ds: DataSource, kind: string): Promise<Map<string, unknown>> {
  const rows: { source_id: string; body_gzip: Buffer }[] = await ds.query('SELECT source_id, body_gzip FROM raw_document WHERE kind = $1', [
    kind,
  ]);
  return new Map(rows.map((r) => [r.source_id, JSON.parse(gunzipSync(r.body_gzip).toString('utf8'))]));
}

describe('eLMS poll against the replayed captures', () => {
  let replay: ReplayServer;
  let db: TestDatabase;
  let app: TestingModule;
  let ds: DataSource;
  let jobs: SyncJobsService;

  beforeAll(async () => {
    replay = await startReplay();
    // Reach back far enough that the first poll covers every capture (the 2023 meeting list too).
    db = await createTestDatabase({ ...replayEnv(replay), INITIAL_SYNC_DAYS: '5000' });
    app = await createScraperContext(db);
    ds = app.get(DataSource);
    jobs = app.get(SyncJobsService);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await replay?.close();
  });

  it('ingests every capture with no field lost', async () => {
    const summary = await jobs.run('elms.poll');
    // The seeded watchlist names O2023-0004222, which no capture holds: looked up, reported, not fatal.
    expect(summary).toMatchObject({ status: 'succeeded', quarantined: 0, warnings: ['tracked O2023-0004222 not found in eLMS'] });

    const matter: Json = readCapture('matter-detail-SO2025-0019977.json');
    const [row] = await ds.query('SELECT * FROM matter WHERE record_number = $1', ['SO2025-0019977']);
    expect(row).toMatchObject({
      matter_id: matter.matterId,
      status: '5-Council Consideration',
      sub_status: 'Recommended to Pass',
      type: 'Ordinance',
      title: matter.title,
      filing_sponsor: 'Lopez, Raymond A.',
      committee_referral: 'Committee on Budget and Government Operations',
      original_record_number: 'O2025-0019977',
      relations: ['SO2025-0019977'],
    });
    expect(row.introduction_date.toISOString()).toBe('2025-09-25T15:00:00.000Z');
    expect(row.last_publication_date.toISOString()).toBe('2026-07-10T22:45:01.000Z');
    const actions = await ds.query('SELECT action_name, history_id FROM matter_action WHERE matter_id = $1 ORDER BY ordinal', [row.id]);
    expect(actions).toEqual(matter.actions.map((a: Json) => ({ action_name: a.actionName, history_id: a.historyId })));
    expect(await scalar(ds, 'SELECT count(*)::int FROM matter_sponsor WHERE matter_id = $1', [row.id])).toBe(matter.sponsors.length);
    expect(await scalar(ds, 'SELECT count(*)::int FROM matter_attachment WHERE matter_id = $1', [row.id])).toBe(matter.attachments.length);

    // The raw copy is the document as served, every field included.
    expect((await rawDocs(ds, 'matter')).get(matter.matterId)).toEqual(matter);

    const agenda: Json = readCapture('meeting-agenda-detail-city-council-2026-07-15.json');
    expect((await rawDocs(ds, 'meeting_agenda')).get(agenda.meetingId)).toEqual(agenda);
    const [meeting] = await ds.query('SELECT * FROM meeting WHERE meeting_id = $1', [agenda.meetingId]);
    expect(meeting).toMatchObject({ body_name: 'City Council', meeting_code: 'M26-0001511', status: 'Scheduled & Published' });
    expect(meeting.public_comment_deadline.toISOString()).toBe('2026-07-15T14:00:00.000Z');
    expect(await scalar(ds, 'SELECT count(*)::int FROM meeting_agenda_item WHERE meeting_id = $1', [meeting.id])).toBe(473);
    expect(await scalar(ds, 'SELECT count(*)::int FROM meeting_file WHERE meeting_id = $1', [meeting.id])).toBe(3);
    expect(await scalar(ds, 'SELECT count(*)::int FROM meeting_attendance WHERE meeting_id = $1', [meeting.id])).toBe(50);
    const rule41 = await ds.query(`SELECT file_name, attachment_type FROM meeting_file WHERE file_name LIKE 'Rule 41%'`);
    expect(rule41).toEqual([{ file_name: 'Rule 41 Hadden O2026-0024083_1 (1).pdf', attachment_type: 'Miscellaneous Business' }]);

    const list: Json = readCapture('meeting-list-2023-09.json');
    const listRows = await rawDocs(ds, 'meeting_list_row');
    for (const r of list.data) expect(listRows.get(r.meetingId)).toEqual(r);
    expect(await scalar(ds, 'SELECT count(*)::int FROM meeting')).toBe(100);

    const body: Json = readCapture('body-office-of-the-mayor.json');
    expect((await rawDocs(ds, 'body')).get(body.bodyId)).toEqual(body);
    expect(await scalar(ds, 'SELECT count(*)::int FROM body_member')).toBe(body.members.length);
    const person: Json = readCapture('person-zalewski.json');
    expect((await rawDocs(ds, 'person')).get(person.personId)).toEqual(person);
    const [p] = await ds.query('SELECT display_name, ward, office_phone FROM person');
    expect(p).toEqual({ display_name: 'Zalewski, Michael R.', ward: '23', office_phone: '(312) 744-6828 / 5683' });

    expect(await ds.query('SELECT value FROM sync_state WHERE key = $1', [MATTER_WATERMARK])).toEqual([
      { value: '2026-07-10T22:45:01+00:00' },
    ]);
  });

  it('writes no row when nothing changed, and a no-change poll costs three requests', async () => {
    const before = await snapshotData(ds);
    const requestsBefore = replay.requests.length;
    const summary = await jobs.run('elms.poll');
    expect(summary).toMatchObject({ status: 'succeeded', created: 0, updated: 0 });
    expect(await snapshotData(ds)).toEqual(before);
    const paths = replay.requests.slice(requestsBefore).map((r) => r.path.split('?')[0]);
    // The window, the tracked matters' re-check (one filtered list), the meetings.
    expect(paths).toEqual(['/matter', '/matter', '/meeting']);
  });

  it('re-reading identical documents (a sweep) writes no row either', async () => {
    const before = await snapshotData(ds);
    const summary = await jobs.run('elms.sweep');
    expect(summary).toMatchObject({ status: 'succeeded', created: 0, updated: 0 });
    expect(await snapshotData(ds)).toEqual(before);
  });

  it.each([
    ['truncated body', { kind: 'truncate' as const }, 'ELMS_PARSE'],
    ['malformed JSON', { kind: 'malformed' as const }, 'ELMS_PARSE'],
    ['HTTP 503', { kind: 'status' as const, status: 503 }, 'ELMS_HTTP'],
  ])('fails a run on a %s, records why, and the next run succeeds', async (_name, fault, code) => {
    const before = await snapshotData(ds);
    replay.setFaults([
      { match: (p) => p.startsWith('/matter?'), kind: 'drift', patch: republishListRows },
      { match: (p) => p.startsWith('/matter/'), ...fault },
    ]);
    await expect(jobs.run('elms.poll')).rejects.toMatchObject({ code });
    expect(await snapshotData(ds)).toEqual(before);
    const [failed] = await ds.query(`SELECT status, error_code, requests FROM scrape_run ORDER BY started_at DESC LIMIT 1`);
    expect(failed).toMatchObject({ status: 'failed', error_code: code });
    // Retries happened: the list, then the detail up to 1 + ELMS_MAX_RETRIES (2) times.
    expect(failed.requests).toBeGreaterThanOrEqual(3);

    replay.setFaults([]);
    await expect(jobs.run('elms.poll')).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('keeps unknown enum-like values verbatim', async () => {
    replay.setFaults([
      { match: (p) => p.startsWith('/matter?'), kind: 'drift', patch: republishListRows },
      {
        match: (p) => p.startsWith('/matter/'),
        kind: 'drift',
        patch: (d: any) => ({
          ...d,
          lastPublicationDate: '2026-09-01T00:00:00+00:00',
          status: '9-Brand New Status',
          actions: d.actions.map((a: Json, i: number) => (i === 0 ? { ...a, actionName: 'Ceremonially Teleported' } : a)),
        }),
      },
    ]);
    await jobs.run('elms.poll');
    replay.setFaults([]);
    const [m] = await ds.query(`SELECT status FROM matter WHERE record_number = 'SO2025-0019977'`);
    expect(m.status).toBe('9-Brand New Status');
    expect(await ds.query(`SELECT action_name FROM matter_action WHERE ordinal = 0`)).toEqual([{ action_name: 'Ceremonially Teleported' }]);
  });

  it('a tracked re-check that eLMS refuses (400) is a warning, not a stalled poll', async () => {
    replay.setFaults([
      { match: (p) => p.startsWith('/matter?') && decodeURIComponent(p).includes('recordNumber eq'), kind: 'status', status: 400 },
    ]);
    const summary = await jobs.run('elms.poll');
    replay.setFaults([]);
    expect(summary).toMatchObject({ status: 'succeeded' });
    expect(summary.status !== 'skipped' && summary.warnings.some((w) => w.startsWith('tracked re-check refused by eLMS (400)'))).toBe(true);
  });

  it('lets only one of two concurrent polls run', async () => {
    const other = db.config.database.kind === 'postgres' ? await createScraperContext(db) : app;
    try {
      const results = await Promise.all([jobs.run('elms.poll'), other.get(SyncJobsService).run('elms.poll')]);
      expect(results.map((r) => r.status).sort()).toEqual(['skipped', 'succeeded']);
    } finally {
      if (other !== app) await other.close();
    }
  });
  it('quarantines a drifted record with its field path, stores the rest, and releases it once it is sound', async () => {
    // Republished later than anything stored so far, so the poll reads the detail.
    const at = (lpd: string) => (b: unknown) => {
      const d = b as Json;
      return Array.isArray(d.data)
        ? { ...d, data: d.data.map((r: Json) => ({ ...r, lastPublicationDate: lpd })) }
        : { ...d, lastPublicationDate: lpd };
    };
    const matter: Json = readCapture('matter-detail-SO2025-0019977.json');
    const [before] = await ds.query('SELECT last_publication_date, content_hash FROM matter WHERE matter_id = $1', [matter.matterId]);
    replay.setFaults([
      { match: (p) => p.startsWith('/matter?'), kind: 'drift', patch: at('2027-01-01T00:00:00+00:00') },
      { match: (p) => p.startsWith('/matter/'), kind: 'drift', patch: (b: unknown) => driftMatter(at('2027-01-01T00:00:00+00:00')(b)) },
    ]);
    const summary = await jobs.run('elms.poll');
    expect(summary).toMatchObject({ status: 'partial', quarantined: 1 });
    const [run] = await ds.query(`SELECT status, quarantined, error_code FROM scrape_run ORDER BY started_at DESC LIMIT 1`);
    expect(run).toEqual({ status: 'partial', quarantined: 1, error_code: null });
    const [q] = await ds.query('SELECT kind, source_id, field_path, message, url, times_seen, body_gzip FROM quarantined_record');
    expect(q).toMatchObject({ kind: 'matter', source_id: matter.matterId, field_path: DRIFTED_FIELD_PATH, times_seen: 1 });
    expect(q.url).toContain(`/matter/${matter.matterId}`);
    // Kept exactly as served: the raw copy is the drifted document.
    expect(JSON.parse(gunzipSync(q.body_gzip).toString('utf8')).actions[1].actionDate).toBe(20260708);
    // The stored matter is untouched by the bad copy.
    expect(await ds.query('SELECT last_publication_date, content_hash FROM matter WHERE matter_id = $1', [matter.matterId])).toEqual([
      before,
    ]);

    // Every run retries it; still broken, it is seen again (not duplicated).
    await jobs.run('elms.poll');
    expect(await ds.query('SELECT times_seen FROM quarantined_record')).toEqual([{ times_seen: 2 }]);

    // The source is fixed: the next run stores it and it leaves quarantine.
    replay.setFaults([{ match: (p) => p.startsWith('/matter'), kind: 'drift', patch: at('2027-01-02T00:00:00+00:00') }]);
    await expect(jobs.run('elms.poll')).resolves.toMatchObject({ status: 'succeeded', quarantined: 0 });
    expect(await scalar(ds, 'SELECT count(*)::int FROM quarantined_record')).toBe(0);
    const [after] = await ds.query('SELECT last_publication_date FROM matter WHERE matter_id = $1', [matter.matterId]);
    expect(after.last_publication_date.toISOString()).toBe('2027-01-02T00:00:00.000Z');
    replay.setFaults([]);
  });

  it('fails the whole run on systemic drift (a changed list envelope), names it, and leaves every row as it was', async () => {
    const before = await snapshotData(ds);
    replay.setFaults([
      { match: (p) => p.startsWith('/matter?'), kind: 'drift', patch: (b: unknown) => ({ items: (b as Json).data, total: 1 }) },
    ]);
    await expect(jobs.run('elms.poll')).rejects.toMatchObject({ code: 'ELMS_SCHEMA' });
    expect(await snapshotData(ds)).toEqual(before);
    const [run] = await ds.query(`SELECT status, error_code, error_message FROM scrape_run ORDER BY started_at DESC LIMIT 1`);
    expect(run).toMatchObject({ status: 'failed', error_code: 'ELMS_SCHEMA' });
    expect(run.error_message).toContain('data');
    replay.setFaults([]);
  });
});
