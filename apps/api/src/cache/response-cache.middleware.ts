import { createHash } from 'node:crypto';
import { DataVersion } from '@app/core';
import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiThrottlerGuard } from '../security/api-throttler.guard';
import { cacheKeyOf, CacheKey } from './cache-key';
import { notModified, refusedCachedAnswer, replayCachedAnswer } from './cached-answer';
import { captureResponse } from './response-capture';
import { ResponseCache } from './response-cache.service';
import type { CachedResponse } from './response-cache.store';

/** Headers not replayed from a cached answer: per connection, per request, or set afresh on each answer. */
const NOT_REPLAYED = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'etag',
  'cache-control',
  'retry-after',
  'x-response-cache',
]);

function replayable(res: Response): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value === undefined || NOT_REPLAYED.has(name) || name.startsWith('x-ratelimit')) continue;
    out.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
  }
  return out;
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Answers anonymous reads from the response cache before Nest's guards, pipes and the GraphQL engine
 * run, and stores what a miss renders. Runs after helmet (security headers are on every answer) and
 * applies the same rate limit as the guard to hits. A hit must have been rendered at the committed
 * data version, which is read for every request (coalesced), so a sync is visible to the very next
 * request on every api process.
 */
@Injectable()
export class ResponseCacheMiddleware implements NestMiddleware {
  private readonly logger = new Logger(ResponseCacheMiddleware.name);

  constructor(
    private readonly cache: ResponseCache,
    private readonly versions: DataVersion,
    private readonly throttler: ApiThrottlerGuard,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const key = this.cache.enabled ? cacheKeyOf(req) : null;
    if (!key) {
      if (this.cache.enabled && (req.path === '/graphql' || req.method === 'GET')) this.cache.store.stats.bypassed++;
      return next();
    }
    let version = this.versions.peek();
    try {
      version ??= await this.versions.current();
    } catch (err) {
      // No version, no cache: the handler answers (or fails) as it would without one.
      this.logger.warn(`data version unreadable, answering uncached: ${(err as Error).message}`);
      return next();
    }
    // A miss already rendering the same answer is waited for, not repeated: a spike on one page renders it once.
    const flight = this.cache.rendering(key.key, version);
    const hit = this.cache.store.get(key.key, version, Date.now()) ?? (flight ? await flight : null);
    if (hit) {
      if (hit.counted && (refusedCachedAnswer.has(req) || !(await this.throttler.admitCachedAnswer(req, res)))) return next();
      return replayCachedAnswer(this.cache, req, res, hit);
    }
    this.cache.store.stats.misses++;
    if (key.kind === 'graphql' && key.query !== null) this.cache.operations.learn(key.hash, key.query);
    res.setHeader('X-Response-Cache', 'miss');
    const rendered = this.cache.startRendering(key.key, version);
    res.once('close', () => rendered(null));
    captureResponse(res, (body) => this.finish(req, res, key, version, body, rendered));
    next();
  }

  /** Called with the whole rendered body: stores it when it is a cacheable success, returns what to send. */
  private finish(
    req: Request,
    res: Response,
    key: CacheKey,
    version: string,
    body: Buffer,
    rendered: (entry: CachedResponse | null) => void,
  ): Buffer | null {
    if (!this.cacheable(res, key, body)) {
      rendered(null);
      return body;
    }
    const etag = etagOf(body);
    const publicGet = req.method === 'GET';
    res.setHeader('ETag', etag);
    if (publicGet) res.setHeader('Cache-Control', this.cache.cacheControl);
    if (publicGet && key.kind === 'graphql') res.setHeader('Vary', 'Accept, Accept-Language');
    const entry: CachedResponse = {
      version,
      storedAt: Date.now(),
      status: res.statusCode,
      headers: replayable(res),
      body,
      etag,
      publicGet,
      counted: key.kind === 'page' || this.throttler.countedGraphqlRequest(req),
    };
    this.cache.store.set(key.key, entry);
    rendered(entry);
    if (!notModified(req, etag)) return body;
    res.statusCode = 304;
    res.removeHeader('Content-Type');
    res.removeHeader('Content-Length');
    return null;
  }

  private cacheable(res: Response, key: CacheKey, body: Buffer): boolean {
    if (res.statusCode !== 200 || res.getHeader('set-cookie') !== undefined) return false;
    // Apollo marks every answer no-store (no field has a cache hint): for GraphQL the cache decides below.
    if (key.kind === 'page') return !/no-store|private/.test(String(res.getHeader('cache-control') ?? ''));
    // Errors (a refused cost, a missing record, a failed resolver) are answered fresh each time.
    return this.cache.operations.isQuery(key.hash, key.operationName) && !body.includes('"errors":');
  }
}
