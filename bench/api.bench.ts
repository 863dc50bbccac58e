/**
 * Api benchmark: `npm run bench:api` (see bench/README.md).
 *
 * Fills a fresh database from the replay server (real captures scaled to BENCH_MATTERS, default
 * 1,000) with ElmsBackfillService, boots ApiModule on an ephemeral loopback port, and drives
 * POST /graphql with a closed-loop load generator (bench/api-load.ts) in three scenarios on the
 * same server in the same run:
 *   1. `{ __typename }`      — no resolver, no database: the cost of HTTP + Apollo + armor,
 *   2. `{ health { status } }` — a DB ping, a count and the last poll,
 *   3. `matter(recordNumber)` — the full matter (sponsors, actions with votes, attachments),
 *                               cycling over up to 100 stored record numbers,
 * then prints req/s and latency percentiles, and matter's throughput and p99 as multiples of each
 * baseline. On DATABASE_URL it uses a fresh PostgreSQL database; otherwise in-memory PGlite.
 * Exits 1 if any request failed.
 */
import 'reflect-metadata';
import { BenchCheckError, CleanupStack, runBench, runSuffix } from './bench-run';
import type { AddressInfo } from 'node:net';
import { AppConfig, createAppLogger } from '@app/core';
import { ElmsBackfillService, ScraperModule } from '@app/scraper';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ApiModule } from '../apps/api/src/api.module';
import { configureApi } from '../apps/api/src/bootstrap-api';
import { runMigrations } from '../apps/cli/src/run-migrations';
import { startReplayServer } from '../apps/replay/src';
import { runLoad, type LoadResult } from './api-load';
import { createBenchDatabase, type DriverKind } from './bench-db';
import { benchRedlinePage, REDLINE_BUDGET_MS, reportRedline } from './redline-page';

const TYPENAME_QUERY = '{ __typename }';
const HEALTH_QUERY = '{ health { status } }';
const MATTER_QUERY = `query Matter($n: String!) {
  matter(recordNumber: $n) {
    recordNumber title type status
    sponsors { name type office }
    actions { name date byName votes { voterName vote ward } }
    attachments { fileName url type }
  }
}`;
const RECORD_NUMBERS_QUERY = '{ matters(first: 100) { edges { node { recordNumber } } } }';

function positiveNumber(name: string, fallback: number, integer: boolean): number {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new Error(`${name} must be a positive ${integer ? 'integer' : 'number'}, got ${raw}`);
  }
  return n;
}

/** One POST /graphql outside the load generator, for setup queries. */
async function graphql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json: any = await res.json();
  if (res.status !== 200 || json.errors) throw new BenchCheckError(`${query}: HTTP ${res.status} ${JSON.stringify(json.errors ?? json)}`);
  return json.data;
}

interface Scenario {
  name: string;
  result: LoadResult;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function report(
  opts: { scale: number; matters: number; driver: DriverKind; concurrency: number; seconds: number; warmup: number; matterSet: string },
  scenarios: Scenario[],
): void {
  const ms = (v: number) => v.toFixed(2);
  const rows: string[][] = [
    ['scenario', 'requests', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'bytes/resp', 'failures'],
    ...scenarios.map(({ name, result: r }) => [
      name,
      String(r.requests),
      r.rps.toFixed(0),
      ms(r.p50),
      ms(r.p90),
      ms(r.p99),
      ms(r.max),
      r.meanBytes.toFixed(0),
      String(r.failures),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? pad(c, widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log('');
  console.log(
    `api benchmark — driver ${opts.driver}, node ${process.version}, ${opts.matters} matters stored (scale ${opts.scale}), ` +
      `${opts.concurrency} concurrent connections, ${opts.seconds} s per scenario after ${opts.warmup} s warm-up; ` +
      `load generator and server share one process`,
  );
  console.log(`matter cycles over ${opts.matterSet}`);
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log('');
  const matter = scenarios.find((s) => s.name.startsWith('matter'))!.result;
  for (const base of scenarios.filter((s) => !s.name.startsWith('matter'))) {
    const thr = matter.rps / base.result.rps;
    const p99 = matter.p99 / base.result.p99;
    console.log(`matter(recordNumber) runs at ${thr.toFixed(2)}x the throughput of ${base.name}; p99 ${p99.toFixed(1)}x`);
  }
}

async function main(cleanups: CleanupStack): Promise<number> {
  const scale = positiveNumber('BENCH_MATTERS', 1000, true);
  const concurrency = positiveNumber('BENCH_CONCURRENCY', 32, true);
  const seconds = positiveNumber('BENCH_SECONDS', 10, false);
  const warmup = 2;
  const driver: DriverKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const suffix = runSuffix();

  process.stderr.write(`starting replay server (scale ${scale}) and a ${driver} database...\n`);
  const replay = await startReplayServer({ scale, rateLimit: false, port: 0 });
  cleanups.push(() => replay.close());

  const db = await createBenchDatabase('tracker_bench_api', suffix);
  cleanups.push(() => db.drop());

  const config = AppConfig.fromEnv({
    ...process.env,
    DATABASE_URL: db.url ?? '',
    ELMS_BASE_URL: replay.url,
    ELMS_REQUESTS_PER_SECOND: '100000',
    CODE_LIBRARY_BASE_URL: replay.url,
    CODE_LIBRARY_REQUESTS_PER_SECOND: '100000',
    SCHEDULER_ENABLED: 'false',
    POLL_ON_START: 'false',
    RATE_LIMIT_ANONYMOUS: '0', // one load generator on loopback is not abuse
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  await runMigrations(config.database, 'up', db.pglite);

  const app: INestApplication = await NestFactory.create(
    ApiModule.forRoot({ config, pglite: db.pglite ? Promise.resolve(db.pglite) : undefined }),
    { logger: createAppLogger(config) },
  );
  cleanups.push(() => app.close());
  configureApi(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;

  process.stderr.write(`filling the database by backfill from ${replay.url}...\n`);
  const t0 = performance.now();
  await app
    .select(ScraperModule)
    .get(ElmsBackfillService)
    .backfill({ from: new Date('2000-01-01T00:00:00Z'), to: new Date('2100-01-01T00:00:00Z') });
  const matters = Number((await app.get(DataSource).query(`SELECT count(*)::int AS n FROM matter`))[0]?.n);
  process.stderr.write(`  ${matters} matters in ${((performance.now() - t0) / 1000).toFixed(1)} s; api at ${url}\n`);
  if (matters !== scale) throw new BenchCheckError(`backfill: expected ${scale} rows in matter, found ${matters}`);

  const data = await graphql(url, RECORD_NUMBERS_QUERY);
  const recordNumbers: string[] = data.matters.edges.map((e: any) => e.node.recordNumber);
  if (recordNumbers.length !== Math.min(100, scale)) {
    throw new BenchCheckError(`matters(first: 100) returned ${recordNumbers.length} record numbers, expected ${Math.min(100, scale)}`);
  }

  // One pass over the set before the load: checks every record number answers, and describes the payload.
  const shape = { actions: 0, votes: 0, sponsors: 0, attachments: 0 };
  for (const n of recordNumbers) {
    const m = (await graphql(url, MATTER_QUERY, { n })).matter;
    shape.actions += m.actions.length;
    shape.votes += m.actions.reduce((sum: number, a: any) => sum + a.votes.length, 0);
    shape.sponsors += m.sponsors.length;
    shape.attachments += m.attachments.length;
  }
  const per = (k: keyof typeof shape) => (shape[k] / recordNumbers.length).toFixed(1);
  const matterSet = `${recordNumbers.length} record numbers (newest first); per matter on average ${per('actions')} actions, ${per('votes')} votes, ${per('sponsors')} sponsors, ${per('attachments')} attachments`;
  process.stderr.write(`  matter set: ${matterSet}\n`);

  const load = { url, concurrency, seconds, warmupSeconds: warmup };
  const scenarios: { name: string; bodies: string[]; check?: (json: any, i: number) => string | undefined }[] = [
    {
      name: TYPENAME_QUERY,
      bodies: [JSON.stringify({ query: TYPENAME_QUERY })],
      check: (j) => (j.data?.__typename === 'Query' ? undefined : `unexpected ${JSON.stringify(j)}`),
    },
    {
      name: HEALTH_QUERY,
      bodies: [JSON.stringify({ query: HEALTH_QUERY })],
      check: (j) => (j.data?.health?.status === 'ok' ? undefined : `unexpected ${JSON.stringify(j)}`),
    },
    {
      name: 'matter(recordNumber)',
      bodies: recordNumbers.map((n) => JSON.stringify({ query: MATTER_QUERY, variables: { n } })),
      check: (j, i) =>
        j.data?.matter?.recordNumber === recordNumbers[i]
          ? undefined
          : `expected ${recordNumbers[i]}, got ${JSON.stringify(j).slice(0, 200)}`,
    },
  ];

  const results: Scenario[] = [];
  for (const s of scenarios) {
    process.stderr.write(`load: ${s.name} — ${concurrency} connections, ${warmup} s warm-up + ${seconds} s...\n`);
    const result = await runLoad({ ...load, bodies: s.bodies, check: s.check });
    process.stderr.write(
      `  ${result.requests} requests, ${result.rps.toFixed(0)} req/s, p99 ${result.p99.toFixed(2)} ms, ${result.failures} failures\n`,
    );
    results.push({ name: s.name, result });
  }

  report({ scale, matters, driver, concurrency, seconds, warmup, matterSet }, results);

  process.stderr.write('redline page: reading chapter 2-173 and the test amendment...\n');
  const redlineOk = reportRedline(await benchRedlinePage(app, `http://127.0.0.1:${port}`, recordNumbers[0]!));
  if (!redlineOk) throw new BenchCheckError(`the redline page took over ${REDLINE_BUDGET_MS} ms at p95`);

  const failed = results.filter((r) => r.result.failures > 0);
  if (failed.length) {
    console.error('');
    for (const f of failed) {
      console.error(`FAILED: ${f.name}: ${f.result.failures} failed requests, e.g.`);
      for (const m of f.result.failureSamples) console.error(`  ${m}`);
    }
    return 1;
  }
  if (results.some((r) => r.result.requests === 0)) throw new BenchCheckError('a scenario completed no requests inside its window');
  return 0;
}

runBench(main);
