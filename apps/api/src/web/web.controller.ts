import { AppConfig } from '@app/core';
import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { decodeHomeCursor } from './home-cursor';
import { pageContext } from './page-context';
import { renderAlderPage } from './pages/alder.page';
import { renderHomePage } from './pages/home.page';
import { renderMatterPage } from './pages/matter.page';
import { AlderPageQuery } from './queries/alder-page.query';
import { HomePageQuery } from './queries/home-page.query';
import { MatterPageQuery } from './queries/matter-page.query';
import { PAGE_CACHE_CONTROL, sendHtml } from './send-html';
import { readWardCookie } from './ward-cookie';
import { WebErrorFilter } from './web-error.filter';

/** Search words beyond this are dropped: no title needs more, and the query stays cheap. */
export const MAX_SEARCH_LENGTH = 200;

/** The pages for people: server-rendered HTML in English or Spanish (`?lang=es`). */
@Controller()
@UseFilters(WebErrorFilter)
export class WebController {
  constructor(
    private readonly config: AppConfig,
    private readonly homePage: HomePageQuery,
    private readonly matterPage: MatterPageQuery,
    private readonly alderPage: AlderPageQuery,
  ) {}

  @Get()
  async home(@Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const search = ctx.query.get('q')?.trim().slice(0, MAX_SEARCH_LENGTH) || null;
    const after = ctx.query.get('after');
    const data = await this.homePage.load(search, after ? decodeHomeCursor(after) : null);
    sendHtml(res, 200, renderHomePage(ctx, search, data));
  }

  @Get('matters/:recordNumber')
  async matter(@Param('recordNumber') recordNumber: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const ward = readWardCookie(req);
    // With a remembered ward the page names the reader's alder: cacheable by their browser only.
    res.set('Vary', 'Cookie');
    const page = renderMatterPage(ctx, await this.matterPage.load(recordNumber, ward));
    sendHtml(res, 200, page, ward === null ? PAGE_CACHE_CONTROL : 'private, max-age=60');
  }

  @Get('alders/:ward')
  async alder(@Param('ward') ward: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    // Only digits: "1e1" or " 15" are not ward numbers; NaN is refused by the service as INVALID_WARD.
    const n = /^\d{1,3}$/.test(ward) ? Number(ward) : NaN;
    sendHtml(res, 200, renderAlderPage(ctx, await this.alderPage.load(n)));
  }
}
