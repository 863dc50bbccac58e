import { assertSectionNumber, CodeErrorCode, CodeException, SectionHistoryService, type SectionHistory } from '@app/code';
import { AppConfig, exportChunks, type ExportFormat } from '@app/core';
import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sectionHistoryColumns, sectionHistoryRows } from './exports/section-history-export.columns';
import { pageContext } from './page-context';
import { renderCodePage } from './pages/code.page';
import { renderRedlinePage } from './pages/redline.page';
import { renderChapterHistoryPage, renderSectionHistoryPage } from './pages/section-history.page';
import { CodePageQuery } from './queries/code-page.query';
import { RedlinePageQuery } from './queries/redline-page.query';
import { sendExport } from './send-export';
import { sendHtml } from './send-html';
import { WebErrorFilter } from './web-error.filter';

/** The pages about the law's text: an ordinance's redline, a chapter's versions, and the history of each section. */
@Controller()
@UseFilters(WebErrorFilter)
export class CodePagesController {
  constructor(
    private readonly config: AppConfig,
    private readonly redlinePage: RedlinePageQuery,
    private readonly codePage: CodePageQuery,
    private readonly histories: SectionHistoryService,
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

  /** `/code/2-173/history` (every section of the chapter) or `/code/2-173-020/history` (one section). */
  @Get('code/:number/history')
  async history(@Param('number') number: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    if (isSectionNumber(number)) sendHtml(res, 200, renderSectionHistoryPage(ctx, await this.sectionHistory(number)));
    else {
      const histories = await this.histories.chapter(number);
      if (!histories)
        throw new CodeException(CodeErrorCode.CODE_CHAPTER_NOT_FOUND, `Chapter ${number} is not tracked or has not been read`, { number });
      sendHtml(res, 200, renderChapterHistoryPage(ctx, number.trim(), histories));
    }
  }

  /** The same rows as the page, one per wording; a chapter's sections are rebuilt one at a time as the file streams. */
  @Get(['code/:number/history.csv', 'code/:number/history.json'])
  async historyExport(@Param('number') number: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const format: ExportFormat = req.path.endsWith('.json') ? 'json' : 'csv';
    // An untracked chapter throws on the first row, before any header is sent: a proper 404.
    const histories = isSectionNumber(number) ? [await this.sectionHistory(number)] : this.histories.chapterSections(number);
    await sendExport(res, {
      format,
      filename: `code-${number.trim()}-history`,
      chunks: exportChunks(format, sectionHistoryRows(histories), sectionHistoryColumns(ctx.baseUrl)),
    });
  }

  private async sectionHistory(number: string): Promise<SectionHistory> {
    const h = await this.histories.section(number);
    if (!h) throw new CodeException(CodeErrorCode.TEXT_NOT_FOUND, `No stored text of section ${number}`, { number });
    return h;
  }
}

/** Section numbers have three parts (2-173-020), chapters two (2-173); a malformed section number is a 400 here. */
function isSectionNumber(number: string): boolean {
  if (number.trim().split('-').length < 3) return false;
  assertSectionNumber(number);
  return true;
}
