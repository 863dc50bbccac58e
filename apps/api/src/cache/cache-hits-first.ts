import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { DataVersion } from '@app/core';
import { INestApplication, Injectable, Logger } from '@nestjs/common';
import type { Express, Request, Response } from 'express';
import { ApiThrottlerGuard } from '../security/api-throttler.guard';
import { cacheKeyOf, KeyedRequest } from './cache-key';
import { refusedCachedAnswer, replayCachedAnswer } from './cached-answer';
import { ResponseCache } from './response-cache.service';

/**
 * What cacheKeyOf reads, from the raw request, as Express would compute it: the path up to `?`
 * (only for origin-form URLs without `#`, which parseurl reads the same way; any other goes to
 * Express) and the query by the Express app's own query parser.
 */
function keyedView(req: IncomingMessage, url: string, parseQuery: (qs: string) => unknown): KeyedRequest {
  const q = url.indexOf('?');
  return {
    method: req.method!,
    headers: req.headers,
    path: q < 0 ? url : url.slice(0, q),
    originalUrl: url,
    body: undefined,
    get query() {
      return parseQuery(q < 0 ? '' : url.slice(q + 1)) as Request['query'];
    },
  };
}

/**
 * Answers GET cache hits straight from the HTTP server's request event, before Express routes the
 * request through helmet, the body parsers and Nest's middleware: a hit needs none of them, since its
 * stored headers are the ones they set when it was rendered. On the day a vote is scheduled most
 * requests are such hits, and the route through Express cost 3–20× the sending of the bytes alone
 * (bench:api). Whatever it cannot answer from memory at once (a miss, a data version that must be
 * read, an answer still rendering, a POST with a body to parse, a client over its limit) goes on to
 * Express, where ResponseCacheMiddleware handles it as before.
 */
@Injectable()
export class CacheHitsFirst {
  private readonly logger = new Logger(CacheHitsFirst.name);

  constructor(
    readonly cache: ResponseCache,
    private readonly versions: DataVersion,
    private readonly throttler: ApiThrottlerGuard,
  ) {}

  /** True when the request was answered; false when Express must handle it (nothing was sent). `parseQuery`: Express's query parser. */
  answer(req: IncomingMessage, res: ServerResponse, express: Express, parseQuery: (qs: string) => unknown): boolean | Promise<boolean> {
    const version = this.versions.peek();
    const url = req.url ?? '';
    if (version === null || url[0] !== '/' || url.includes('#')) return false;
    const key = cacheKeyOf(keyedView(req, url, parseQuery));
    const hit = key && this.cache.store.get(key.key, version, Date.now());
    if (!hit) return false;
    if (!hit.counted || !this.throttler.limiting) {
      this.cache.store.stats.answeredFirst++;
      replayCachedAnswer(this.cache, req, res, hit);
      return true;
    }
    // The limit reads the client's address (behind a trusted proxy) and sets its headers the Express way.
    Object.setPrototypeOf(req, express.request);
    Object.setPrototypeOf(res, express.response);
    Object.assign(req, { res, originalUrl: url });
    Object.assign(res, { req });
    return this.throttler.admitCachedAnswer(req as Request, res as Response).then((admitted) => {
      if (!admitted) {
        refusedCachedAnswer.add(req);
        return false;
      }
      this.cache.store.stats.answeredFirst++;
      replayCachedAnswer(this.cache, req, res, hit);
      return true;
    });
  }

  /** Express takes over a request this could not answer; one that failed half-sent is ended, not answered twice. */
  failed(err: unknown, res: ServerResponse): boolean {
    this.logger.error(`cached answer failed: ${(err as Error).message}`);
    if (!res.headersSent) return false;
    res.destroy();
    return true;
  }
}

/** Puts CacheHitsFirst in front of the Express app on the api's HTTP server. */
export function answerCacheHitsFirst(app: INestApplication): void {
  const first = app.get(CacheHitsFirst);
  if (!first.cache.enabled) return;
  const express = app.getHttpAdapter().getInstance() as Express;
  // Compiled by Express from its 'query parser' setting, which is fixed before the server listens.
  const parseQuery = express.get('query parser fn') as (qs: string) => unknown;
  const server = app.getHttpServer() as Server;
  const handlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const onward = (req: IncomingMessage, res: ServerResponse) => {
    for (const handler of handlers) handler.call(server, req, res);
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET') return onward(req, res);
    let answered: boolean | Promise<boolean>;
    try {
      answered = first.answer(req, res, express, parseQuery);
    } catch (err) {
      answered = first.failed(err, res);
    }
    if (answered === false) return onward(req, res);
    if (answered === true) return;
    answered.then(
      (done) => done || onward(req, res),
      (err: unknown) => first.failed(err, res) || onward(req, res),
    );
  });
}
