import { AppConfig, exportChunks, keysetBatches, type ExportFormat } from '@app/core';
import { MatterLifecycleService, MatterQueryService, MatterSearchService, type MatterRecord } from '@app/legislation';
import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { matterExportColumns, searchExportColumns } from './exports/matter-export.columns';
import { pageContext } from './page-context';
import { renderSearchPage } from './pages/search.page';
import { SearchPageQuery } from './queries/search-page.query';
import { parseSearchRequest } from './search-request';
import { sendExport } from './send-export';
import { ERROR_CACHE_CONTROL, sendHtml } from './send-html';
import { WebErrorFilter } from './web-error.filter';

const EXPORT_BATCH = 500;

/**
 * `/search` (full-text search, en/es, no script needed) and the downloads: `/search.csv|json` (every result of
 * a search) and `/matters.csv|json` (matters with their stage, by the same filters plus `tracked`). Each answer
 * is a function of its query string and the data only, so it can be cached by URL.
 */
@Controller()
@UseFilters(WebErrorFilter)
export class SearchController {
  constructor(
    private readonly config: AppConfig,
    private readonly searchPage: SearchPageQuery,
    private readonly search: MatterSearchService,
    private readonly matters: MatterQueryService,
    private readonly lifecycle: MatterLifecycleService,
  ) {}

  @Get('search')
  async page(@Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const request = parseSearchRequest(ctx.query);
    const data = await this.searchPage.load(request);
    // A query that cannot be run is the reader's to fix: 400, with the form and the reason.
    const problem = data.kind === 'problem';
    sendHtml(res, problem ? 400 : 200, renderSearchPage(ctx, request, data), problem ? ERROR_CACHE_CONTROL : undefined);
  }

  @Get(['search.csv', 'search.json'])
  async searchExport(@Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const { q, filter } = parseSearchRequest(ctx.query);
    const format = formatOf(req);
    // all() checks the query before its first read, so a bad one is still a 400 page (see sendExport).
    const hits = this.lifecycle.withCurrentStages(this.search.all(q ?? '', filter, EXPORT_BATCH), (h) => h.matter, EXPORT_BATCH);
    await sendExport(res, { format, filename: 'search-results', chunks: exportChunks(format, hits, searchExportColumns(ctx.baseUrl)) });
  }

  @Get(['matters.csv', 'matters.json'])
  async mattersExport(@Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const { q, filter } = parseSearchRequest(ctx.query);
    if (q) filter.text = q;
    // The order of `matters` and `/`: newest introduction first, keyset-paged by (introduction date, id).
    const rows = keysetBatches<MatterRecord>(
      (after, limit) => this.matters.list(filter, limit, after ? { introductionDate: after.introductionDate, id: after.id } : null),
      EXPORT_BATCH,
    );
    const staged = this.lifecycle.withCurrentStages(rows, (m) => m, EXPORT_BATCH);
    const format = formatOf(req);
    await sendExport(res, { format, filename: 'matters', chunks: exportChunks(format, staged, matterExportColumns(ctx.baseUrl)) });
  }
}

function formatOf(req: Request): ExportFormat {
  return req.path.endsWith('.json') ? 'json' : 'csv';
}
