import { AppConfig } from '@app/core';
import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pageContext } from './page-context';
import { renderCodePage } from './pages/code.page';
import { renderRedlinePage } from './pages/redline.page';
import { CodePageQuery } from './queries/code-page.query';
import { RedlinePageQuery } from './queries/redline-page.query';
import { sendHtml } from './send-html';
import { WebErrorFilter } from './web-error.filter';

/** The pages about the law's text: an ordinance's redline and a chapter's history. */
@Controller()
@UseFilters(WebErrorFilter)
export class CodePagesController {
  constructor(
    private readonly config: AppConfig,
    private readonly redlinePage: RedlinePageQuery,
    private readonly codePage: CodePageQuery,
  ) {}

  @Get('matters/:recordNumber/redline')
  async redline(@Param('recordNumber') recordNumber: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const view = ctx.query.get('view') === 'side' ? 'side' : 'inline';
    sendHtml(res, 200, renderRedlinePage(ctx, await this.redlinePage.load(recordNumber), view));
  }

  @Get('code/:chapter')
  async code(@Param('chapter') chapter: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const from = ctx.query.get('from');
    const to = ctx.query.get('to');
    sendHtml(res, 200, renderCodePage(ctx, await this.codePage.load(chapter, from && to ? { from, to } : null)));
  }
}
