import { AppConfig, exportChunks, type ExportFormat } from '@app/core';
import { CouncilVotesService } from '@app/legislation';
import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiInputException } from '../errors/api-input.exception';
import { pageContext } from './page-context';
import { renderVotesPage } from './pages/votes.page';
import { VotesPageQuery } from './queries/votes-page.query';
import { sendExport } from './send-export';
import { sendHtml } from './send-html';
import { ROLL_CALL_VOTE_COLUMNS } from './votes/roll-call-votes.export';
import { parseVotesQuery } from './votes/votes-query-params';
import { WebErrorFilter } from './web-error.filter';

/** `/votes` (how the Council votes) and its roll-call download. */
@Controller()
@UseFilters(WebErrorFilter)
export class VotesPageController {
  constructor(
    private readonly config: AppConfig,
    private readonly votesPage: VotesPageQuery,
    private readonly council: CouncilVotesService,
  ) {}

  @Get('votes')
  async votes(@Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const q = parseVotesQuery(ctx.query);
    sendHtml(res, 200, renderVotesPage(ctx, q, await this.votesPage.load(q.range)));
  }

  /** Every vote of the Council roll calls in `from`..`to` (`?divided=true` for divided ones only), streamed. */
  @Get('votes/roll-calls.:format')
  async rollCallVotes(@Param('format') format: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (format !== 'csv' && format !== 'json') throw new ApiInputException('format', 'is csv or json');
    const query = pageContext(req, this.config).query;
    const { range } = parseVotesQuery(query);
    const divided = query.get('divided') === 'true' ? true : query.get('divided') === 'false' ? false : null;
    const rows = this.council.rollCallVotes(range, divided);
    await sendExport(res, {
      format: format as ExportFormat,
      filename: 'roll-call-votes',
      chunks: exportChunks(format, rows, ROLL_CALL_VOTE_COLUMNS),
    });
  }
}
