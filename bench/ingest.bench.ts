/**
 * Ingest benchmark: `npm run bench:ingest` (see bench/README.md).
 *
 * Serves the replay fixtures scaled to BENCH_MATTERS (default 5,000) matters. Untimed warm-ups first: a pipeline
 * backfill of 1,000 matters from a replay and into a database of their own, then one baseline pass (so neither side
 * pays for compiling its code in the timed phases). Then it times
 *   1. baseline  — raw fetch + JSON.parse + INSERT (matter_id, doc jsonb) of the same documents,
 *   2. pipeline  — ElmsBackfillService.backfill over the whole range (validate, store raw docs,
 *                  upsert matters/actions/votes/sponsors/attachments, then meetings),
 *   3. baseline  — again, so order effects (JIT, caches) average out,
 * then prints matters/s for each and the pipeline's throughput as a multiple of the baseline mean.
 * With `-- --mess`, times the first sync over a messy full-size eLMS instead (first-sync-messy.ts).
 * On DATABASE_URL each side gets its own fresh PostgreSQL database; otherwise in-memory PGlite.
 */
import 'reflect-metadata';
import { BenchCheckError, CleanupStack, runBench, runSuffix } from './bench-run';
import { AppConfig, CoreModule, createAppLogger } from '@app/core';
import { ElmsBackfillService, ScraperModule, type BackfillProgress } from '@app/scraper';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { runMigrations } from '../apps/cli/src/run-migrations';
import { startReplayInChild, type ReplayInChild } from './child-processes';
import { createBenchDatabase, type BenchDatabase, type DriverKind, type RawSql } from './bench-db';
import { rawFetchAndInsert, RAW_TABLE, resetRawTable } from './raw-ingest';
import { firstSyncMessy } from './first-sync-messy';

const STEP_SIZE = 50;
const PAGE_SIZE = 500;
/** Matters the pipeline backfills, untimed, before the timed phases. */
const WARM_UP_MATTERS = 1000;

interface PhaseResult {
  name: string;
  seconds: number;
  matters: number;
  requests: number;
  peakRssMb: number;
  /** Pipeline only: time until the matters phase committed its last step. */
  mattersPhaseSeconds?: number;
}

@Module({})
class BenchIngestModule {
  static forRoot(config: AppConfig, pglite: BenchDatabase['pglite']): DynamicModule {
    return {
      module: BenchIngestModule,
      imports: [CoreModule.forRoot({ config, pglite: pglite ? Promise.resolve(pglite) : undefined }), ScraperModule],
    };
  }
}

/** Samples RSS while a phase runs; `peakMb()` is the highest value seen. */
function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 100);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage.rss());
      return peak / 1024 / 1024;
    },
  };
}

/** Writes progress to stderr at most once a second. */
function throttledProgress(label: string): (line: string, force?: boolean) => void {
  let last = 0;
  return (line, force = false) => {
    const now = Date.now();
    if (!force && now - last < 1000) return;
    last = now;
    process.stderr.write(`  [${label}] ${line}\n`);
  };
}

async function timeBaseline(name: string, replay: ReplayInChild, sql: RawSql, userAgent: string, expected: number): Promise<PhaseResult> {
  await resetRawTable(sql);
  const progress = throttledProgress(name);
  const before = await replay.requests();
  const rss = rssSampler();
  const t0 = performance.now();
  const r = await rawFetchAndInsert({
    baseUrl: replay.url,
    sql,
    pageSize: PAGE_SIZE,
    stepSize: STEP_SIZE,
    userAgent,
    onProgress: (done, total) => progress(`${done}/${total} matters, ${((performance.now() - t0) / 1000).toFixed(1)} s`),
  });
  const seconds = (performance.now() - t0) / 1000;
  const peakRssMb = rss.stop();
  const rows = Number((await sql.query(`SELECT count(*)::int AS n FROM ${RAW_TABLE}`)).rows[0]?.n);
  if (rows !== expected || r.matters !== expected) {
    throw new BenchCheckError(`${name}: expected ${expected} matters, inserted ${r.matters}, table holds ${rows}`);
  }
  progress(`done: ${r.matters} matters in ${seconds.toFixed(2)} s`, true);
  return { name, seconds, matters: r.matters, requests: (await replay.requests()) - before, peakRssMb };
}

async function timePipeline(app: INestApplicationContext, replay: ReplayInChild, expected: number): Promise<PhaseResult> {
  const backfill = app.get(ElmsBackfillService);
  const progress = throttledProgress('pipeline');
  const before = await replay.requests();
  let mattersDoneAt: number | undefined;
  const rss = rssSampler();
  const t0 = performance.now();
  const summary = await backfill.backfill({
    from: new Date('2000-01-01T00:00:00Z'),
    to: new Date('2100-01-01T00:00:00Z'),
    stepSize: STEP_SIZE,
    onProgress: (p: BackfillProgress) => {
      const elapsed = (performance.now() - t0) / 1000;
      if (p.phase === 'matters') mattersDoneAt = elapsed;
      progress(
        `${p.phase}: ${p.processed}${p.total !== null ? `/${p.total}` : ''} processed, ${p.fetched} docs fetched, ${elapsed.toFixed(1)} s`,
      );
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const peakRssMb = rss.stop();
  const ds = app.get(DataSource);
  const matters = Number((await ds.query(`SELECT count(*)::int AS n FROM matter`))[0]?.n);
  progress(`done: ${matters} matters in ${seconds.toFixed(2)} s (run summary: ${JSON.stringify(summary)})`, true);
  if (matters !== expected) throw new BenchCheckError(`pipeline: expected ${expected} rows in matter, found ${matters}`);
  return {
    name: 'pipeline',
    seconds,
    matters,
    requests: (await replay.requests()) - before,
    peakRssMb,
    mattersPhaseSeconds: mattersDoneAt,
  };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function report(scale: number, driver: DriverKind, pipeline: PhaseResult, baselines: PhaseResult[], warmUps: PhaseResult[]): void {
  const rate = (r: { matters: number; seconds: number }) => r.matters / r.seconds;
  const baseMeanSeconds = baselines.reduce((s, b) => s + b.seconds, 0) / baselines.length;
  // Matters/s of the mean time (not the mean of the rates), so the row's two columns agree.
  const baseMeanRate = pipeline.matters / baseMeanSeconds;
  const ratio = rate(pipeline) / baseMeanRate;
  const row = (b: PhaseResult) => [b.name, b.seconds.toFixed(2), rate(b).toFixed(1), String(b.requests), b.peakRssMb.toFixed(0)];
  const rows: string[][] = [
    ['phase', 'seconds', 'matters/s', 'requests', 'peak RSS MB'],
    ...warmUps.map((w) => row({ ...w, name: `${w.name} (not counted)` })),
    ...baselines.map(row),
    ['baseline (mean)', baseMeanSeconds.toFixed(2), baseMeanRate.toFixed(1), '', ''],
    ['pipeline', pipeline.seconds.toFixed(2), rate(pipeline).toFixed(1), String(pipeline.requests), pipeline.peakRssMb.toFixed(0)],
  ];
  if (pipeline.mattersPhaseSeconds !== undefined) {
    rows.push([
      '  matters phase',
      pipeline.mattersPhaseSeconds.toFixed(2),
      (pipeline.matters / pipeline.mattersPhaseSeconds).toFixed(1),
      '',
      '',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? pad(c, widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log('');
  console.log(
    `ingest benchmark — ${scale} matters, driver ${driver}, steps of ${STEP_SIZE}, pages of ${PAGE_SIZE}, node ${process.version}`,
  );
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log('');
  console.log(`pipeline runs at ${ratio.toFixed(2)}x raw fetch+insert (matters/s, pipeline / mean of ${baselines.length} baselines)`);
  if (pipeline.mattersPhaseSeconds !== undefined) {
    const mattersRatio = pipeline.matters / pipeline.mattersPhaseSeconds / baseMeanRate;
    console.log(`  matters phase alone (meetings excluded): ${mattersRatio.toFixed(2)}x`);
  }
  console.log(`process peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

async function main(cleanups: CleanupStack): Promise<number> {
  const scale = Number(process.env.BENCH_MATTERS ?? 5000);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`BENCH_MATTERS must be a positive integer, got ${process.env.BENCH_MATTERS}`);
  const driver: DriverKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const suffix = runSuffix();

  process.stderr.write(`starting replay server (scale ${scale}) and ${driver} databases...\n`);
  const replay = await startReplayInChild(scale);
  cleanups.push(() => replay.stop());
  const s = replay.summary;
  process.stderr.write(`  replay at ${replay.url}: ${s.matters} matters (${s.realMatters} captured), ${s.meetings} meetings\n`);

  const pipelineDb = await createBenchDatabase('tracker_bench', suffix);
  // BENCH_KEEP=1 keeps the pipeline's database for EXPLAIN (PostgreSQL only).
  if (process.env.BENCH_KEEP === '1' && pipelineDb.url) process.stderr.write(`BENCH_KEEP=1: keeping ${pipelineDb.url}\n`);
  else cleanups.push(() => pipelineDb.drop());
  const baselineDb = await createBenchDatabase('tracker_bench_raw', suffix);
  cleanups.push(() => baselineDb.drop());

  const config = pipelineConfig(pipelineDb, replay);
  await runMigrations(config.database, 'up', pipelineDb.pglite);

  const sql = baselineDb.raw(config.database.kind === 'postgres' ? config.database.poolSize : 1);
  cleanups.push(() => sql.close());

  const userAgent = config.elms.userAgent;
  // Both sides run warm: the first baseline used to run cold (the replay process, fetch and the driver
  // compiling as it went), which made the mean baseline about a fifth slower and flattered the ratio. The
  // pipeline's warm-up closes its app before the timed one opens (one default data source at a time).
  const warmUps = [await warmUpPipeline(suffix), await timeBaseline('warm-up: baseline', replay, sql, userAgent, scale)];

  const app = await NestFactory.createApplicationContext(BenchIngestModule.forRoot(config, pipelineDb.pglite), {
    logger: createAppLogger(config),
  });
  cleanups.push(() => app.close());
  const baseline1 = await timeBaseline('baseline #1', replay, sql, userAgent, scale);
  const pipeline = await timePipeline(app, replay, scale);
  const baseline2 = await timeBaseline('baseline #2', replay, sql, userAgent, scale);

  report(scale, driver, pipeline, [baseline1, baseline2], warmUps);
  return 0;
}

function pipelineConfig(db: BenchDatabase, replay: ReplayInChild): AppConfig {
  return AppConfig.fromEnv({
    ...process.env,
    DATABASE_URL: db.url ?? '',
    ELMS_BASE_URL: replay.url,
    ELMS_REQUESTS_PER_SECOND: '100000',
    ELMS_PAGE_SIZE: String(PAGE_SIZE),
    SCHEDULER_ENABLED: 'false',
    POLL_ON_START: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
}

/**
 * The pipeline's own code compiled before it is timed, as the baseline's is: a backfill of WARM_UP_MATTERS from a
 * replay of their own into a database of their own, both gone before the timed phases.
 */
async function warmUpPipeline(suffix: string): Promise<PhaseResult> {
  const replay = await startReplayInChild(WARM_UP_MATTERS);
  let db: BenchDatabase | undefined;
  let app: INestApplicationContext | undefined;
  try {
    db = await createBenchDatabase('tracker_bench_warm', suffix);
    const config = pipelineConfig(db, replay);
    await runMigrations(config.database, 'up', db.pglite);
    app = await NestFactory.createApplicationContext(BenchIngestModule.forRoot(config, db.pglite), { logger: createAppLogger(config) });
    const result = await timePipeline(app, replay, WARM_UP_MATTERS);
    return { ...result, name: 'warm-up: pipeline' };
  } finally {
    await app?.close();
    await db?.drop();
    await replay.stop();
  }
}

runBench((cleanups) => (process.argv.includes('--mess') ? firstSyncMessy(cleanups) : main(cleanups)));
