/**
 * Council votes benchmark: `npm run bench:votes` (see bench/README.md).
 *
 * Fills a fresh database (PGlite, or PostgreSQL with DATABASE_URL) through the real migrations with
 * BENCH_ROLL_CALLS City Council roll calls (default 4,000, about four years) of 50 votes each, plus as many
 * committee roll calls of 15 votes (which the Council figures must skip). Votes are seeded: mostly Yea, about
 * 5% Nay, 3% Absent, 1% Present. Then, one query at a time, it times a page of 20 divided roll calls, a year's
 * agreement (summaries and every pair) and the roll-call CSV download, first with the migration's indexes
 * (CouncilVoteIndexes), then without them (the baseline), and prints the ratio. Checks: the page's plan walks
 * matter_action_council_date_idx, and the divided count equals one computed independently.
 */
import { AppConfig, CoreModule, exportChunks, seededRandom, type ExportColumn } from '@app/core';
import { CouncilVotesService, LegislationModule, type RollCallVoteExportRow } from '@app/legislation';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { runMigrations } from '../apps/cli/src/run-migrations';
import { createBenchDatabase, type BenchDatabase } from './bench-db';
import { BenchCheckError, runBench, runSuffix } from './bench-run';

const ROLL_CALLS = Number(process.env.BENCH_ROLL_CALLS ?? 4_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const ALDERS = 50;
const YEAR = { from: new Date('2025-01-01T06:00:00Z'), to: new Date('2026-01-01T06:00:00Z') };

const columns: ExportColumn<RollCallVoteExportRow>[] = [
  { name: 'record_number', value: (r) => r.rollCall.recordNumber },
  { name: 'alder', value: (r) => r.vote.voterName },
  { name: 'vote', value: (r) => r.vote.vote },
  { name: 'with_majority', value: (r) => r.majority === r.vote.value },
];

@Module({})
class VotesBenchModule {
  static forRoot(config: AppConfig, pglite: BenchDatabase['pglite']): DynamicModule {
    return {
      module: VotesBenchModule,
      imports: [CoreModule.forRoot({ config, pglite: pglite ? Promise.resolve(pglite) : undefined }), LegislationModule],
    };
  }
}

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

runBench(async (cleanups) => {
  const db = await createBenchDatabase('tracker_bench_votes', runSuffix());
  cleanups.push(() => db.drop());
  const config = AppConfig.fromEnv({ ...process.env, DATABASE_URL: db.url ?? '', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  await runMigrations(config.database, 'up', db.pglite);
  const app = await NestFactory.createApplicationContext(VotesBenchModule.forRoot(config, db.pglite), { logger: ['error', 'warn'] });
  cleanups.push(() => app.close());
  const ds = app.get(DataSource);
  const votes = app.get(CouncilVotesService);
  const random = seededRandom(153);
  const vote = () => {
    const r = random();
    return r < 0.05 ? 'Nay' : r < 0.08 ? 'Absent' : r < 0.09 ? 'Present' : 'Yea';
  };

  process.stderr.write(`filling ${ROLL_CALLS} council and ${ROLL_CALLS} committee roll calls (${db.kind})...\n`);
  const t = performance.now();
  for (let i = 0; i < ROLL_CALLS; i += 500) {
    const n = Math.min(500, ROLL_CALLS - i);
    await ds.query(
      `WITH m AS (
         INSERT INTO matter (matter_id, record_number, title, type, content_hash, fetched_at)
         SELECT 'v' || (i + $1), 'O2025-' || lpad((i + $1)::text, 7, '0'), 'Ordinance ' || (i + $1), 'Ordinance', 'h', now()
           FROM generate_series(0, $2 - 1) AS i RETURNING id, matter_id)
       INSERT INTO matter_action (matter_id, ordinal, action_date, action_name, action_by_name)
       SELECT m.id, o, timestamptz '2022-01-01 06:00Z' + (substr(m.matter_id, 2)::int * 1461.0 / $3::int) * interval '1 day',
              CASE o WHEN 0 THEN 'Passed' ELSE 'Recommended to Pass' END, CASE o WHEN 0 THEN 'City Council' ELSE 'Committee on Finance' END
         FROM m, generate_series(0, 1) AS o`,
      [i, n, ROLL_CALLS],
    );
  }
  const actions: { id: string; council: boolean }[] = await ds.query(
    `SELECT id, action_by_name = 'City Council' AS council FROM matter_action ORDER BY id`,
  );
  for (let i = 0; i < actions.length; i += 200) {
    const part = actions.slice(i, i + 200);
    const rows = part.flatMap((a) => Array.from({ length: a.council ? ALDERS : 15 }, (_, k) => [a.id, k, `P${k}`, `Alder ${k}`, vote()]));
    await ds.query(
      `INSERT INTO action_vote (action_id, ordinal, person_id, voter_name, vote)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[])`,
      [0, 1, 2, 3, 4].map((c) => rows.map((r) => r[c])),
    );
  }
  await ds.query('ANALYZE');
  const fill = (performance.now() - t) / 1000;

  const [{ divided }] = await ds.query(
    `SELECT count(*)::int AS divided FROM matter_action a
      WHERE a.action_by_name = 'City Council' AND a.action_date >= $1 AND a.action_date < $2
        AND EXISTS (SELECT 1 FROM action_vote v WHERE v.action_id = a.id AND v.vote = 'Nay')`,
    [YEAR.from, YEAR.to],
  );
  const agreement = await votes.agreement(YEAR);
  if (agreement.dividedRollCalls !== divided)
    throw new BenchCheckError(`divided roll calls: ${agreement.dividedRollCalls}, counted ${divided}`);

  const measure = async () => ({
    page: await timed(RUNS, () => votes.rollCalls(YEAR, true, { limit: 20, after: null })),
    agreement: await timed(RUNS, () => votes.agreement(YEAR)),
    export: await timed(Math.max(1, Math.floor(RUNS / 5)), async () => {
      for await (const chunk of exportChunks('csv', votes.rollCallVotes(YEAR, null), columns)) void chunk;
    }),
  });
  const plan: { 'QUERY PLAN': string }[] = await ds.query(
    `EXPLAIN SELECT a.id FROM matter_action a WHERE a.action_by_name = 'City Council' AND a.action_date >= $1 AND a.action_date < $2
      ORDER BY a.action_date DESC NULLS LAST, a.id DESC LIMIT 21`,
    [YEAR.from, YEAR.to],
  );
  if (!plan.some((r) => r['QUERY PLAN'].includes('matter_action_council_date_idx')))
    throw new BenchCheckError(`the page does not use matter_action_council_date_idx:\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
  const indexed = await measure();
  await ds.query(`DROP INDEX matter_action_council_date_idx`);
  await ds.query(`DROP INDEX action_vote_action_id_person_id_vote_idx`);
  await ds.query('ANALYZE');
  const baseline = await measure();

  console.log(
    `council votes benchmark, ${db.kind}: ${ROLL_CALLS} council roll calls x ${ALDERS} votes (+ ${ROLL_CALLS} committee x 15), fill ${fill.toFixed(1)} s`,
  );
  console.log(`a year: ${agreement.rollCalls} roll calls, ${agreement.dividedRollCalls} divided, ${agreement.alders.length} alders`);
  console.log('query                                indexed ms   without the indexes ms   ratio');
  for (const key of ['page', 'agreement', 'export'] as const) {
    const name = { page: 'page of 20 divided roll calls', agreement: "a year's agreement (all pairs)", export: "a year's roll-call CSV" }[
      key
    ];
    console.log(
      `${name.padEnd(36)} ${indexed[key].toFixed(1).padStart(10)}   ${baseline[key].toFixed(1).padStart(22)}   ${(indexed[key] / baseline[key]).toFixed(2)}x`,
    );
  }
  return 0;
});
