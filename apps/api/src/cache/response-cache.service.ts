import { AppConfig } from '@app/core';
import { Injectable } from '@nestjs/common';
import { ReadOnlyOperations } from './read-only-operations';
import { CachedResponse, ResponseCacheStats, ResponseCacheStore } from './response-cache.store';

/**
 * @description The api process's cache of anonymous answers (GraphQL reads, pages, feeds), keyed by
 * request and valid for one data version (see `bumpDataVersion` in @app/core). One per process;
 * `/metrics` reports its counters.
 */
@Injectable()
export class ResponseCache {
  readonly enabled: boolean;
  readonly store: ResponseCacheStore;
  readonly operations = new ReadOnlyOperations();
  /** Sent with every cacheable GET answer, hit or miss. */
  readonly cacheControl: string;

  constructor(config: AppConfig) {
    const c = config.responseCache;
    this.enabled = c.maxBytes > 0;
    this.store = new ResponseCacheStore(c.maxBytes, c.ttlMs);
    this.cacheControl = `public, max-age=${c.maxAgeSeconds}, stale-while-revalidate=${c.staleSeconds}`;
  }

  /** Answers being rendered now, by key and data version, for requests that arrive meanwhile. */
  private readonly inFlight = new Map<string, Promise<CachedResponse | null>>();

  /** The answer a miss for this key at this version is rendering, once it is done; null when none is. */
  rendering(key: string, version: string): Promise<CachedResponse | null> | null {
    return this.inFlight.get(`${version} ${key}`) ?? null;
  }

  /** Registers a miss's rendering; call the returned function once with what it stored (null: nothing). */
  startRendering(key: string, version: string): (entry: CachedResponse | null) => void {
    const flight = `${version} ${key}`;
    let settle!: (entry: CachedResponse | null) => void;
    this.inFlight.set(flight, new Promise((resolve) => (settle = resolve)));
    let settled = false;
    return (entry) => {
      if (settled) return;
      settled = true;
      this.inFlight.delete(flight);
      settle(entry);
    };
  }

  stats(): ResponseCacheStats {
    return this.store.snapshot();
  }
}
