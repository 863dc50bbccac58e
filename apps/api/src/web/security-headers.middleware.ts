import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * Scripts only from this site and never inline, so a scraped string that slipped past escaping still
 * could not run; no plugins, no <base> rewriting, no framing, forms post only here. Images and styles
 * also come from 'self' only (default-src): the pages load nothing from elsewhere.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Readers' paths (what they searched, which matter they read) are not sent to eLMS or anyone else.
  'Referrer-Policy': 'same-origin',
};

/** Set on every web page and asset before the handler runs, so error pages carry them too. */
@Injectable()
export class SecurityHeadersMiddleware implements NestMiddleware {
  use(_req: Request, res: Response, next: NextFunction): void {
    res.set(SECURITY_HEADERS);
    next();
  }
}
