/**
 * Api benchmark: `npm run bench:api` (see bench/README.md).
 *
 * Fills a fresh database from the replay server (real captures scaled to BENCH_MATTERS, default
 * 1,000, each with a 50-vote roll call) with ElmsBackfillService and serves it from three api
 * instances in this process: one with the response cache off (cold: every answer rendered), one
 * with it on (warm), and one with it on and the rate limit on as in production (limited). The load
 * generator runs in its own process (autocannon, bench/load-process.ts) for every scenario, and a
 * bare node:http server in another answers the same bytes, so the floor is measured in the same run. Prints req/s and latency percentiles, and the ratios the issue
 * tracks. On DATABASE_URL it uses a fresh PostgreSQL database; otherwise in-memory PGlite.
 * Exits 1 if any request failed.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { BenchCheckError, CleanupStack, runBench, runSuffix } from './bench-run';
import type { AddressInfo } from 'node:net';
import { AppConfig, createAppLogger } from '@app/core';
import { ElmsBackfillService, ScraperModule } from '@app/scraper';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { ApiModule } from '../apps/api/src/api.module';
import { configureApi } from '../apps/api/src/bootstrap-api';
import { runMigrations } from '../apps/cli/src/run-migrations';
import { startReplayServer } from '../apps/replay/src';
import { loadInChild, startBareHttp } from './child-processes';
import { createBenchDatabase, type DriverKind } from './bench-db';
import { addRollCalls } from './bench-roll-calls';
import type { LoadRequest, LoadResult } from './load-process';
import { benchRedlinePage, REDLINE_BUDGET_MS, reportRedline } from './redline-page';

const TYPENAME_QUERY = '{ __typename }';
const MATTER_QUERY = `query Matter($n: String!) {
  matter(recordNumber: $n) {
    recordNumber title type status
    sponsors { name type office }
    actions { name date byName votes { voterName vote ward } }
    attachments { fileName url type }
  }
}`;
const MATTER_HASH = createHash('sha256').update(MATTER_QUERY).digest('hex');
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
async function graphql(base: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json: any = await res.json();
  if (res.status !== 200 || json.errors) throw new BenchCheckError(`${query}: HTTP ${res.status} ${JSON.stringify(json.errors ?? json)}`);
  return json.data;
}

function persistedPath(n: string, withQuery: boolean): string {
  const q = new URLSearchParams({
    ...(withQuery ? { query: MATTER_QUERY } : {}),
    variables: JSON.stringify({ n }),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: MATTER_HASH } }),
  });
  return `/graphql?${q.toString()}`;
}

const typenameRequests = (): LoadRequest[] => [
  { method: 'POST', path: '/graphql', body: JSON.stringify({ query: TYPENAME_QUERY }), expect: '"Query"' },
];
const matterPosts = (ns: string[]): LoadRequest[] =>
  ns.map((n) => ({ method: 'POST', path: '/graphql', body: JSON.stringify({ query: MATTER_QUERY, variables: { n } }), expect: `"${n}"` }));
const matterGets = (ns: string[]): LoadRequest[] =>
  ns.map((n) => ({ method: 'GET', path: persistedPath(n, false), headers: { 'apollo-require-preflight': 'true' }, expect: `"${n}"` }));
const pageGets = (ns: string[]): LoadRequest[] => ns.map((n) => ({ method: 'GET', path: `/matters/${encodeURIComponent(n)}`, expect: n }));

/** The default RATE_LIMIT_ANONYMOUS, per client per minute, on the limited server. */
const LIMIT_PER_CLIENT = 300;
/** Distinct clients the limited scenarios come from: enough that none reaches its limit in a run. */
const CLIENTS = 4000;

/**
 * A spike from many readers, as a proxy in front reports them: the requests repeated for CLIENTS
 * addresses (X-Forwarded-For), each one its own rate-limit bucket.
 */
function fromClients(requests: LoadRequest[]): LoadRequest[] {
  const out: LoadRequest[] = [];
  for (let c = 0; out.length < CLIENTS; c++) {
    const r = requests[c % requests.length]!;
    out.push({ ...r, headers: { ...r.headers, 'x-forwarded-for': `10.${c >> 16}.${(c >> 8) & 255}.${c & 255}` } });
  }
  return out;
}

interface Scenario {
  server: 'cold' | 'warm' | 'limited' | 'bare';
  name: string;
  requests: LoadRequest[];
  result?: LoadResult;
}

function report(header: string[], scenarios: Scenario[]): void {
  const ms = (v: number) => v.toFixed(2);
  const rows: string[][] = [
    ['server', 'scenario', 'requests', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'bytes/resp', 'failures'],
    ...scenarios.map(({ server, name, result: r }) => [
      server,
      name,
      String(r!.requests),
      r!.rps.toFixed(0),
      ms(r!.p50),
      ms(r!.p90),
      ms(r!.p99),
      ms(r!.max),
      r!.bytesPerResponse.toFixed(0),
      String(r!.failures),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log('');
  for (const h of header) console.log(h);
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log('');
  const get = (server: Scenario['server'], name: string) => scenarios.find((s) => s.server === server && s.name === name)!.result!;
  const ratio = (label: string, a: LoadResult, baseLabel: string, b: LoadResult) =>
    console.log(
      `${label} runs at ${(a.rps / b.rps).toFixed(2)}x the throughput of ${baseLabel}; p99 ${a.p99.toFixed(1)} ms vs ${b.p99.toFixed(1)} ms`,
    );
  const coldTypename = get('cold', TYPENAME_QUERY);
  ratio('cold matter(recordNumber) POST', get('cold', 'matter(recordNumber) POST'), 'cold { __typename }', coldTypename);
  ratio('warm matter(recordNumber) POST', get('warm', 'matter(recordNumber) POST'), 'cold { __typename } (the engine floor)', coldTypename);
  ratio('warm matter(recordNumber) POST', get('warm', 'matter(recordNumber) POST'), 'warm { __typename }', get('warm', TYPENAME_QUERY));
  ratio(
    'warm persisted GET matter',
    get('warm', 'matter(recordNumber) APQ GET'),
    'bare node:http (same bytes)',
    get('bare', 'matter JSON'),
  );
  ratio('warm GET /matters/:n page', get('warm', 'GET /matters/:n'), 'bare node:http (same bytes)', get('bare', 'matter page HTML'));
  ratio('cold GET /matters/:n page', get('cold', 'GET /matters/:n'), 'bare node:http (same bytes)', get('bare', 'matter page HTML'));
  ratio(
    'limited persisted GET matter',
    get('limited', 'matter(recordNumber) APQ GET'),
    'bare node:http (same bytes)',
    get('bare', 'matter JSON'),
  );
  ratio('limited GET /matters/:n page', get('limited', 'GET /matters/:n'), 'bare node:http (same bytes)', get('bare', 'matter page HTML'));
}

async function startApi(
  config: AppConfig,
  pglite: PGlite | undefined,
  cleanups: CleanupStack,
): Promise<{ app: INestApplication; base: string }> {
  const app: INestApplication = await NestFactory.create(
    ApiModule.forRoot({ config, pglite: pglite ? Promise.resolve(pglite) : undefined }),
    {
      logger: createAppLogger(config),
    },
  );
  cleanups.push(() => app.close());
  configureApi(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, base: `http://127.0.0.1:${port}` };
}

async function main(cleanups: CleanupStack): Promise<number> {
  const scale = positiveNumber('BENCH_MATTERS', 1000, true);
  const concurrency = positiveNumber('BENCH_CONCURRENCY', 32, true);
  const seconds = positiveNumber('BENCH_SECONDS', 10, false);
  const warmup = 2;
  const driver: DriverKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const suffix = runSuffix();

  process.stderr.write(`starting replay server (scale ${scale}, a roll call on every clone) and a ${driver} database...\n`);
  const replay = await startReplayServer({ scale, rateLimit: false, port: 0 });
  cleanups.push(() => replay.close());
  const votesAdded = addRollCalls(replay.store);

  const db = await createBenchDatabase('tracker_bench_api', suffix);
  cleanups.push(() => db.drop());

  const env = {
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
  };
  const coldConfig = AppConfig.fromEnv({ ...env, RESPONSE_CACHE_MAX_BYTES: '0' });
  const warmConfig = AppConfig.fromEnv(env);
  // Production's settings: the default limit per client, behind a proxy that names the client (X-Forwarded-For).
  const limitedConfig = AppConfig.fromEnv({ ...env, RATE_LIMIT_ANONYMOUS: String(LIMIT_PER_CLIENT), TRUST_PROXY: 'loopback' });
  await runMigrations(coldConfig.database, 'up', db.pglite);
  const cold = await startApi(coldConfig, db.pglite, cleanups);
  const warm = await startApi(warmConfig, db.pglite, cleanups);
  const limited = await startApi(limitedConfig, db.pglite, cleanups);

  process.stderr.write(`filling the database by backfill from ${replay.url}...\n`);
  const t0 = performance.now();
  await cold.app
    .select(ScraperModule)
    .get(ElmsBackfillService)
    .backfill({ from: new Date('2000-01-01T00:00:00Z'), to: new Date('2100-01-01T00:00:00Z') });
  const matters = Number((await cold.app.get(DataSource).query(`SELECT count(*)::int AS n FROM matter`))[0]?.n);
  process.stderr.write(
    `  ${matters} matters in ${((performance.now() - t0) / 1000).toFixed(1)} s; cold api at ${cold.base}, warm at ${warm.base}\n`,
  );
  if (matters !== scale) throw new BenchCheckError(`backfill: expected ${scale} rows in matter, found ${matters}`);

  const data = await graphql(cold.base, RECORD_NUMBERS_QUERY);
  const recordNumbers: string[] = data.matters.edges.map((e: any) => e.node.recordNumber);
  if (recordNumbers.length !== Math.min(100, scale)) {
    throw new BenchCheckError(`matters(first: 100) returned ${recordNumbers.length} record numbers, expected ${Math.min(100, scale)}`);
  }

  // One pass over the set before the load: every record number answers, the payload is described,
  // and the warm server's persisted-query cache learns the query (APQ registration by GET).
  const shape = { actions: 0, votes: 0, sponsors: 0, attachments: 0 };
  for (const n of recordNumbers) {
    const m = (await graphql(cold.base, MATTER_QUERY, { n })).matter;
    shape.actions += m.actions.length;
    shape.votes += m.actions.reduce((sum: number, a: any) => sum + a.votes.length, 0);
    shape.sponsors += m.sponsors.length;
    shape.attachments += m.attachments.length;
  }
  for (const server of [warm, limited]) {
    const registered = await fetch(`${server.base}${persistedPath(recordNumbers[0]!, true)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    if (registered.status !== 200) throw new BenchCheckError(`APQ registration: HTTP ${registered.status} ${await registered.text()}`);
  }
  const per = (k: keyof typeof shape) => (shape[k] / recordNumbers.length).toFixed(1);

  // The floor answers the exact bytes the api sends for the first matter and its page.
  const first = recordNumbers[0]!;
  const matterRes = await fetch(`${warm.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: MATTER_QUERY, variables: { n: first } }),
  });
  const pageRes = await fetch(`${warm.base}/matters/${encodeURIComponent(first)}`);
  for (const [what, path, init] of [
    [
      'matter POST',
      '/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: MATTER_QUERY, variables: { n: first } }),
      },
    ],
    ['matter page', `/matters/${encodeURIComponent(first)}`, {}],
  ] as const) {
    const again = await fetch(`${warm.base}${path}`, init);
    const body = await again.text();
    if (again.headers.get('x-response-cache') !== 'hit')
      throw new BenchCheckError(`the warm server did not answer a repeated ${what} from its cache: ${again.status} ${body.slice(0, 300)}`);
  }
  const bare = await startBareHttp([
    {
      path: '/graphql',
      contentType: matterRes.headers.get('content-type')!,
      body: Buffer.from(await matterRes.arrayBuffer()).toString('base64'),
    },
    { path: '/page', contentType: pageRes.headers.get('content-type')!, body: Buffer.from(await pageRes.arrayBuffer()).toString('base64') },
  ]);
  cleanups.push(() => bare.stop());

  const scenarios: Scenario[] = [
    { server: 'bare', name: 'matter JSON', requests: [{ method: 'GET', path: '/graphql', expect: `"${first}"` }] },
    { server: 'bare', name: 'matter page HTML', requests: [{ method: 'GET', path: '/page', expect: first }] },
    { server: 'cold', name: TYPENAME_QUERY, requests: typenameRequests() },
    { server: 'cold', name: 'matter(recordNumber) POST', requests: matterPosts(recordNumbers) },
    { server: 'cold', name: 'GET /matters/:n', requests: pageGets(recordNumbers) },
    { server: 'warm', name: TYPENAME_QUERY, requests: typenameRequests() },
    { server: 'warm', name: 'matter(recordNumber) POST', requests: matterPosts(recordNumbers) },
    { server: 'warm', name: 'matter(recordNumber) APQ GET', requests: matterGets(recordNumbers) },
    { server: 'warm', name: 'GET /matters/:n', requests: pageGets(recordNumbers) },
    { server: 'limited', name: 'matter(recordNumber) POST', requests: fromClients(matterPosts(recordNumbers)) },
    { server: 'limited', name: 'matter(recordNumber) APQ GET', requests: fromClients(matterGets(recordNumbers)) },
    { server: 'limited', name: 'GET /matters/:n', requests: fromClients(pageGets(recordNumbers)) },
  ];
  const urls = { cold: cold.base, warm: warm.base, limited: limited.base, bare: bare.url };
  for (const s of scenarios) {
    process.stderr.write(`load: ${s.server} ${s.name} — ${concurrency} connections, ${warmup} s warm-up + ${seconds} s...\n`);
    s.result = await loadInChild({ url: urls[s.server], connections: concurrency, seconds, warmupSeconds: warmup, requests: s.requests });
    process.stderr.write(
      `  ${s.result.requests} requests, ${s.result.rps.toFixed(0)} req/s, p99 ${s.result.p99.toFixed(2)} ms, ${s.result.failures} failures\n`,
    );
  }

  report(
    [
      `api benchmark — driver ${driver}, node ${process.version}, ${matters} matters stored (scale ${scale}), ${concurrency} connections, ` +
        `${seconds} s per scenario after ${warmup} s warm-up; load generator (autocannon) in its own process per scenario, ` +
        `bare node:http in another; cold = response cache off, warm = on, limited = on with the rate limit on (${LIMIT_PER_CLIENT} a minute per client, ${CLIENTS} clients by X-Forwarded-For)`,
      `matter cycles over ${recordNumbers.length} record numbers (newest first); per matter on average ${per('actions')} actions, ` +
        `${per('votes')} votes, ${per('sponsors')} sponsors, ${per('attachments')} attachments (${votesAdded} votes added to the replay)`,
    ],
    scenarios,
  );

  process.stderr.write('redline page (cold server): reading chapter 2-173 and the test amendment...\n');
  const redlineOk = reportRedline(await benchRedlinePage(cold.app, cold.base, first));
  if (!redlineOk) throw new BenchCheckError(`the redline page took over ${REDLINE_BUDGET_MS} ms at p95`);

  const failed = scenarios.filter((s) => s.result!.failures > 0);
  if (failed.length) {
    console.error('');
    for (const f of failed) {
      console.error(`FAILED: ${f.server} ${f.name}: ${f.result!.failures} failed requests, e.g.`);
      for (const m of f.result!.failureSamples) console.error(`  ${m}`);
    }
    return 1;
  }
  if (scenarios.some((s) => s.result!.requests === 0)) throw new BenchCheckError('a scenario completed no requests inside its window');
  return 0;
}

runBench(main);
