import { createHash } from 'node:crypto';
import { request as httpRequest, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiKeyService, DATA_VERSION_CHANNEL, DataVersion } from '@app/core';
import { SyncJobsService } from '@app/scraper';
import { Client } from 'pg';
import request from 'supertest';
import { ApiTestApp, startApiApp } from '../../support/api-app';
import { readCapture } from '../../support/fixtures/captures';

const RECORD = 'SO2025-0019977';
const QUERY = 'query ($n: String!) { matter(recordNumber: $n) { recordNumber title } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const CACHE_ON = { RESPONSE_CACHE_MAX_BYTES: '8388608', RESPONSE_CACHE_MAX_AGE_SECONDS: '7', RESPONSE_CACHE_STALE_SECONDS: '30' };

/** A later publication date, as eLMS writes it, so the next poll reads the matter again. */
function later(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/**
 * Waits until the api trusts its data version without reading it, as it does between syncs: only
 * then is a GET hit answered ahead of Express (a request that must read the version goes through).
 */
async function versionTrusted(t: ApiTestApp): Promise<void> {
  const versions = t.app.get(DataVersion);
  for (let i = 0; versions.peek() === null; i++) {
    if (i === 200) throw new Error('the data version was never trusted (is the LISTEN connection up?)');
    await versions.current();
    if (versions.peek() === null) await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('response cache', () => {
  let t: ApiTestApp;
  const http = () => request(t.app.getHttpServer());
  const post = (query = QUERY) =>
    http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query, variables: { n: RECORD } });
  const persistedGet = (withQuery: boolean) =>
    http()
      .get('/graphql')
      .set('apollo-require-preflight', 'true')
      .query({
        ...(withQuery ? { query: QUERY } : {}),
        variables: JSON.stringify({ n: RECORD }),
        extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: HASH } }),
      });

  beforeAll(async () => {
    t = await startApiApp({ env: CACHE_ON });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers a repeated GraphQL read from the cache, byte for byte', async () => {
    const first = await post();
    const second = await post();
    expect(first.headers['x-response-cache']).toBe('miss');
    expect(second.headers['x-response-cache']).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.body.data.matter.recordNumber).toBe(RECORD);
    // helmet's headers are on hits too.
    expect(second.headers['content-security-policy']).toContain("default-src 'none'");
    expect(second.headers['x-content-type-options']).toBe('nosniff');
  });

  it('renders a burst of the same new request once, the others waiting for it', async () => {
    const query = 'query Burst($n: String!) { matter(recordNumber: $n) { recordNumber status } }';
    const burst = await Promise.all(Array.from({ length: 6 }, () => post(query)));
    expect(burst.map((r) => r.headers['x-response-cache']).sort()).toEqual(['hit', 'hit', 'hit', 'hit', 'hit', 'miss']);
    expect(new Set(burst.map((r) => r.text)).size).toBe(1);
  });

  it('serves automatic persisted queries over GET, with ETag, 304 and a short Cache-Control', async () => {
    const registered = await persistedGet(true);
    expect(registered.status).toBe(200);
    expect(registered.body.data.matter.recordNumber).toBe(RECORD);
    const byHash = await persistedGet(false);
    expect(byHash.headers['x-response-cache']).toBe('hit');
    expect(byHash.text).toBe(registered.text);
    expect(byHash.headers['cache-control']).toBe('public, max-age=7, stale-while-revalidate=30');
    const etag = byHash.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const revalidated = await persistedGet(false).set('if-none-match', etag);
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
  });

  it('caches pages with their own security headers and answers If-None-Match with 304', async () => {
    const first = await http().get(`/matters/${RECORD}`);
    const second = await http().get(`/matters/${RECORD}`);
    expect(first.status).toBe(200);
    expect(second.headers['x-response-cache']).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.headers['content-security-policy']).toContain("script-src 'self'");
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers['cache-control']).toBe('public, max-age=7, stale-while-revalidate=30');
    expect((await http().get(`/matters/${RECORD}`).set('if-none-match', second.headers.etag)).status).toBe(304);
    const feed = await http().get('/feeds/tracked.atom');
    expect(feed.status).toBe(200);
    expect((await http().get('/feeds/tracked.atom').set('if-none-match', feed.headers.etag)).status).toBe(304);
  });

  it('shows a committed sync to the very next request', async () => {
    const before = await post();
    expect(before.body.data.matter.title).not.toBe('A title the sync just stored');
    expect((await post()).headers['x-response-cache']).toBe('hit');
    const page = await http().get(`/matters/${RECORD}`);
    expect(page.headers['x-response-cache']).toBe('hit');

    const { matterId } = readCapture(`matter-detail-${RECORD}.json`) as { matterId: string };
    expect(
      t.replay.store.republish([matterId], later(5), (d) => {
        d['title'] = 'A title the sync just stored';
      }),
    ).toBe(1);
    const { ScraperModule } = await import('@app/scraper');
    await t.app.select(ScraperModule).get(SyncJobsService).run('elms.poll');

    const after = await post();
    expect(after.headers['x-response-cache']).toBe('miss');
    expect(after.body.data.matter.title).toBe('A title the sync just stored');
    const pageAfter = await http().get(`/matters/${RECORD}`);
    expect(pageAfter.headers['x-response-cache']).toBe('miss');
    expect(pageAfter.text).toContain('A title the sync just stored');
    expect(pageAfter.headers.etag).not.toBe(page.headers.etag);
  });

  (process.env.DATABASE_URL ? it : it.skip)('sees a commit of another process once its NOTIFY arrives (PostgreSQL)', async () => {
    const cached = await post();
    expect((await post()).headers['x-response-cache']).toBe('hit');
    // Another process: its own connection, outside this app's TypeORM, bumping the version as every writer does.
    const other = new Client({ connectionString: t.db.config.database.kind === 'postgres' ? t.db.config.database.url : '' });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`UPDATE matter SET title = 'Written by another process' WHERE record_number = $1`, [RECORD]);
      await other.query(`WITH b AS (UPDATE data_version SET version = version + 1 WHERE id = 1 RETURNING version)
        SELECT pg_notify('${DATA_VERSION_CHANNEL}', version::text) FROM b`);
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    let seen = cached;
    for (let i = 0; i < 50 && seen.body.data.matter.title !== 'Written by another process'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      seen = await post();
    }
    expect(seen.body.data.matter.title).toBe('Written by another process');
  });

  it('shows a tracked or untracked code chapter to the very next request', async () => {
    const chapters = async () => {
      const res = await post('query { codeChapters { number tracked } }');
      const list = res.body.data.codeChapters as { number: string; tracked: boolean }[];
      return { cache: res.headers['x-response-cache'], tracked: list.filter((c) => c.tracked).map((c) => c.number) };
    };
    const key = (await t.app.get(ApiKeyService).create('cache-code-chapters')).key;
    const operator = (query: string) =>
      http().post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${key}`).send({ query });
    const before = await chapters();
    expect(before.tracked).not.toContain('2-174');
    expect((await chapters()).cache).toBe('hit');

    const tracked = await operator(
      'mutation { trackCodeChapter(input: { number: "2-174", sourceUrls: ["/codes/chicago/latest/chicago_il/0-0-0-1"] }) { number } }',
    );
    expect(tracked.body.errors).toBeUndefined();
    expect(await chapters()).toEqual({ cache: 'miss', tracked: expect.arrayContaining([...before.tracked, '2-174']) });

    expect((await operator('mutation { untrackCodeChapter(number: "2-174") }')).body.data.untrackCodeChapter).toBe(true);
    const untracked = await chapters();
    expect(untracked.cache).toBe('miss');
    expect(untracked.tracked).toEqual(before.tracked);
  });

  it('never caches operators, mutations or errors', async () => {
    const operator = await post().set('authorization', 'Bearer trk_not_a_key');
    expect(operator.headers['x-response-cache']).toBeUndefined();
    const mutation = 'mutation { deleteTrackingRule(id: "00000000-0000-0000-0000-000000000000") }';
    for (let i = 0; i < 2; i++) expect((await post(mutation)).headers['x-response-cache']).toBe('miss');
    const missing = 'query { matter(recordNumber: "O2023-0004222") { title } }';
    for (let i = 0; i < 2; i++) expect((await post(missing)).headers['x-response-cache']).toBe('miss');
  });

  it('answers GET hits ahead of Express with the headers the pipeline set, and POST hits through it', async () => {
    const answeredFirst = async () =>
      Number(/^tracker_response_cache_answered_first_total (\d+)/m.exec((await http().get('/metrics')).text)?.[1] ?? NaN);
    const rendered = await persistedGet(true);
    const before = await answeredFirst();
    await versionTrusted(t);
    const early = await persistedGet(false);
    expect(early.headers['x-response-cache']).toBe('hit');
    expect(await answeredFirst()).toBe(before + 1);
    expect(early.text).toBe(rendered.text);
    const names = (headers: Record<string, string>) =>
      Object.keys(headers)
        .filter((h) => h !== 'date' && h !== 'x-response-cache')
        .sort();
    expect(names(early.headers)).toEqual(names(rendered.headers));
    for (const h of ['content-type', 'content-security-policy', 'strict-transport-security', 'vary', 'cache-control', 'etag'])
      expect(early.headers[h]).toBe(rendered.headers[h]);
    expect(Number(early.headers['x-ratelimit-remaining'])).toBeLessThan(Number(rendered.headers['x-ratelimit-remaining']));
    await post();
    expect((await post()).headers['x-response-cache']).toBe('hit');
    expect(await answeredFirst()).toBe(before + 1);
  });

  it('reports hits, misses and bytes in /metrics', async () => {
    const text = (await http().get('/metrics')).text;
    const value = (line: RegExp) => Number(line.exec(text)?.[1] ?? NaN);
    expect(value(/^tracker_response_cache_requests_total\{outcome="hit"\} (\d+)/m)).toBeGreaterThanOrEqual(4);
    expect(value(/^tracker_response_cache_requests_total\{outcome="miss"\} (\d+)/m)).toBeGreaterThanOrEqual(4);
    expect(value(/^tracker_response_cache_requests_total\{outcome="not_modified"\} (\d+)/m)).toBeGreaterThanOrEqual(2);
    expect(value(/^tracker_response_cache_bytes (\d+)/m)).toBeGreaterThan(1000);
  });
});

describe('response cache under the rate limit', () => {
  let t: ApiTestApp;

  beforeAll(async () => {
    t = await startApiApp({ env: { ...CACHE_ON, RATE_LIMIT_ANONYMOUS: '3' }, fill: {} });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('counts cached answers against the limit like rendered ones', async () => {
    const http = request(t.app.getHttpServer());
    const statuses: (string | number)[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await http.get('/');
      statuses.push(res.status === 200 ? res.headers['x-response-cache'] : res.status);
      if (res.status === 200) expect(res.headers['x-ratelimit-remaining']).toBe(String(2 - i));
    }
    expect(statuses).toEqual(['miss', 'hit', 'hit', 429]);
  });
});

/** A GET with a path as written (supertest drops a `#fragment`, a raw client sends it). */
function rawGetStatus(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    })
      .on('error', reject)
      .end();
  });
}

function listening(server: Server): Promise<AddressInfo> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo)));
}

describe('response cache without a rate limit', () => {
  let t: ApiTestApp;

  beforeAll(async () => {
    t = await startApiApp({ env: { ...CACHE_ON, RATE_LIMIT_ANONYMOUS: '0' }, fill: {} });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('keys hits answered ahead of Express as Express would: path, query string, language', async () => {
    const http = request(t.app.getHttpServer());
    const query = '{ matters(first: 1) { pageInfo { hasNextPage } } }';
    const answeredFirst = async () =>
      Number(/^tracker_response_cache_answered_first_total (\d+)/m.exec((await http.get('/metrics')).text)?.[1]);
    const asked = [
      () => http.get('/'),
      () => http.get('/?lang=es'),
      () => http.get('/graphql').set('apollo-require-preflight', 'true').query({ query }),
      () => http.get('/graphql').set('apollo-require-preflight', 'true').set('accept-language', 'es').query({ query }),
    ];
    const rendered = [];
    for (const ask of asked) rendered.push(await ask());
    expect(rendered.map((r) => [r.status, r.headers['x-response-cache']])).toEqual(asked.map(() => [200, 'miss']));
    const before = await answeredFirst();
    for (const [i, ask] of asked.entries()) {
      await versionTrusted(t);
      const again = await ask();
      expect([i, again.headers['x-response-cache']]).toEqual([i, 'hit']);
      expect(again.text).toBe(rendered[i]!.text);
      expect(again.headers['x-ratelimit-remaining']).toBeUndefined();
    }
    expect(await answeredFirst()).toBe(before + asked.length);
    expect(rendered[1]!.text).not.toBe(rendered[0]!.text);
    // A URL Express reads differently from its path up to `?` is left to Express.
    const server = t.app.getHttpServer() as Server;
    const { port } = await listening(server);
    expect(await rawGetStatus(port, '/?lang=es#top')).toBe(200);
    await new Promise((resolve) => server.close(resolve));
    expect(await answeredFirst()).toBe(before + asked.length);
  });
});
