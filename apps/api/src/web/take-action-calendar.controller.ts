import { COMMENT_CHANNELS, MatterTakeActionService } from '@app/advocacy';
import { AppConfig, Clock } from '@app/core';
import { Controller, Get, NotFoundException, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { buildCommentWindowCalendar } from '../feeds/comment-window-calendar';
import { ADVOCACY_LABELS } from './i18n/advocacy-labels';
import { matterPath, pageContext } from './page-context';
import { PAGE_CACHE_CONTROL } from './send-html';
import { WebErrorFilter } from './web-error.filter';

/** "Add to calendar" for the public-comment windows of the take-action panel. */
@Controller()
@UseFilters(WebErrorFilter)
export class TakeActionCalendarController {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly takeAction: MatterTakeActionService,
  ) {}

  /** One window of the matter's next meeting as an iCalendar event: `phone.ics`, `in_person.ics`, `written.ics`. */
  @Get('matters/:recordNumber/public-comment/:file')
  async commentWindow(
    @Param('recordNumber') recordNumber: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const ctx = pageContext(req, this.config);
    const channel = COMMENT_CHANNELS.find((c) => `${c.toLowerCase()}.ics` === file);
    const { matter, panel } = await this.takeAction.forRecordNumber(recordNumber, null);
    const window = channel && panel?.windows.find((w) => w.rule.channel === channel);
    if (!window || !panel?.meeting) throw new NotFoundException();
    const l = ADVOCACY_LABELS[ctx.lang];
    const body = buildCommentWindowCalendar({
      window,
      recordNumber: matter.recordNumber,
      meetingId: panel.meeting.meetingId,
      summary: l.windowCalendarSummary(l.channels[window.rule.channel], matter.recordNumber),
      how: ctx.lang === 'es' ? window.rule.howEs : window.rule.howEn,
      url: `${ctx.baseUrl}${matterPath(matter.recordNumber)}#take-action`,
      now: this.clock.now(),
    });
    res
      .status(200)
      .set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${matter.recordNumber}-${window.rule.channel.toLowerCase()}.ics"`,
        'Cache-Control': PAGE_CACHE_CONTROL,
      })
      .send(body);
  }
}
