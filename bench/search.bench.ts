/**
 * Search benchmark: `npm run bench:search` (see bench/README.md).
 *
 * Fills a fresh database (PGlite, or PostgreSQL with DATABASE_URL) with BENCH_MATTERS matters (default 20,000)
 * whose titles are made from the words of real titles, and BENCH_DOCUMENTS documents (default 1,000, ~25 KB of
 * ordinance text each, paragraphs of the committed test ordinances shuffled) through the real migrations and
 * triggers; one document alone holds the phrase "zebra crossing perimeter". Then, one query at a time, it times
 * MatterSearchService.search (ranked, counted, with snippets) against the baseline the tracker had before: ILIKE
 * on titles (the old `matters(filter: { text })`) and ILIKE over document text (what finding a phrase in
 * ordinances took without an index). Check: the planted phrase comes back first, and only it.
 */
import { AppConfig, CoreModule, exportChunks, pick, seededRandom, type ExportColumn } from '@app/core';
import { LegislationModule, MatterSearchService, type SearchHit } from '@app/legislation';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { findProjectRoot } from '../apps/replay/src';
import { runMigrations } from '../apps/cli/src/run-migrations';
import { createBenchDatabase, type BenchDatabase } from './bench-db';
import { BenchCheckError, runBench, runSuffix } from './bench-run';

const MATTERS = Number(process.env.BENCH_MATTERS ?? 20_000);
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PLANTED = 'zebra crossing perimeter';

/** A few columns of the search download, with the snippet (the widest). */
const searchExportColumns: ExportColumn<SearchHit>[] = [
  { name: 'rank', value: (h) => h.rank },
  { name: 'record_number', value: (h) => h.matter.recordNumber },
  { name: 'title', value: (h) => h.matter.title },
  { name: 'snippet', value: (h) => h.snippet.map((p) => p.text).join('') },
];

@Module({})
class SearchBenchModule {
  static forRoot(config: AppConfig, pglite: BenchDatabase['pglite']): DynamicModule {
    return {
      module: SearchBenchModule,
      imports: [CoreModule.forRoot({ config, pglite: pglite ? Promise.resolve(pglite) : undefined }), LegislationModule],
    };
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

runBench(async (cleanups) => {
  const root = findProjectRoot();
  const docDir = path.join(root, 'test/support/documents');
  const paragraphs = readdirSync(docDir)
    .filter((f) => f.endsWith('.markup.txt'))
    .flatMap((f) =>
      readFileSync(path.join(docDir, f), 'utf8')
        .replace(/\{\+|\+\}|\[-|-\]/g, '')
        .split('\n'),
    )
    .filter((l) => l.length > 40);
  const titleWords = readFileSync(path.join(root, 'test/fixtures/elms/matter-detail-SO2025-0019977.json'), 'utf8')
    .match(/"title":\s*"([^"]+)"/)![1]
    .split(/\s+/)
    .concat(paragraphs.join(' ').split(/\s+/).slice(0, 400));
  const random = seededRandom(15);

  const db = await createBenchDatabase('tracker_bench_search', runSuffix());
  if (!process.env.BENCH_KEEP) cleanups.push(() => db.drop());
  else process.stderr.write(`keeping the database: ${db.url ?? 'in memory'}\n`);
  const config = AppConfig.fromEnv({ ...process.env, DATABASE_URL: db.url ?? '', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  await runMigrations(config.database, 'up', db.pglite);
  const app = await NestFactory.createApplicationContext(SearchBenchModule.forRoot(config, db.pglite), { logger: ['error', 'warn'] });
  cleanups.push(() => app.close());
  const ds = app.get(DataSource);

  process.stderr.write(`filling ${MATTERS} matters and ${DOCUMENTS} documents (${db.kind})...\n`);
  let t = performance.now();
  for (let i = 0; i < MATTERS; i += 1000) {
    const n = Math.min(1000, MATTERS - i);
    const titles = Array.from({ length: n }, () =>
      Array.from({ length: 8 + Math.floor(random() * 20) }, () => pick(random, titleWords)).join(' '),
    );
    await ds.query(
      `INSERT INTO matter (matter_id, record_number, title, type, content_hash, fetched_at, introduction_date)
       SELECT 'b' || (i + $1), 'O2025-' || lpad((i + $1)::text, 7, '0'), t, 'Ordinance', 'h', now(), timestamptz '2025-01-01' + (i + $1) * interval '1 hour'
         FROM unnest($2::text[]) WITH ORDINALITY AS x(t, i)`,
      [i, titles],
    );
  }
  const fillMatters = (performance.now() - t) / 1000;
  t = performance.now();
  const ids: { id: string }[] = await ds.query(`SELECT id FROM matter ORDER BY record_number LIMIT $1`, [DOCUMENTS]);
  for (let i = 0; i < ids.length; i += 100) {
    const part = ids.slice(i, i + 100);
    const texts = part.map((_, j) => {
      const body = Array.from({ length: 120 }, () => pick(random, paragraphs));
      if (i + j === Math.floor(DOCUMENTS / 2)) body.splice(60, 0, `Agents shall not set up a ${PLANTED} near a school.`);
      return body.join('\n');
    });
    await ds.query(
      `INSERT INTO matter_document (matter_id, url, byte_hash, byte_length, format, paragraphs, plain_text, fetched_at)
       SELECT m, 'https://example.org/' || m, 'h', length(t), 'pdf', '[]'::jsonb, t, now() FROM unnest($1::uuid[], $2::text[]) AS x(m, t)`,
      [part.map((p) => p.id), texts],
    );
  }
  const fillDocuments = (performance.now() - t) / 1000;
  const [{ mb }] = await ds.query(`SELECT round(avg(length(plain_text)) / 1024.0, 1)::float AS mb FROM matter_document`);

  const search = app.get(MatterSearchService);
  const planted = await search.search(`"${PLANTED}"`, {}, 20, null);
  if (planted.totalCount !== 1 || !planted.hits[0]?.snippet.some((p) => p.highlighted))
    throw new BenchCheckError(`the planted phrase: ${planted.totalCount} hits`);

  const rows: [string, { median: number; p95: number }, { median: number; p95: number }][] = [];
  const phrase = await timed(RUNS, () => search.search(`"${PLANTED}"`, {}, 20, null));
  const phraseIlike = await timed(RUNS, () =>
    ds.query(`SELECT m.id FROM matter m JOIN matter_document d ON d.matter_id = m.id WHERE d.plain_text ILIKE $1 LIMIT 20`, [
      `%${PLANTED}%`,
    ]),
  );
  rows.push(['phrase only in one document', phrase, phraseIlike]);
  const word = await timed(RUNS, () => search.search('immigration', {}, 20, null));
  const wordIlike = await timed(RUNS, () =>
    ds.query(`SELECT id FROM matter WHERE title ILIKE $1 ORDER BY introduction_date DESC LIMIT 20`, ['%immigration%']),
  );
  rows.push(['common title word, page of 20', word, wordIlike]);
  const record = await timed(RUNS, () => search.search('O2025-0012345', {}, 20, null));
  const recordIlike = await timed(RUNS, () => ds.query(`SELECT id FROM matter WHERE record_number ILIKE $1 LIMIT 20`, ['%O2025-0012345%']));
  rows.push(['record number', record, recordIlike]);

  // The CSV an export would send, counted and dropped as it comes: memory should stay flat.
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  t = performance.now();
  let exported = 0;
  let bytes = 0;
  const streamed = (async function* () {
    for await (const hit of search.all('immigration', {}, 500)) {
      exported += 1;
      yield hit;
    }
  })();
  for await (const chunk of exportChunks('csv', streamed, searchExportColumns)) {
    bytes += Buffer.byteLength(chunk);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }
  const exportSeconds = (performance.now() - t) / 1000;

  console.log(`search benchmark, ${db.kind}: ${MATTERS} matters, ${DOCUMENTS} documents of ~${mb} KB`);
  console.log(`fill: matters ${fillMatters.toFixed(1)} s, documents ${fillDocuments.toFixed(1)} s (tsvectors computed by the triggers)`);
  console.log('query                              search median/p95 ms   ILIKE baseline median/p95 ms   ratio (median)');
  for (const [name, s, b] of rows)
    console.log(
      `${name.padEnd(34)} ${s.median.toFixed(1).padStart(8)} /${s.p95.toFixed(1).padStart(7)}   ${b.median.toFixed(1).padStart(12)} /${b.p95.toFixed(1).padStart(7)}        ${(s.median / b.median).toFixed(2)}x`,
    );
  console.log(
    `CSV export of every "immigration" hit: ${exported} rows, ${(bytes / 1e6).toFixed(1)} MB in ${exportSeconds.toFixed(2)} s (${Math.round(exported / exportSeconds)} rows/s); RSS ${Math.round(rssBefore / 1e6)} MB before, peak ${Math.round(rssPeak / 1e6)} MB`,
  );
  return 0;
});
