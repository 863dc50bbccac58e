import type { Request } from 'express';
import { cacheKeyOf, sha256Hex } from '../../../apps/api/src/cache/cache-key';
import { ReadOnlyOperations } from '../../../apps/api/src/cache/read-only-operations';

function req(r: Partial<Request> & { path: string }): Request {
  return { method: 'GET', headers: {}, query: {}, originalUrl: r.path, ...r } as Request;
}

const QUERY = 'query M($n: String!) { matter(recordNumber: $n) { title } }';

describe('cacheKeyOf', () => {
  it('keys a POSTed query and its persisted-query GET by the same sha256, variables and language', () => {
    const post = cacheKeyOf(req({ path: '/graphql', method: 'POST', body: { query: QUERY, variables: { n: 'O2023-0004222' } } }));
    const get = cacheKeyOf(
      req({
        path: '/graphql',
        query: {
          variables: '{"n":"O2023-0004222"}',
          extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256Hex(QUERY) } }),
        },
      }),
    );
    expect(post).toMatchObject({ kind: 'graphql', hash: sha256Hex(QUERY), query: QUERY });
    expect(get).toMatchObject({ kind: 'graphql', hash: sha256Hex(QUERY), query: null });
    const es = cacheKeyOf(
      req({
        path: '/graphql',
        method: 'POST',
        headers: { 'accept-language': 'es-US' },
        body: { query: QUERY, variables: { n: 'O2023-0004222' } },
      }),
    );
    expect(es!.key).not.toBe(post!.key);
  });

  it('bypasses credentials, other methods, probes and assets; pages are keyed by their URL', () => {
    expect(
      cacheKeyOf(req({ path: '/graphql', method: 'POST', headers: { authorization: 'Bearer trk_x' }, body: { query: QUERY } })),
    ).toBeNull();
    expect(cacheKeyOf(req({ path: '/matters/O2023-0004222', method: 'POST' }))).toBeNull();
    for (const path of ['/health', '/metrics', '/assets/site.css', '/graphiql']) expect(cacheKeyOf(req({ path }))).toBeNull();
    expect(cacheKeyOf(req({ path: '/matters/O2023-0004222', originalUrl: '/matters/O2023-0004222?lang=es' }))).toEqual({
      kind: 'page',
      key: 'GET page /matters/O2023-0004222?lang=es',
    });
  });
});

describe('ReadOnlyOperations', () => {
  it('caches queries only, the named operation deciding in a document with several', () => {
    const ops = new ReadOnlyOperations();
    const mixed = 'query A { __typename } mutation B { deleteTrackingRule(id: "x") }';
    ops.learn(sha256Hex(QUERY), QUERY);
    ops.learn(sha256Hex(mixed), mixed);
    expect(ops.isQuery(sha256Hex(QUERY), null)).toBe(true);
    expect(ops.isQuery(sha256Hex(mixed), 'A')).toBe(true);
    expect(ops.isQuery(sha256Hex(mixed), 'B')).toBe(false);
    expect(ops.isQuery(sha256Hex(mixed), null)).toBe(false);
    expect(ops.isQuery(sha256Hex('never seen'), null)).toBe(false);
  });
});
