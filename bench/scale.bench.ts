/**
 * Scale benchmark: `npm run bench:scale` (see bench/README.md, "Scale on PostgreSQL").
 *
 * A fresh PostgreSQL database (DATABASE_URL's server) migrated by the real migrations and filled in SQL with
 * BENCH_MATTERS matters (200,000; bench/scale-data.ts), then the api in this process with its response cache off,
 * and for every scenario a fresh autocannon process (bench/load-process.ts) at BENCH_CONCURRENCY (8) connections:
 * the first page of `matters` with each filter, `/`, `/search` and the tracked Atom feed. Beside each row: the indexes the scenario's
 * queries walked and the sequential scans they ran (deltas of pg_stat_user_indexes / pg_stat_user_tables).
 * Exits 1 if any request failed or a page came back empty.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { AppConfig, createAppLogger } from '@app/core';
import { MatterLifecycleService } from '@app/legislation';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { ApiModule } from '../apps/api/src/api.module';
import { configureApi } from '../apps/api/src/bootstrap-api';
import { runMigrations } from '../apps/cli/src/run-migrations';
import { loadInChild } from './child-processes';
import { createBenchDatabase } from './bench-db';
import { BenchCheckError, CleanupStack, runBench, runSuffix } from './bench-run';
import type { LoadRequest } from './load-process';
import { scaleDataSql } from './scale-data';

const PAGE = 'edges { node { recordNumber title stage { stage } } } pageInfo { hasNextPage endCursor }';

/** The first page of `matters` per filter (GraphQL literal), as the README's table lists them. */
const FILTERS: [string, string][] = [
  ['no filter', ''],
  ['status: "Passed"', 'status: "Passed"'],
  ['type: "Resolution"', 'type: "Resolution"'],
  ['committee: "Zoning"', 'committee: "Zoning"'],
  ['sponsor: "Hadden"', 'sponsor: "Hadden"'],
  ['introducedFrom/To (2015)', 'introducedFrom: "2015-01-01T00:00:00Z", introducedTo: "2016-01-01T00:00:00Z"'],
  ['text: "parking"', 'text: "parking"'],
  ['stage: ON_AGENDA', 'stage: ON_AGENDA'],
  ['chapter: "2-173"', 'chapter: "2-173"'],
  ['tracked: true', 'tracked: true'],
  ['tracked: false', 'tracked: false'],
];

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return n;
}

function scenarios(): [string, LoadRequest][] {
  const out: [string, LoadRequest][] = [
    ['{ __typename }', { method: 'POST', path: '/graphql', body: '{"query":"{ __typename }"}', expect: '"Query"' }],
  ];
  for (const [label, filter] of FILTERS) {
    const query = `{ matters(first: 20${filter ? `, filter: { ${filter} }` : ''}) { ${PAGE} } }`;
    out.push([label, { method: 'POST', path: '/graphql', body: JSON.stringify({ query }), expect: '"recordNumber":"' }]);
  }
  out.push(['GET /', { method: 'GET', path: '/', expect: 'class="record-number"' }]);
  out.push(['GET /search?q=parking', { method: 'GET', path: '/search?q=parking', expect: 'class="record-number"' }]);
  out.push(['GET /feeds/tracked.atom', { method: 'GET', path: '/feeds/tracked.atom', expect: '<entry>' }]);
  return out;
}

type ScanCounts = Map<string, number>;

/** idx_scan per index and seq_scan per table (flushed by backends within a second of going idle). */
async function scanCounts(pg: Client): Promise<ScanCounts> {
  await pg.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await pg.query<{ k: string; n: string }>(
    `SELECT 'index ' || indexrelname AS k, idx_scan AS n FROM pg_stat_user_indexes
     UNION ALL SELECT 'seq ' || relname, seq_scan FROM pg_stat_user_tables`,
  );
  return new Map(rows.map((r) => [r.k, Number(r.n)]));
}

/** What grew between two counts, e.g. "matter_listing_idx ×1204, seq matter_sponsor ×602". */
function scanDelta(before: ScanCounts, after: ScanCounts, requests: number): string {
  const parts: string[] = [];
  for (const [k, n] of after) {
    const d = n - (before.get(k) ?? 0);
    // Below one per 20 requests is background work (the data-version poll, the rules look-up), not the scenario.
    if (d > 0 && d * 20 >= requests) parts.push(`${k.replace(/^index /, '')} ×${d}`);
  }
  return parts.join(', ') || '-';
}

async function main(cleanups: CleanupStack): Promise<number> {
  if (!process.env.DATABASE_URL) throw new Error('bench:scale measures PostgreSQL: set DATABASE_URL (a role that may CREATE DATABASE)');
  const scale = positiveInt('BENCH_MATTERS', 200_000);
  const connections = positiveInt('BENCH_CONCURRENCY', 8);
  const seconds = positiveInt('BENCH_SECONDS', 10);
  const db = await createBenchDatabase('tracker_bench_scale', runSuffix());
  if (process.env.BENCH_KEEP === '1') process.stderr.write(`BENCH_KEEP=1: keeping ${db.url}\n`);
  else cleanups.push(() => db.drop());

  const config = AppConfig.fromEnv({
    ...process.env,
    DATABASE_URL: db.url!,
    SCHEDULER_ENABLED: 'false',
    POLL_ON_START: 'false',
    RATE_LIMIT_ANONYMOUS: '0', // one load generator on loopback is not abuse
    RESPONSE_CACHE_MAX_BYTES: '0', // every answer rendered: the database's cost is the point
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  await runMigrations(config.database, 'up');
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  cleanups.push(() => pg.end());

  const t0 = performance.now();
  for (let start = 1; start <= scale; start += 50_000) {
    for (const sql of scaleDataSql(start, Math.min(50_000, scale - start + 1))) await pg.query(sql);
    process.stderr.write(`  ${Math.min(scale, start + 49_999)} matters\n`);
  }
  await pg.query('VACUUM ANALYZE');
  process.stderr.write(`filled ${scale} matters in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

  const app: INestApplication = await NestFactory.create(ApiModule.forRoot({ config }), { logger: createAppLogger(config) });
  cleanups.push(() => app.close());
  configureApi(app);
  // Every stage derived from the generated story and stored, as the sync stores it: pages serve them.
  const t1 = performance.now();
  const moved = await app.get(MatterLifecycleService).refreshStages('all', { announce: false });
  // Settled before measuring: the 200,000 updates' dead rows vacuumed and their pages written out.
  await pg.query('VACUUM ANALYZE matter');
  await pg.query('CHECKPOINT');
  process.stderr.write(`derived and stored ${moved} stages in ${((performance.now() - t1) / 1000).toFixed(1)} s\n`);
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

  const { rows: load } = await pg.query<{ l: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS l`);
  console.log(
    `scale benchmark — PostgreSQL, node ${process.version}, ${scale} matters (${load[0].l}), ${connections} connections, ` +
      `${seconds} s per row after 1 s warm-up, response cache off; load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
  );
  console.log(
    `${'scenario'.padEnd(28)} ${'req/s'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)}  scans per scenario`,
  );
  let failed = 0;
  for (const [label, request] of scenarios()) {
    const before = await scanCounts(pg);
    const r = await loadInChild({ url, connections, seconds, warmupSeconds: 1, requests: [request] });
    await new Promise((done) => setTimeout(done, 1500));
    const scans = scanDelta(before, await scanCounts(pg), r.requests);
    console.log(
      `${label.padEnd(28)} ${r.rps.toFixed(0).padStart(6)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.max).padStart(7)}  ${scans}`,
    );
    if (r.failures || !r.requests) {
      failed++;
      console.log(`  ${r.failures} failures of ${r.requests}: ${r.failureSamples.join(' | ')}`);
    }
  }
  if (failed) throw new BenchCheckError(`${failed} scenario(s) had failed requests or none completed`);
  return 0;
}

runBench(main);
