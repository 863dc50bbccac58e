import { AdvocacyErrorCode, AdvocacyException, FindAlderService } from '@app/advocacy';
import { AppConfig } from '@app/core';
import { Body, Controller, Get, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ADVOCACY_LABELS } from './i18n/advocacy-labels';
import { parseLang } from './i18n';
import { alderPath, localHref, pageContext } from './page-context';
import { FIND_ALDER_PATH, FindAlderView, renderFindAlderPage } from './pages/find-alder.page';
import { ERROR_CACHE_CONTROL, sendHtml } from './send-html';
import { clearWardCookie, parseWard, readWardCookie, setWardCookie } from './ward-cookie';
import { WebErrorFilter } from './web-error.filter';

/** A coordinate as the location button sends it: plain decimal degrees. */
function coordinate(value: string | null): number {
  return value !== null && /^-?\d{1,3}(\.\d{1,10})?$/.test(value.trim()) ? Number(value) : NaN;
}

/** A browser's Origin, when it sends one, must be this site: another site cannot set or clear a reader's ward. */
function fromThisSite(req: Request): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Expected refusals of a look-up, shown beside the form with the right status; anything else is an error page. */
function problem(err: unknown, lang: 'en' | 'es'): { status: number; message: string; retryAfter?: number } | null {
  if (!(err instanceof AdvocacyException)) return null;
  const l = ADVOCACY_LABELS[lang];
  switch (err.code) {
    case AdvocacyErrorCode.INVALID_ADDRESS:
      return { status: 400, message: l.invalidAddress };
    case AdvocacyErrorCode.INVALID_COORDINATES:
      return { status: 400, message: l.invalidLocation };
    case AdvocacyErrorCode.GEOCODER_UNAVAILABLE:
      return { status: 503, message: l.geocoderUnavailable };
    case AdvocacyErrorCode.ADDRESS_LOOKUP_LIMITED: {
      const seconds = Number(err.details.retryAfterSeconds) || 60;
      return { status: 429, message: l.tooManyLookups(seconds), retryAfter: seconds };
    }
    default:
      return null;
  }
}

/** `/find-your-alder`: ward and alder by address (a plain GET form) or by location (site.js adds the button). */
@Controller(FIND_ALDER_PATH.slice(1))
@UseFilters(WebErrorFilter)
export class FindAlderController {
  constructor(
    private readonly config: AppConfig,
    private readonly findAlder: FindAlderService,
  ) {}

  @Get()
  async page(@Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const rememberedWard = readWardCookie(req);
    const address = ctx.query.get('address');
    const lat = ctx.query.get('latitude');
    const lon = ctx.query.get('longitude');
    let view: FindAlderView = { kind: 'FORM' };
    let status = 200;
    try {
      if (address !== null) {
        view = { kind: 'ADDRESS', address: address.trim(), lookup: await this.findAlder.lookUpAddress(address, req.ip ?? 'unknown') };
      } else if (lat !== null || lon !== null) {
        view = { kind: 'LOCATION', result: await this.findAlder.alderAt(coordinate(lat), coordinate(lon)) };
      }
    } catch (err) {
      const p = problem(err, ctx.lang);
      if (!p) throw err;
      status = p.status;
      if (p.retryAfter) res.set('Retry-After', String(p.retryAfter));
      view = { kind: 'PROBLEM', address: (address ?? '').trim().slice(0, 200), message: p.message };
    }
    // An address, a location or a remembered ward is the reader's own business: never kept by a cache.
    res.set('Vary', 'Cookie');
    const personal = view.kind !== 'FORM' || rememberedWard !== null;
    sendHtml(res, status, renderFindAlderPage(ctx, { view, rememberedWard }), personal ? ERROR_CACHE_CONTROL : undefined);
  }

  /** Only on the reader's request (a button): remember their ward in a cookie, then show their alder. */
  @Post('remember')
  remember(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): void {
    const lang = parseLang(body?.lang);
    const ward = parseWard(body?.ward);
    if (ward === null || !fromThisSite(req)) {
      res.redirect(303, localHref({ lang }, FIND_ALDER_PATH));
      return;
    }
    // Secure when the request came over https (behind a proxy: with TRUST_PROXY set).
    setWardCookie(res, ward, req.secure);
    res.redirect(303, localHref({ lang }, alderPath(ward)));
  }

  @Post('forget')
  forget(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): void {
    if (fromThisSite(req)) clearWardCookie(res, req.secure);
    res.redirect(303, localHref({ lang: parseLang(body?.lang) }, FIND_ALDER_PATH));
  }
}
