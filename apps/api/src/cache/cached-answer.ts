import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ResponseCache } from './response-cache.service';
import type { CachedResponse } from './response-cache.store';

/** If-None-Match names this ETag (weak or strong, in a list, or `*`). */
export function notModified(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header || req.method !== 'GET') return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** Sends a stored answer (or a 304 when the client holds it already), counting it in the cache's stats. */
export function replayCachedAnswer(cache: ResponseCache, req: IncomingMessage, res: ServerResponse, hit: CachedResponse): void {
  res.statusCode = hit.status;
  for (const [name, value] of hit.headers) res.setHeader(name, value);
  res.setHeader('ETag', hit.etag);
  res.setHeader('X-Response-Cache', 'hit');
  // A POST answer is never stored by browsers or CDNs, as the rendered one said (Apollo's no-store).
  res.setHeader('Cache-Control', hit.publicGet ? cache.cacheControl : 'no-store');
  if (notModified(req, hit.etag)) {
    cache.store.stats.notModified++;
    res.statusCode = 304;
    res.removeHeader('Content-Type');
    res.end();
    return;
  }
  cache.store.stats.hits++;
  res.setHeader('Content-Length', hit.body.length);
  res.end(hit.body);
}

/** Requests the rate limit refused a cached answer: the pipeline refuses them in their route's form, without counting them again. */
export const refusedCachedAnswer = new WeakSet<IncomingMessage>();
