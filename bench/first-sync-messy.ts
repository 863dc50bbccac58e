/**
 * `npm run bench:ingest -- --mess`: the first sync (a fresh tracker's first poll) over a messy eLMS
 * of full size, BENCH_MATTERS clones (default 30,000) messed up with seed BENCH_MESS_SEED. The replay
 * answers instantly, so the time at the default politeness is computed from the request count and
 * ELMS_REQUESTS_PER_SECOND (2), beside the time measured at full speed. Checks that every served
 * matter is stored or quarantined, none twice.
 */
import { AppConfig, CoreModule, JOBS, createAppLogger } from '@app/core';
import { ScraperModule, SyncJobsService } from '@app/scraper';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { runMigrations } from '../apps/cli/src/run-migrations';
import { startReplayServer } from '../apps/replay/src';
import { BenchCheckError, CleanupStack, runSuffix } from './bench-run';
import { createBenchDatabase, type BenchDatabase } from './bench-db';

@Module({})
class FirstSyncModule {
  static forRoot(config: AppConfig, pglite: BenchDatabase['pglite']): DynamicModule {
    return {
      module: FirstSyncModule,
      imports: [CoreModule.forRoot({ config, pglite: pglite ? Promise.resolve(pglite) : undefined }), ScraperModule],
    };
  }
}

function duration(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(2)} h`;
}

export async function firstSyncMessy(cleanups: CleanupStack): Promise<number> {
  const scale = Number(process.env.BENCH_MATTERS ?? 30_000);
  const seed = Number(process.env.BENCH_MESS_SEED ?? 20261130);
  const driver = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  process.stderr.write(`starting a messy replay (scale ${scale}, seed ${seed}) and a ${driver} database...\n`);
  const replay = await startReplayServer({ scale, mess: seed, rateLimit: false, port: 0 });
  cleanups.push(() => replay.close());
  const manifest = replay.store.messManifest!;
  const db = await createBenchDatabase('tracker_bench_first_sync', runSuffix());
  cleanups.push(() => db.drop());
  const config = AppConfig.fromEnv({
    ...process.env,
    DATABASE_URL: db.url ?? '',
    ELMS_BASE_URL: replay.url,
    ELMS_REQUESTS_PER_SECOND: '100000',
    INITIAL_SYNC_DAYS: '36500',
    SCHEDULER_ENABLED: 'false',
    POLL_ON_START: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const politeness = Number(AppConfig.fromEnv({}).elms.requestsPerSecond);
  await runMigrations(config.database, 'up', db.pglite);
  const app = await NestFactory.createApplicationContext(FirstSyncModule.forRoot(config, db.pglite), { logger: createAppLogger(config) });
  cleanups.push(() => app.close());

  const rssBefore = process.memoryUsage.rss();
  let peak = rssBefore;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 200);
  const t0 = performance.now();
  const summary = await app.get(SyncJobsService).run(JOBS.elmsPoll);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  const requests = replay.requests.length;

  const ds = app.get(DataSource);
  const [counts] = await ds.query(
    `SELECT (SELECT count(*)::int FROM matter) AS stored, (SELECT count(DISTINCT matter_id)::int FROM matter) AS distinct_ids,
            (SELECT count(*)::int FROM quarantined_record) AS quarantined`,
  );
  const served = replay.store.summary().matters;
  console.log('');
  console.log(
    `first sync over a messy eLMS — ${served} matters served (${manifest.clones} messed clones, seed ${seed}), driver ${driver}, node ${process.version}`,
  );
  console.log(`  run: ${JSON.stringify(summary)}`);
  console.log(
    `  stored ${counts.stored}, quarantined ${counts.quarantined}, served ${served} (${manifest.broken.length} broken by the mess)`,
  );
  console.log(
    `  anomalies served: ${Object.entries(manifest.flagged)
      .map(([k, v]) => `${k} ${v.length}`)
      .join(', ')}`,
  );
  console.log(`  requests to eLMS: ${requests}`);
  console.log(
    `  at full speed (replay, no rate limit): ${duration(seconds)} (${(served / seconds).toFixed(0)} matters/s), peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`,
  );
  console.log(
    `  at the default politeness (${politeness} requests/s): ${duration(requests / politeness)} of requests (+ the processing above, overlapping)`,
  );
  if (counts.stored !== counts.distinct_ids)
    throw new BenchCheckError(`${counts.stored} matter rows for ${counts.distinct_ids} ids: duplicates`);
  if (counts.stored + counts.quarantined !== served)
    throw new BenchCheckError(`stored ${counts.stored} + quarantined ${counts.quarantined} != served ${served}`);
  return 0;
}
