import { ApiKeyService } from '@app/core';
import request from 'supertest';
import { ApiTestApp, startApiApp } from '../../support/api-app';

/** Issue 13, item 11 (api part): headers on every route, operator names kept to operators, rate limits. */
describe('security headers, operator-only fields and rate limits', () => {
  let a: ApiTestApp;
  let key: string;
  const LIMIT = 12;
  const http = () => request(a.app.getHttpServer());
  const RULES = '{ trackingRules { kind value createdBy } }';

  beforeAll(async () => {
    // Low limits for this file only: every other suite runs with them far out of reach.
    a = await startApiApp({
      env: { RATE_LIMIT_ANONYMOUS: String(LIMIT), RATE_LIMIT_OPERATOR: String(LIMIT * 3), RATE_LIMIT_WINDOW_SECONDS: '60' },
    });
    key = (await a.app.get(ApiKeyService).create('alice-operator')).key;
  }, 180_000); // a poll of the replayed captures; slow on a busy two-core machine

  afterAll(async () => {
    await a?.close();
  });

  it('sends nosniff, a CSP and no X-Powered-By on GraphQL, feeds, pages and health', async () => {
    const responses = [
      await http().post('/graphql').send({ query: '{ trackingRules { id } }' }),
      await http().get('/feeds/tracked.atom'),
      await http().get('/feeds/tracked.ics'),
      await http().get('/'),
      await http().get('/health'),
    ];
    for (const res of responses) {
      expect(res.status).toBeLessThan(500);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toMatch(/default-src '(none|self)'/);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    expect(responses[0]!.headers['content-security-policy']).toContain("default-src 'none'");
    expect(responses[1]!.headers['content-security-policy']).toContain("default-src 'none'");
    expect(responses[3]!.headers['content-security-policy']).toContain("script-src 'self'"); // the pages keep their own policy
  });

  it('shows trackingRules.createdBy to operators only', async () => {
    const anonymous = await http().post('/graphql').send({ query: RULES });
    expect(anonymous.body.data.trackingRules.length).toBeGreaterThan(0);
    expect(anonymous.body.data.trackingRules.map((r: any) => r.createdBy)).toEqual(anonymous.body.data.trackingRules.map(() => null));
    const operator = await http().post('/graphql').set('authorization', `Bearer ${key}`).send({ query: RULES });
    expect(operator.body.data.trackingRules.map((r: any) => r.createdBy)).toContain('seed');
    const wrongKey = await http().post('/graphql').set('authorization', 'Bearer trk_not-a-key').send({ query: RULES });
    expect(wrongKey.body.data.trackingRules.every((r: any) => r.createdBy === null)).toBe(true);
  });

  it('limits anonymous GraphQL per IP, one count per request however many fields, then TOO_MANY_REQUESTS with Retry-After', async () => {
    const server = a.app.getHttpServer();
    // The tests above spent some of this address's requests: go on from what is left.
    const first = await request(server)
      .post('/graphql')
      .send({ query: '{ a: __typename b: __typename matters(first: 1) { edges { cursor } } }' });
    const remaining = Number(first.headers['x-ratelimit-remaining']);
    expect(first.headers['x-ratelimit-limit']).toBe(String(LIMIT));
    expect(remaining).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < remaining; i++) {
      const ok = await request(server).post('/graphql').send({ query: '{ __typename matters(first: 1) { edges { cursor } } }' });
      expect(ok.body.errors).toBeUndefined();
    }
    const refused = await request(server).post('/graphql').send({ query: '{ matters(first: 1) { edges { cursor } } }' });
    expect(refused.body.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Refused means every root field of the request, not only the first one the guard saw.
    const twoFields = await request(server)
      .post('/graphql')
      .send({ query: '{ a: codeChapter(number: "2-173") { number } b: codeChapter(number: "2-173") { number } }' });
    expect(twoFields.body.errors?.map((e: any) => e.extensions?.code)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    expect(twoFields.body.data).toEqual({ a: null, b: null });
    // Pages and feeds share the address's bucket; health is never limited.
    expect((await request(server).get('/')).status).toBe(429);
    expect((await request(server).get('/feeds/tracked.atom')).status).toBe(429);
    expect((await request(server).get('/health')).status).not.toBe(429);
    // An operator's key has its own, larger bucket.
    const operator = await request(server)
      .post('/graphql')
      .set('authorization', `Bearer ${key}`)
      .send({ query: '{ trackingRules { id } }' });
    expect(operator.body.errors).toBeUndefined();
    expect(operator.headers['x-ratelimit-limit']).toBe(String(LIMIT * 3));
    // An invalid key is just anonymous.
    const forged = await request(server)
      .post('/graphql')
      .set('authorization', 'Bearer trk_forged')
      .send({ query: '{ trackingRules { id } }' });
    expect(forged.body.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});
