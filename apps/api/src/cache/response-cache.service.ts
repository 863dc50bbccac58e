import { AppConfig } from '@app/core';
import { Injectable } from '@nestjs/common';
import { ReadOnlyOperations } from './read-only-operations';
import { ResponseCacheStats, ResponseCacheStore } from './response-cache.store';

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

  stats(): ResponseCacheStats {
    return this.store.snapshot();
  }
}
