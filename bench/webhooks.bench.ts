/**
 * Webhooks benchmark: `npm run bench:webhooks` (see bench/README.md).
 *
 * Creates BENCH_SUBSCRIPTIONS (default 1,000) subscriptions to a loopback receiver, writes ONE
 * `matter.vote_scheduled` outbox event in a transaction ("detection"), then runs the worker's loop —
 * `dispatch()` + `deliverDue(200, 50)` — until every subscription has its delivery, and prints the
 * time to the last delivery and the detection-to-arrival latency percentiles. Around it, in the same
 * run, a baseline sends the same number of signed POSTs (same body, same concurrency) straight to the
 * receiver with node:http (bench/webhooks-baseline.ts), once before and once after; the pipeline is
 * reported as a multiple of their mean. The receiver verifies a sample with `standardwebhooks`.
 * On DATABASE_URL it uses a fresh PostgreSQL database; otherwise in-memory PGlite.
 * Exits 1 if any check fails.
 */
import 'reflect-metadata';
import {
  AppConfig,
  CHICAGO_TIME_ZONE,
  CoreModule,
  formatChicagoDateTime,
  createAppLogger,
  writeOutboxEvents,
  type OutboxEventInput,
} from '@app/core';
import { LEGISLATION_EVENTS } from '@app/legislation';
import { WebhookDeliveryService, WebhooksModule, WebhookSubscriptionService } from '@app/webhooks';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { runMigrations } from '../apps/cli/src/run-migrations';
import { percentile } from './api-load';
import { createBenchDatabase, type BenchDatabase, type DriverKind } from './bench-db';
import { BenchCheckError, CleanupStack, runBench, runSuffix } from './bench-run';
import { signedPosts } from './webhooks-baseline';
import { startBenchReceiver, type BenchReceiver, type ReceiverPhase } from './webhooks-receiver';

/** Every SAMPLE_EVERY-th request of a phase is verified with standardwebhooks (the first one included). */
const SAMPLE_EVERY = 50;

@Module({})
class BenchWebhooksModule {
  static forRoot(config: AppConfig, pglite: BenchDatabase['pglite']): DynamicModule {
    return {
      module: BenchWebhooksModule,
      imports: [CoreModule.forRoot({ config, pglite: pglite ? Promise.resolve(pglite) : undefined }), WebhooksModule],
    };
  }
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return n;
}

/** What the sync writes when a tracked matter lands on a future meeting's agenda (MatterEventsService). */
function voteScheduledEvent(occurredAt: Date, tag: string): OutboxEventInput {
  const recordNumber = 'O2023-0004222';
  const startsAt = new Date('2025-01-15T16:00:00Z');
  const deadline = new Date('2025-01-15T15:00:00Z');
  return {
    type: LEGISLATION_EVENTS.voteScheduled,
    dedupKey: `${LEGISLATION_EVENTS.voteScheduled}:${recordNumber}:bench-${tag}:${startsAt.toISOString()}`,
    subject: recordNumber,
    occurredAt,
    data: {
      matter: {
        recordNumber,
        matterId: '3d1f8a52-6a0b-4d8e-9a55-0b1c2d3e4f50',
        title: 'Amendment of Municipal Code Chapter 2-92 regarding prompt payment of subcontractors on City construction contracts',
        url: `https://tracker.example.org/matters/${recordNumber}`,
      },
      stage: 'ON_AGENDA',
      meeting: {
        meetingId: 'bench-meeting',
        body: 'Committee on Finance',
        startsAt: startsAt.toISOString(),
        startsAtLocal: formatChicagoDateTime(startsAt),
        timeZone: CHICAGO_TIME_ZONE,
        location: 'Council Chambers, City Hall, 121 N. LaSalle St., 2nd Floor',
        publicCommentDeadline: deadline.toISOString(),
        publicCommentDeadlineLocal: formatChicagoDateTime(deadline),
      },
    },
  };
}

/** The bytes writeOutboxEvents stores for `e` (used for the baseline's body; checked against the stored one). */
function serialise(e: OutboxEventInput): string {
  return JSON.stringify({ type: e.type, version: 1, timestamp: e.occurredAt.toISOString(), data: e.data });
}

interface PhaseResult {
  name: string;
  /** From detection (pipeline) or the first request (baseline) to the last arrival, ms. */
  lastMs: number;
  /** Latency to arrival of each delivery, ascending, ms. */
  latencies: Float64Array;
  deliveries: number;
  failures: number;
  verified: number;
}

/** Checks one receiver phase: exactly one arrival per subscription path, unique webhook-ids, samples verified. */
function checkPhase(name: string, phase: ReceiverPhase, paths: string[], expectedBody: string, expectedIds?: Set<string>): void {
  const problems: string[] = [];
  const ids = new Set(phase.arrivals.map((a) => a.webhookId));
  if (phase.arrivals.length !== paths.length) problems.push(`${phase.arrivals.length} requests arrived, expected ${paths.length}`);
  if (ids.size !== paths.length) problems.push(`${ids.size} unique webhook-ids, expected ${paths.length}`);
  const perPath = new Map<string, number>();
  for (const a of phase.arrivals) perPath.set(a.path, (perPath.get(a.path) ?? 0) + 1);
  const missing = paths.filter((p) => perPath.get(p) !== 1);
  if (missing.length)
    problems.push(
      `${missing.length} subscriptions did not get exactly one request (e.g. ${missing
        .slice(0, 3)
        .map((p) => `${p}: ${perPath.get(p) ?? 0}`)
        .join(', ')})`,
    );
  if (expectedIds) {
    const unknown = [...ids].filter((id) => !expectedIds.has(id));
    if (unknown.length || expectedIds.size !== ids.size)
      problems.push(`received webhook-ids differ from webhook_delivery.message_id (${unknown.length} unknown)`);
  }
  problems.push(...phase.verifyFailures.map((f) => `standardwebhooks rejected ${f}`));
  const badBody = phase.samples.find((s) => s.body !== expectedBody);
  if (badBody) problems.push(`${badBody.path}: body differs from the event's: ${badBody.body.slice(0, 120)}`);
  if (phase.verified === 0) problems.push('no request was verified');
  if (problems.length) throw new BenchCheckError(`${name}: ${problems.join('; ')}`);
}

function latenciesFrom(phase: ReceiverPhase, t0: number): { lastMs: number; latencies: Float64Array } {
  const latencies = Float64Array.from(phase.arrivals.map((a) => a.at - t0)).sort();
  return { lastMs: latencies.length ? latencies[latencies.length - 1]! : NaN, latencies };
}

async function runBaseline(
  name: string,
  receiver: BenchReceiver,
  paths: string[],
  body: string,
  concurrency: number,
): Promise<PhaseResult> {
  const phase = receiver.startPhase();
  const targets = paths.map((path, i) => ({ path, secret: receiver.secrets.get(path)!, webhookId: `msg_${name.replace(/\W/g, '')}_${i}` }));
  const t0 = performance.now();
  const r = await signedPosts(receiver.url, targets, body, concurrency);
  checkPhase(name, phase, paths, body);
  if (r.failures.length) throw new BenchCheckError(`${name}: ${r.failures.length} POSTs failed, e.g. ${r.failures.slice(0, 3).join('; ')}`);
  process.stderr.write(`  ${name}: ${paths.length} POSTs in ${(performance.now() - t0).toFixed(0)} ms\n`);
  return { name, ...latenciesFrom(phase, t0), deliveries: phase.arrivals.length, failures: r.failures.length, verified: phase.verified };
}

interface PipelineResult extends PhaseResult {
  commitMs: number;
  /** Detection → the dispatch round that fanned the event out returned. */
  dispatchedMs: number;
  /** Detection → the loop saw nothing left to do (every attempt recorded). */
  drainedMs: number;
  rounds: number;
  attempts: number;
  statuses: Record<string, number>;
}

async function runPipeline(
  app: INestApplicationContext,
  receiver: BenchReceiver,
  paths: string[],
  claimLimit: number,
  concurrency: number,
): Promise<{ result: PipelineResult; body: string }> {
  const ds = app.get(DataSource);
  const svc = app.get(WebhookDeliveryService);
  const phase = receiver.startPhase();

  // Detection: the sync's transaction that writes the event next to the change.
  const t0 = performance.now();
  const event = voteScheduledEvent(new Date(), 'pipeline');
  const written = await ds.transaction((tx) => writeOutboxEvents([event], tx));
  const commitMs = performance.now() - t0;
  if (written !== 1) throw new BenchCheckError(`writeOutboxEvents wrote ${written} events, expected 1`);

  let rounds = 0;
  let attempts = 0;
  let dispatched = 0;
  let dispatchedMs = NaN;
  let lastProgress = 0;
  for (;;) {
    const d = await svc.dispatch();
    if (d > 0 && dispatched === 0) dispatchedMs = performance.now() - t0;
    dispatched += d;
    const a = await svc.deliverDue(claimLimit, concurrency);
    attempts += a;
    rounds++;
    const now = performance.now();
    if (now - lastProgress > 1000) {
      lastProgress = now;
      process.stderr.write(
        `  [pipeline] round ${rounds}: ${dispatched} dispatched, ${attempts} attempts, ${phase.arrivals.length} arrived, ${((now - t0) / 1000).toFixed(1)} s\n`,
      );
    }
    // Nothing dispatched and nothing due: done, or whatever is left sits in retry backoff.
    if (d === 0 && a === 0) break;
  }
  const drainedMs = performance.now() - t0;

  const [stored] = await ds.query(`SELECT id, body FROM outbox_event WHERE dedup_key = $1`, [event.dedupKey]);
  const body = String(stored?.body ?? '');
  if (body !== serialise(event))
    throw new BenchCheckError('the stored event body is not what the bench serialised (writeOutboxEvents changed?)');
  const rows: { message_id: string; status: string; attempts: number }[] = await ds.query(
    `SELECT message_id, status, attempts FROM webhook_delivery WHERE event_id = $1`,
    [stored.id],
  );
  const statuses: Record<string, number> = {};
  for (const r of rows) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const [failed] = await ds.query(
    `SELECT count(*)::int AS n FROM webhook_delivery_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
      WHERE d.event_id = $1 AND (a.error IS NOT NULL OR a.status_code IS NULL OR a.status_code NOT BETWEEN 200 AND 299)`,
    [stored.id],
  );
  const failures = Number(failed?.n ?? 0);
  process.stderr.write(
    `  [pipeline] done: ${rounds} rounds, ${attempts} attempts, ${phase.arrivals.length} arrived, statuses ${JSON.stringify(statuses)}\n`,
  );

  checkPhase('pipeline', phase, paths, body, new Set(rows.map((r) => r.message_id)));
  if (rows.length !== paths.length) throw new BenchCheckError(`pipeline: ${rows.length} webhook_delivery rows, expected ${paths.length}`);
  if ((statuses.succeeded ?? 0) !== paths.length)
    throw new BenchCheckError(`pipeline: delivery statuses ${JSON.stringify(statuses)}, expected ${paths.length} succeeded`);
  if (failures > 0) throw new BenchCheckError(`pipeline: ${failures} failed attempts`);

  return {
    result: {
      name: 'pipeline',
      ...latenciesFrom(phase, t0),
      deliveries: phase.arrivals.length,
      failures,
      verified: phase.verified,
      commitMs,
      dispatchedMs,
      drainedMs,
      rounds,
      attempts,
      statuses,
    },
    body,
  };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function report(
  opts: { driver: DriverKind; n: number; claimLimit: number; concurrency: number; poolSize: number | null; setupMs: number },
  pipeline: PipelineResult,
  baselines: PhaseResult[],
): void {
  const ms = (v: number) => v.toFixed(1);
  const row = (r: PhaseResult) => [
    r.name,
    String(r.deliveries),
    ms(r.lastMs),
    (r.deliveries / (r.lastMs / 1000)).toFixed(0),
    ms(percentile(r.latencies, 50)),
    ms(percentile(r.latencies, 90)),
    ms(percentile(r.latencies, 99)),
    String(r.failures),
    String(r.verified),
  ];
  const meanLast = baselines.reduce((s, b) => s + b.lastMs, 0) / baselines.length;
  const meanP99 = baselines.reduce((s, b) => s + percentile(b.latencies, 99), 0) / baselines.length;
  const rows: string[][] = [
    ['phase', 'deliveries', 'last ms', 'deliveries/s', 'p50 ms', 'p90 ms', 'p99 ms', 'failures', 'verified'],
    ...baselines.map(row),
    ['baseline (mean)', '', ms(meanLast), (opts.n / (meanLast / 1000)).toFixed(0), '', '', ms(meanP99), '', ''],
    row(pipeline),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? pad(c, widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log('');
  console.log(
    `webhooks benchmark — driver ${opts.driver}${opts.poolSize ? ` (pool ${opts.poolSize})` : ''}, node ${process.version}, ${opts.n} subscriptions, ` +
      `one matter.vote_scheduled event, dispatch() + deliverDue(${opts.claimLimit}, ${opts.concurrency}); receiver, worker loop and database share one process`,
  );
  console.log(`setup: ${opts.n} subscriptions created through WebhookSubscriptionService.create in ${(opts.setupMs / 1000).toFixed(2)} s`);
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log('');
  console.log(
    `pipeline: event committed at ${ms(pipeline.commitMs)} ms, fanned out to ${opts.n} deliveries at ${ms(pipeline.dispatchedMs)} ms, ` +
      `first arrival ${ms(pipeline.latencies[0]!)} ms, last ${ms(pipeline.lastMs)} ms, loop drained at ${ms(pipeline.drainedMs)} ms ` +
      `(${pipeline.rounds} rounds, ${pipeline.attempts} attempts; statuses ${JSON.stringify(pipeline.statuses)})`,
  );
  const rate = pipeline.deliveries / pipeline.lastMs / (opts.n / meanLast);
  console.log(
    `pipeline delivers at ${rate.toFixed(2)}x the rate of bare signed POSTs (time to last delivery ${(pipeline.lastMs / meanLast).toFixed(1)}x; ` +
      `p99 latency ${(percentile(pipeline.latencies, 99) / meanP99).toFixed(1)}x; mean of ${baselines.length} baselines)`,
  );
}

async function main(cleanups: CleanupStack): Promise<number> {
  const n = positiveInt('BENCH_SUBSCRIPTIONS', 1000);
  const claimLimit = positiveInt('BENCH_CLAIM_LIMIT', 200);
  const concurrency = positiveInt('BENCH_CONCURRENCY', 50);
  const driver: DriverKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';

  process.stderr.write(`starting a ${driver} database and a loopback receiver...\n`);
  const db = await createBenchDatabase('tracker_bench_webhooks', runSuffix());
  cleanups.push(() => db.drop());

  const config = AppConfig.fromEnv({
    ...process.env,
    DATABASE_URL: db.url ?? '',
    WEBHOOK_ALLOW_HOSTS: '127.0.0.1/32',
    SCHEDULER_ENABLED: 'false',
    POLL_ON_START: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  await runMigrations(config.database, 'up', db.pglite);

  const app = await NestFactory.createApplicationContext(BenchWebhooksModule.forRoot(config, db.pglite), {
    logger: createAppLogger(config),
  });
  cleanups.push(() => app.close());

  const receiver = await startBenchReceiver(SAMPLE_EVERY);
  cleanups.push(() => receiver.close());

  process.stderr.write(`creating ${n} subscriptions to ${receiver.url}/s/<i>...\n`);
  const subs = app.get(WebhookSubscriptionService);
  const paths: string[] = [];
  const tSetup = performance.now();
  for (let i = 0; i < n; i++) {
    const path = `/s/${i}`;
    // Half exact, half glob: both match matter.vote_scheduled.
    const { secret } = await subs.create({
      url: `${receiver.url}${path}`,
      eventTypes: [i % 2 ? 'matter.*' : LEGISLATION_EVENTS.voteScheduled],
      createdBy: 'bench',
    });
    receiver.secrets.set(path, secret);
    paths.push(path);
  }
  const setupMs = performance.now() - tSetup;

  const baselineBody = serialise(voteScheduledEvent(new Date(), 'baseline'));
  process.stderr.write(`baseline #1: ${n} signed POSTs, ${concurrency} at a time...\n`);
  const baseline1 = await runBaseline('baseline #1', receiver, paths, baselineBody, concurrency);
  process.stderr.write(`pipeline: one event to ${n} subscriptions...\n`);
  const { result: pipeline } = await runPipeline(app, receiver, paths, claimLimit, concurrency);
  process.stderr.write(`baseline #2...\n`);
  const baseline2 = await runBaseline('baseline #2', receiver, paths, baselineBody, concurrency);

  const poolSize = config.database.kind === 'postgres' ? config.database.poolSize : null;
  report({ driver, n, claimLimit, concurrency, poolSize, setupMs }, pipeline, [baseline1, baseline2]);
  return 0;
}

runBench(main);
