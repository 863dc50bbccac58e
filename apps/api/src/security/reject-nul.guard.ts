import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiInputException } from '../errors/api-input.exception';

const NUL = '\u0000';

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes(NUL) || holdsNul(v));
  return false;
}

/**
 * Pages, feeds and health: a NUL (U+0000) in the path or the query is bad input, refused before the
 * handler (and the database, whose text cannot hold it) sees it. As a guard, not a middleware, so
 * each controller's own exception filter answers (an HTML 400 page on the web pages).
 * GraphQL arguments are checked by nulInputPlugin.
 */
@Injectable()
export class RejectNulGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    let path = req.path;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      // Malformed escapes are the router's business; only a NUL is refused here.
    }
    if (path.includes(NUL) || holdsNul(req.query) || holdsNul(req.params)) {
      throw new ApiInputException('url', 'contains a NUL character (U+0000)');
    }
    return true;
  }
}
