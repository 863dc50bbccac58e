import { ApiKeyService, type Operator } from '@app/core';
import { Injectable } from '@nestjs/common';

interface WithHeaders {
  headers?: Record<string, string | string[] | undefined>;
}

/**
 * The operator a request's `Authorization: Bearer trk_…` names, looked up once per request however
 * many parts ask (the rate limiter, OperatorGuard, operator-only fields); null without a valid key.
 */
@Injectable()
export class RequestOperator {
  private readonly byRequest = new WeakMap<object, Promise<Operator | null>>();

  constructor(private readonly keys: ApiKeyService) {}

  of(req: WithHeaders | undefined): Promise<Operator | null> {
    if (!req) return Promise.resolve(null);
    let found = this.byRequest.get(req);
    if (!found) {
      const header = req.headers?.authorization;
      const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      found = match ? this.keys.verify(match[1]!) : Promise.resolve(null);
      this.byRequest.set(req, found);
    }
    return found;
  }
}
