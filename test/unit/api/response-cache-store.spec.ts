import { CachedResponse, ResponseCacheStore } from '../../../apps/api/src/cache/response-cache.store';

function entry(version: string, bytes: number, storedAt = 0): CachedResponse {
  return { version, storedAt, status: 200, headers: [], body: Buffer.alloc(bytes), etag: '"e"', publicGet: true, counted: true };
}

describe('ResponseCacheStore', () => {
  it('serves an entry only at the version it was rendered at, and drops it otherwise', () => {
    const store = new ResponseCacheStore(1_000_000, 60_000);
    store.set('a', entry('7', 100));
    expect(store.get('a', '7', 0)?.body.length).toBe(100);
    expect(store.get('a', '8', 0)).toBeNull();
    // Dropped: even the old version no longer finds it, and its bytes are freed.
    expect(store.get('a', '7', 0)).toBeNull();
    expect(store.snapshot()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('expires entries older than the TTL whatever the version', () => {
    const store = new ResponseCacheStore(1_000_000, 60_000);
    store.set('a', entry('1', 10, 1_000));
    expect(store.get('a', '1', 61_000)).not.toBeNull();
    expect(store.get('a', '1', 61_001)).toBeNull();
  });

  it('stays under its byte bound by evicting the least recently used', () => {
    const store = new ResponseCacheStore(24_000, 60_000);
    for (const k of ['a', 'b', 'c', 'd']) store.set(k, entry('1', 2_000));
    store.get('a', '1', 0); // a is now the most recently used
    for (const k of ['e', 'f', 'g', 'h', 'i', 'j']) store.set(k, entry('1', 2_000));
    const s = store.snapshot();
    expect(s.bytes).toBeLessThanOrEqual(24_000);
    expect(s.evicted).toBeGreaterThan(0);
    expect(store.get('a', '1', 0)).not.toBeNull();
    expect(store.get('b', '1', 0)).toBeNull();
  });

  it('refuses an answer larger than an eighth of the bound instead of emptying the cache for it', () => {
    const store = new ResponseCacheStore(80_000, 60_000);
    store.set('small', entry('1', 1_000));
    store.set('huge', entry('1', 20_000));
    expect(store.get('huge', '1', 0)).toBeNull();
    expect(store.get('small', '1', 0)).not.toBeNull();
  });
});
