/** One stored answer: the bytes and headers sent, under the data version it was rendered at. */
export interface CachedResponse {
  version: string;
  storedAt: number;
  status: number;
  /** Response headers to replay (lower-case names), without hop-by-hop, rate-limit, ETag and Cache-Control. */
  headers: [string, string][];
  body: Buffer;
  etag: string;
  /** GET answers carry Cache-Control for browsers and CDNs. */
  publicGet: boolean;
  /** The request it answered counted against the rate limit (a GraphQL request of only `__typename` does not). */
  counted: boolean;
}

export interface ResponseCacheStats {
  hits: number;
  notModified: number;
  /** Hits and 304s answered from the HTTP server's request event, ahead of Express (CacheHitsFirst). */
  answeredFirst: number;
  misses: number;
  bypassed: number;
  stored: number;
  evicted: number;
  entries: number;
  bytes: number;
}

/** Overhead counted per entry beyond its body: key, headers and bookkeeping. */
const ENTRY_OVERHEAD = 512;

/**
 * An LRU bounded by bytes (bodies plus a fixed overhead per entry). A Map keeps insertion order, so
 * the least recently used entry is the first one; a hit moves its entry to the end.
 */
export class ResponseCacheStore {
  private readonly entries = new Map<string, { value: CachedResponse; size: number }>();
  private bytes = 0;
  readonly stats: Omit<ResponseCacheStats, 'entries' | 'bytes'> = {
    hits: 0,
    notModified: 0,
    answeredFirst: 0,
    misses: 0,
    bypassed: 0,
    stored: 0,
    evicted: 0,
  };

  constructor(
    private readonly maxBytes: number,
    private readonly ttlMs: number,
  ) {}

  /** The entry rendered at `version` and younger than the TTL; an older one is dropped. */
  get(key: string, version: string, now: number): CachedResponse | null {
    const found = this.entries.get(key);
    if (!found) return null;
    if (found.value.version !== version || now - found.value.storedAt > this.ttlMs) {
      this.remove(key, found.size);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.value;
  }

  set(key: string, value: CachedResponse): void {
    const size = value.body.length + key.length + ENTRY_OVERHEAD + value.headers.reduce((n, [k, v]) => n + k.length + v.length, 0);
    // An answer bigger than an eighth of the cache would evict too much for one page.
    if (size > this.maxBytes / 8) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old.size);
    this.entries.set(key, { value, size });
    this.bytes += size;
    this.stats.stored++;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(k, e.size);
      this.stats.evicted++;
    }
  }

  snapshot(): ResponseCacheStats {
    return { ...this.stats, entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string, size: number): void {
    this.entries.delete(key);
    this.bytes -= size;
  }
}
