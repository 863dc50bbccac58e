import { ApiKeyService } from '@app/core';
import request from 'supertest';
import { ApiTestApp, startApiApp } from '../../support/api-app';
import { gql } from '../../support/graphql-client';

/** Issue 13, items 1, 8 and 9: what an outside reviewer sent to the running tracker, and what it must answer. */
describe('hostile input', () => {
  let a: ApiTestApp;
  let key: string;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  const http = () => request(a.app.getHttpServer());
  const asOperator = (query: string, variables: object = {}) =>
    http().post('/graphql').set('authorization', `Bearer ${key}`).send({ query, variables });
  /** Lets any rejected promise left behind by the last request settle, so an unhandled one is reported. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  beforeAll(async () => {
    a = await startApiApp();
    key = (await a.app.get(ApiKeyService).create('hostile-input-test')).key;
    process.on('unhandledRejection', onRejection);
  }, 180_000); // a poll of the replayed captures; slow on a busy two-core machine

  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await a?.close();
  });

  beforeEach(() => {
    rejections.length = 0;
  });

  describe('item 1: one bad diff request', () => {
    it('answers BAD_USER_INPUT, leaves no unhandled rejection behind, and the app keeps serving', async () => {
      const res = await gql(a.app, '{ diff(from: "chapter:00000000-0000-0000-0000-000000000000", to: "x") { sections { number } } }');
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      await settle();
      expect(rejections).toEqual([]);
      const next = await gql(a.app, '{ matter(recordNumber: "SO2025-0019977") { recordNumber } }');
      expect(next.data.matter.recordNumber).toBe('SO2025-0019977');
    });

    it('the other way round (unknown first, malformed second) and both unknown answer without a stray rejection', async () => {
      const unknown = 'chapter:00000000-0000-0000-0000-000000000000';
      const reversed = await gql(a.app, '{ diff(from: "x", to: "' + unknown + '") { sections { number } } }');
      expect(reversed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const missing = await gql(
        a.app,
        `{ diff(from: "${unknown}", to: "section:00000000-0000-0000-0000-000000000001") { sections { number } } }`,
      );
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      await settle();
      expect(rejections).toEqual([]);
    });
  });

  describe('item 8: the cost limit counts variables and defaults', () => {
    const aliases = (first: string) =>
      Array.from({ length: 15 }, (_, i) => `m${i}: matters${first} { edges { node { recordNumber title actions { name } } } }`).join(' ');

    it('refuses 15 aliases of matters(first: 100) whether the 100 is written out or passed as a variable', async () => {
      const literal = await gql(a.app, `{ ${aliases('(first: 100)')} }`);
      expect(literal.status).toBe(400);
      expect(literal.errors?.[0].message).toMatch(/cost limit of 5000 exceeded, found \d+/i);
      expect(literal.data).toBeUndefined();
      const variable = await gql(a.app, `query ($n: Int!) { ${aliases('(first: $n)')} }`, { n: 100 });
      expect(variable.status).toBe(400);
      expect(variable.errors?.[0].message).toBe(literal.errors?.[0].message);
      expect(variable.data).toBeUndefined();
    });

    it('counts an omitted first as its default (20), and lets a cheap query with variables run', async () => {
      const many = Array.from(
        { length: 15 },
        (_, i) => `m${i}: matters { edges { node { recordNumber title actions { name votes { voterName } } } } }`,
      ).join(' ');
      const res = await gql(a.app, `{ ${many} }`);
      expect(res.errors?.[0].message).toMatch(/cost limit/i);
      const cheap = await gql(a.app, 'query ($n: Int!) { matters(first: $n) { edges { node { recordNumber } } } }', { n: 1 });
      expect(cheap.errors).toBeUndefined();
      expect(cheap.data.matters.edges).toEqual([{ node: { recordNumber: 'SO2025-0019977' } }]);
    });
  });

  describe('item 9: malformed input is a 400 or BAD_USER_INPUT, never a 500', () => {
    const NUL = '\u0000';

    it.each(['text', 'sponsor', 'committee', 'status'])('a NUL byte in the matters filter %s', async (field) => {
      const literal = await gql(a.app, `{ matters(filter: { ${field}: "a\\u0000b" }) { edges { node { recordNumber } } } }`);
      expect(literal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const variable = await gql(a.app, 'query ($f: MatterFilterInput) { matters(filter: $f) { edges { node { recordNumber } } } }', {
        f: { [field]: `a${NUL}b` },
      });
      expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(variable.data ?? null).toBeNull();
    });

    it('a NUL byte in meetings(body:) and in matter(recordNumber:)', async () => {
      const meetings = await gql(a.app, 'query ($b: String) { meetings(body: $b) { meetingId } }', { b: `City${NUL}Council` });
      expect(meetings.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const matter = await gql(a.app, 'query ($n: String!) { matter(recordNumber: $n) { recordNumber } }', { n: `O2023${NUL}` });
      expect(matter.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('a NUL byte in a page query answers a 400 page', async () => {
      const res = await http().get('/?q=%00');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const lang = await http().get('/matters/SO2025-0019977?lang=%00');
      expect(lang.status).toBe(400);
    });

    it('a tampered cursor whose id is not a uuid', async () => {
      const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
      const matters = await gql(a.app, 'query ($c: String) { matters(first: 2, after: $c) { edges { cursor } } }', {
        c: cursor(['2024-01-01T00:00:00.000Z', 'not-a-uuid']),
      });
      expect(matters.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const runs = await gql(a.app, 'query ($c: String) { scrapeRuns(first: 2, after: $c) { edges { cursor } } }', {
        c: cursor(['2024-01-01T00:00:00.000Z', "1' OR 1=1"]),
      });
      expect(runs.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const page = await http().get(`/?after=${cursor([null, 'x'])}`);
      expect(page.status).toBe(400);
    });

    it('redeliverWebhook("not-a-uuid")', async () => {
      const res = await asOperator('mutation { redeliverWebhook(deliveryId: "not-a-uuid") }');
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const unknown = await asOperator('mutation { redeliverWebhook(deliveryId: "00000000-0000-4000-8000-000000000000") }');
      expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
});
