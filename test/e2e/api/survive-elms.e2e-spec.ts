import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiApp, ApiTestApp } from '../../support/api-app';
import { gql } from '../../support/graphql-client';
import { syntheticBrokenClone, syntheticNullActionDateClone, writeMessyClonesFolder } from '../../support/fixtures/synthetic-messy-clones';
import { writeSyntheticElmsFolder } from '../../support/fixtures/synthetic-o2023-0004222';

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

describe('Surviving the real eLMS: one bad record does not stop the tracker', () => {
  let t: ApiTestApp;
  let dir: string;

  beforeAll(async () => {
    dir = writeMessyClonesFolder(tempDir('elms-messy-'));
    t = await startApiApp({ replay: { dir } });
  });

  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores the real matter and the messy clone, and quarantines the broken clone with its field path', async () => {
    const ds = t.app.get(DataSource);
    const stored = await ds.query(
      `SELECT record_number FROM matter WHERE record_number IN ('SO2025-0019977', 'SO2025-9990001', 'SO2025-9990002') ORDER BY 1`,
    );
    expect(stored.map((r: { record_number: string }) => r.record_number)).toEqual(['SO2025-0019977', 'SO2025-9990001']);
    const [nullDated] = await ds.query(
      `SELECT a.action_date FROM matter_action a JOIN matter m ON m.id = a.matter_id WHERE m.record_number = 'SO2025-9990001' AND a.ordinal = 0`,
    );
    expect(nullDated.action_date).toBeNull();

    const res = await gql(
      t.app,
      '{ quarantinedRecords(first: 10) { totalCount edges { node { kind sourceId fieldPath message url timesSeen } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.quarantinedRecords.totalCount).toBe(1);
    expect(res.data.quarantinedRecords.edges[0].node).toMatchObject({
      kind: 'matter',
      sourceId: syntheticBrokenClone().matterId,
      fieldPath: 'actions',
      timesSeen: 1,
    });
    expect(res.data.quarantinedRecords.edges[0].node.url).toContain(`/matter/${syntheticBrokenClone().matterId}`);

    const runs = await gql(t.app, '{ scrapeRuns(first: 1, kinds: ["elms.poll"]) { edges { node { status quarantined errorCode } } } }');
    expect(runs.data.scrapeRuns.edges[0].node).toEqual({ status: 'Partial', quarantined: 1, errorCode: null });
  });

  it('flags anomalies per matter as data-quality notes, in GraphQL and quietly on the page', async () => {
    const res = await gql(
      t.app,
      `{
      real: matter(recordNumber: "SO2025-0019977") { dataQuality { kind detail } }
      messy: matter(recordNumber: "SO2025-9990001") { dataQuality { kind detail } }
    }`,
    );
    expect(res.errors).toBeUndefined();
    // The real capture: its newest action (Substituted, 2026-07-08) names no body, and the 2026-07-15
    // agenda records it Passed while the matter's actions (published 2026-07-10) do not.
    expect(res.data.real.dataQuality).toEqual([
      { kind: 'ACTION_WITHOUT_BODY', detail: 'Substituted of 2026-07-08 names no acting body' },
      {
        kind: 'AGENDA_RESULT_WITHOUT_ACTION',
        detail: 'The agenda of City Council on 2026-07-15 records Passed, which no action of the matter shows',
      },
    ]);
    expect(res.data.messy.dataQuality).toEqual([
      { kind: 'ACTION_WITHOUT_BODY', detail: 'Substituted names no acting body' },
      { kind: 'ACTION_WITHOUT_DATE', detail: 'Substituted has no date' },
    ]);
    const page = await request(t.app.getHttpServer()).get('/matters/SO2025-9990001');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<details class="data-quality"><summary>A note on the source record (2 items)</summary>');
    expect(page.text).toContain('A step has no date');
    const es = await request(t.app.getHttpServer()).get('/matters/SO2025-9990001?lang=es');
    expect(es.text).toContain('Un paso no tiene fecha');
  });

  it('answers /health ok below the quarantine threshold, with the counts', async () => {
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: true, quarantined: 1, consecutiveFailures: 0, reasons: [] });
    expect(res.body.matters).toBeGreaterThanOrEqual(2);
    expect(Date.parse(res.body.lastSuccessAt)).not.toBeNaN();
  });

  it('exports the runs, the quarantine and eLMS requests at /metrics', async () => {
    const res = await request(t.app.getHttpServer()).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toContain('tracker_scrape_runs{job="elms.poll",status="partial"} 1');
    expect(res.text).toContain('tracker_quarantined_records{kind="matter"} 1');
    expect(res.text).toMatch(/tracker_elms_requests_total\{outcome="200"\} [1-9]\d*/);
    expect(res.text).toContain('tracker_health_degraded 0');
    expect(res.text).toMatch(/tracker_last_success_age_seconds\{job="elms.poll"\} \d/);
    expect(res.text).toContain('tracker_queue_depth{queue="outbox"}');
  });

  it('retries the quarantined record every poll and releases it once the source is fixed', async () => {
    const fixed = syntheticBrokenClone();
    fixed.actions = syntheticNullActionDateClone().actions.map((a: Record<string, unknown>, i: number) => ({
      ...a,
      historyId: `fixed-${i}`,
    }));
    fixed.lastPublicationDate = '2026-07-11T00:00:00+00:00';
    fs.writeFileSync(path.join(dir, 'matter-detail-synthetic-broken-clone.json'), JSON.stringify(fixed));
    t.replay.reload();
    const { ScraperModule, SyncJobsService } = await import('@app/scraper');
    const outcome = await t.app.select(ScraperModule).get(SyncJobsService).run('elms.poll');
    expect(outcome).toMatchObject({ status: 'succeeded', quarantined: 0 });
    const res = await gql(
      t.app,
      '{ quarantinedRecords(first: 10) { totalCount } matter(recordNumber: "SO2025-9990002") { recordNumber } }',
    );
    expect(res.data).toEqual({ quarantinedRecords: { totalCount: 0 }, matter: { recordNumber: 'SO2025-9990002' } });
  });
});

describe('Health is degraded when the quarantine threshold is crossed', () => {
  let t: ApiTestApp;
  let dir: string;

  beforeAll(async () => {
    dir = writeMessyClonesFolder(tempDir('elms-messy-'));
    t = await startApiApp({
      replay: { dir },
      env: { HEALTH_MAX_QUARANTINED: '0', HEALTH_DEGRADED_503: 'true', METRICS_TOKEN: 'prom-secret' },
    });
  });

  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 degraded with the reason, and metrics (behind METRICS_TOKEN) say so', async () => {
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({
      status: 'degraded',
      database: true,
      quarantined: 1,
      reasons: ['1 records in quarantine (more than 0)'],
    });
    expect((await request(t.app.getHttpServer()).get('/metrics')).status).toBe(401);
    expect((await request(t.app.getHttpServer()).get('/metrics').set('Authorization', 'Bearer wrong')).status).toBe(401);
    const metrics = await request(t.app.getHttpServer()).get('/metrics').set('Authorization', 'Bearer prom-secret');
    expect(metrics.text).toContain('tracker_health_degraded 1');
  });
});

describe('Tracked matters first: an old tracked matter appears within the first poll', () => {
  let t: ApiTestApp;
  let dir: string;

  beforeAll(async () => {
    dir = writeSyntheticElmsFolder(tempDir('elms-synthetic-'));
    // A 30-day window from today: O2023-0004222 (last published 2025-01-08) is far outside it.
    t = await startApiApp({ replay: { dir }, env: { INITIAL_SYNC_DAYS: '30' } });
  });

  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers matter(recordNumber: "O2023-0004222") after the first poll, by the tracked look-up', async () => {
    const res = await gql(t.app, '{ matter(recordNumber: "O2023-0004222") { recordNumber tracked lastPublicationDate } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.matter).toMatchObject({ recordNumber: 'O2023-0004222', tracked: true });
    const paths = t.replay.requests.map((r) => decodeURIComponent(r.path));
    expect(paths.some((p) => p.startsWith('/matter?') && p.includes("recordNumber eq 'O2023-0004222'"))).toBe(true);
  });
});
