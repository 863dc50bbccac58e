import { ElmsHttpError, ElmsNetworkError, ElmsParseError, ElmsTimeoutError } from '../../../../libs/scraper/src/elms';
import { CAPTURES, loadCaptureText, sendJson, startServer, TestServer, testFetcher } from './elms-test-helpers';

describe('SourceFetcher over a local HTTP server', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends User-Agent and Accept, encodes query params with %20, and counts requests', async () => {
    server = await startServer((_req, res) => sendJson(res, 200, { ok: true }, { 'X-RateLimit-Remaining': '480' }));
    const { fetcher } = testFetcher(server.baseUrl);
    const res = await fetcher.get('/matter', {
      filter: "lastPublicationDate gt 2026-07-10T22:45:01+00:00 and type eq 'Ordinance'",
      sort: 'lastPublicationDate desc',
      top: 500,
      skip: undefined,
    });
    const req = server.requests[0];
    expect(req.method).toBe('GET');
    expect(req.headers['user-agent']).toBe('chi-legislation-tracker-test/1.0 (+mailto:test@example.org)');
    expect(req.headers.accept).toBe('application/json');
    expect(req.url).toBe(
      '/matter?filter=lastPublicationDate%20gt%202026-07-10T22%3A45%3A01%2B00%3A00%20and%20type%20eq%20%27Ordinance%27&sort=lastPublicationDate%20desc&top=500',
    );
    expect(res.json).toEqual({ ok: true });
    expect(res.rateLimitRemaining).toBe(480);
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${server.baseUrl}${req.url}`);
    expect(fetcher.requestCount).toBe(1);
  });

  it('parses double-encoded JSON (as /matter/{id} serves it) and returns the inner text', async () => {
    const inner = loadCaptureText(CAPTURES.matterDetail);
    server = await startServer((_req, res) => sendJson(res, 200, JSON.stringify(inner)));
    const { fetcher } = testFetcher(server.baseUrl);
    const res = await fetcher.get('/matter/7D29E6F7-439A-F011-B4CB-001DD802A35E');
    expect(res.text).toBe(inner);
    expect((res.json as { recordNumber: string }).recordNumber).toBe('SO2025-0019977');
  });

  it('parses JSON served as text/plain', async () => {
    const body = loadCaptureText(CAPTURES.person);
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(body);
    });
    const { fetcher } = testFetcher(server.baseUrl);
    const res = await fetcher.get('/person/D21B0DB3-37FE-ED11-8847-001DD806815C');
    expect((res.json as { displayName: string }).displayName).toBe('Zalewski, Michael R. ');
  });

  it('retries truncated JSON and then throws ElmsParseError with url and snippet', async () => {
    const full = loadCaptureText(CAPTURES.matterDetail);
    const truncated = full.slice(0, Math.floor(full.length / 2));
    server = await startServer((_req, res) => sendJson(res, 200, truncated));
    const { fetcher, clock } = testFetcher(server.baseUrl, { maxRetries: 2 });
    const err = await fetcher.get('/matter/X').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ElmsParseError);
    const parseErr = err as ElmsParseError;
    expect(parseErr.code).toBe('ELMS_PARSE');
    expect(parseErr.url).toBe(`${server.baseUrl}/matter/X`);
    expect(parseErr.snippet).toContain('"matterId"');
    expect(parseErr.attempts).toBe(3);
    expect(fetcher.requestCount).toBe(3);
    expect(fetcher.retryCount).toBe(2);
    // Full jitter with random()=0.5: 0.5 * 10 * 2^(n-1), each followed by the limiter's spacing remainder.
    expect(clock.sleeps).toEqual([5, 495, 10, 490]);
  });

  it('recovers after a 500 and counts the retry', async () => {
    server = await startServer((_req, res, i) =>
      i === 0 ? sendJson(res, 500, { message: 'boom' }) : sendJson(res, 200, { data: [], meta: {} }),
    );
    const { fetcher } = testFetcher(server.baseUrl);
    const res = await fetcher.get('/matter');
    expect(res.status).toBe(200);
    expect(fetcher.requestCount).toBe(2);
    expect(fetcher.retryCount).toBe(1);
    expect(server.requests).toHaveLength(2);
  });

  it('surfaces a persistent 503 as ElmsHttpError after maxRetries', async () => {
    server = await startServer((_req, res) => sendJson(res, 503, 'unavailable'));
    const { fetcher } = testFetcher(server.baseUrl, { maxRetries: 2 });
    const err = (await fetcher.get('/matter').catch((e: unknown) => e)) as ElmsHttpError;
    expect(err).toBeInstanceOf(ElmsHttpError);
    expect(err.status).toBe(503);
    expect(err.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it('honours 429 Retry-After (seconds) before retrying', async () => {
    server = await startServer((_req, res, i) =>
      i === 0 ? sendJson(res, 429, 'slow down', { 'Retry-After': '3' }) : sendJson(res, 200, { ok: 1 }),
    );
    const { fetcher, clock } = testFetcher(server.baseUrl);
    const start = clock.now();
    await fetcher.get('/matter');
    expect(server.requests).toHaveLength(2);
    expect(clock.now() - start).toBeGreaterThanOrEqual(3000);
    expect(clock.sleeps).toContain(3000);
  });

  it('honours 429 Retry-After given as an HTTP date', async () => {
    let retryAt = 0;
    server = await startServer((_req, res, i) =>
      i === 0 ? sendJson(res, 429, '', { 'Retry-After': new Date(retryAt).toUTCString() }) : sendJson(res, 200, { ok: 1 }),
    );
    const { fetcher, clock } = testFetcher(server.baseUrl);
    retryAt = clock.now() + 8000;
    await fetcher.get('/matter');
    expect(clock.now()).toBeGreaterThanOrEqual(retryAt);
  });

  it('does not retry a 404 or 400', async () => {
    server = await startServer((req, res) => sendJson(res, req.url?.includes('missing') ? 404 : 400, 'nope'));
    const { fetcher } = testFetcher(server.baseUrl);
    const notFound = (await fetcher.get('/matter/missing').catch((e: unknown) => e)) as ElmsHttpError;
    expect(notFound).toBeInstanceOf(ElmsHttpError);
    expect(notFound.status).toBe(404);
    expect(notFound.code).toBe('ELMS_HTTP');
    expect(notFound.bodySnippet).toBe('nope');
    const bad = (await fetcher.get('/matter', { skip: 100_001 }).catch((e: unknown) => e)) as ElmsHttpError;
    expect(bad.status).toBe(400);
    expect(fetcher.requestCount).toBe(2);
  });

  it('times out each attempt and throws ElmsTimeoutError after maxRetries', async () => {
    server = await startServer(() => {
      /* never answer */
    });
    const { fetcher } = testFetcher(server.baseUrl, { timeoutMs: 40, maxRetries: 2 });
    const err = (await fetcher.get('/matter').catch((e: unknown) => e)) as ElmsTimeoutError;
    expect(err).toBeInstanceOf(ElmsTimeoutError);
    expect(err.code).toBe('ELMS_TIMEOUT');
    expect(err.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it('times out a body that stalls mid-stream', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"data": [');
    });
    const { fetcher } = testFetcher(server.baseUrl, { timeoutMs: 40, maxRetries: 1 });
    await expect(fetcher.get('/matter')).rejects.toBeInstanceOf(ElmsTimeoutError);
    expect(fetcher.requestCount).toBe(2);
  });

  it('retries a dropped connection', async () => {
    server = await startServer((req, res, i) => {
      if (i === 0) req.socket.destroy();
      else sendJson(res, 200, { ok: true });
    });
    const { fetcher } = testFetcher(server.baseUrl);
    await expect(fetcher.get('/matter')).resolves.toMatchObject({ json: { ok: true } });
    expect(fetcher.requestCount).toBe(2);
  });

  it('gives up on a connection that keeps dropping with ElmsNetworkError', async () => {
    server = await startServer((req) => req.socket.destroy());
    const { fetcher } = testFetcher(server.baseUrl, { maxRetries: 1 });
    await expect(fetcher.get('/matter')).rejects.toBeInstanceOf(ElmsNetworkError);
  });

  it('feeds X-RateLimit-Remaining into the limiter', async () => {
    server = await startServer((_req, res) => sendJson(res, 200, {}, { 'X-RateLimit-Remaining': '0' }));
    const { fetcher, clock } = testFetcher(server.baseUrl);
    await fetcher.get('/a');
    const before = clock.now();
    await fetcher.get('/b');
    expect(clock.now() - before).toBeGreaterThanOrEqual(10_000);
  });
});
