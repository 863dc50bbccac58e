import { ALERT_LABELS, type AlertFrequency, type AlertKind, AlertsErrorCode, AlertsException, AlertSignupService } from '@app/alerts';
import { AppConfig, DomainException } from '@app/core';
import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ALERTS_PAGE_LABELS } from './i18n/alerts-labels';
import { pageContext, PageContext } from './page-context';
import { AlertsFormState, renderAlertsAction, renderAlertsMessage, renderAlertsPage } from './pages/alerts.page';
import { ERROR_CACHE_CONTROL, sendHtml } from './send-html';
import { WebErrorFilter } from './web-error.filter';

const KINDS: readonly AlertKind[] = ['record_number', 'code_chapter', 'title_keyword'];
const field = (v: unknown) => (typeof v === 'string' ? v.slice(0, 300) : '');

/**
 * /alerts: e-mail alert sign-up (a plain form: works without JavaScript), and the pages its links open.
 * Links carry the subscription id and a token; the state changes only on POST (RFC 8058 one-click
 * unsubscribe posts `List-Unsubscribe=One-Click` to the very URL of the List-Unsubscribe header).
 */
@Controller('alerts')
@UseFilters(WebErrorFilter)
export class AlertsPagesController {
  constructor(
    private readonly config: AppConfig,
    private readonly signups: AlertSignupService,
  ) {}

  @Get()
  form(@Req() req: Request, @Res() res: Response): void {
    const ctx = pageContext(req, this.config);
    const kind = ctx.query.get('kind') as AlertKind;
    sendHtml(
      res,
      200,
      renderAlertsPage(ctx, { ...this.state(), kind: KINDS.includes(kind) ? kind : undefined, value: field(ctx.query.get('value')) }),
    );
  }

  @Post()
  async signUp(@Body() posted: Record<string, unknown> | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const body = posted ?? {};
    const ctx = pageContext(req, this.config);
    const t = ALERTS_PAGE_LABELS[ctx.lang];
    const kind = KINDS.includes(body.kind as AlertKind) ? (body.kind as AlertKind) : 'record_number';
    const shown: AlertsFormState = {
      ...this.state(),
      email: field(body.email),
      kind,
      value: field(body.value),
      frequency: body.frequency === 'daily' ? 'daily' : 'instant',
      language: body.language === 'es' ? 'es' : 'en',
    };
    try {
      await this.signups.signUp({
        email: shown.email!,
        kind,
        value: shown.value!,
        frequency: shown.frequency as AlertFrequency,
        language: shown.language!,
        client: req.ip ?? 'unknown',
      });
    } catch (err) {
      if (!(err instanceof DomainException)) throw err;
      const code = err instanceof AlertsException ? err.code : null;
      const status = code === AlertsErrorCode.TOO_MANY_SIGNUPS ? 429 : err.kind === 'unavailable' ? 503 : 400;
      // Only the address and the target can be wrong here (legislation's INVALID_TRACKING_RULE for the latter).
      const problem =
        code === AlertsErrorCode.TOO_MANY_SIGNUPS
          ? t.tooMany
          : code === AlertsErrorCode.INVALID_EMAIL
            ? t.badEmail
            : code === AlertsErrorCode.ALERTS_DISABLED
              ? t.off
              : t.badValue(kind);
      sendHtml(res, status, renderAlertsPage(ctx, { ...shown, problem }), ERROR_CACHE_CONTROL);
      return;
    }
    sendHtml(res, 200, renderAlertsMessage(ctx, t.sentTitle, t.sentText), ERROR_CACHE_CONTROL);
  }

  @Get('confirm')
  async confirmPage(@Query('id') id: unknown, @Query('token') token: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    try {
      const subject = await this.signups.confirmation(field(id), field(token));
      sendHtml(res, 200, renderAlertsAction(ctx, 'confirm', subject, field(id), field(token)), ERROR_CACHE_CONTROL);
    } catch (err) {
      this.badLink(ctx, res, err);
    }
  }

  @Post('confirm')
  async confirm(@Query('id') id: unknown, @Query('token') token: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const t = ALERTS_PAGE_LABELS[ctx.lang];
    try {
      const subject = await this.signups.confirm(field(id), field(token));
      const target = ALERT_LABELS[ctx.lang].target(subject.kind, subject.value);
      sendHtml(res, 200, renderAlertsMessage(ctx, t.confirmedTitle, t.confirmedText(target)), ERROR_CACHE_CONTROL);
    } catch (err) {
      this.badLink(ctx, res, err);
    }
  }

  @Get('unsubscribe')
  async unsubscribePage(
    @Query('id') id: unknown,
    @Query('token') token: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const ctx = pageContext(req, this.config);
    const t = ALERTS_PAGE_LABELS[ctx.lang];
    const subject = await this.signups.unsubscription(field(id), field(token));
    // A used link: the subscription is gone already, which is what the person wants to hear.
    if (!subject) sendHtml(res, 200, renderAlertsMessage(ctx, t.unsubscribedTitle, t.unsubscribedText), ERROR_CACHE_CONTROL);
    else sendHtml(res, 200, renderAlertsAction(ctx, 'unsubscribe', subject, field(id), field(token)), ERROR_CACHE_CONTROL);
  }

  /** The one-click POST of RFC 8058 (body `List-Unsubscribe=One-Click`) and the page's button alike. */
  @Post('unsubscribe')
  async unsubscribe(@Query('id') id: unknown, @Query('token') token: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = pageContext(req, this.config);
    const t = ALERTS_PAGE_LABELS[ctx.lang];
    await this.signups.unsubscribe(field(id), field(token));
    sendHtml(res, 200, renderAlertsMessage(ctx, t.unsubscribedTitle, t.unsubscribedText), ERROR_CACHE_CONTROL);
  }

  private state(): AlertsFormState {
    const a = this.config.alerts;
    return {
      enabled: this.signups.enabled,
      digestHour: a.digestHour,
      unconfirmedDays: Math.round(a.unconfirmedMs / 86_400_000),
      logDays: Math.round(a.logMs / 86_400_000),
    };
  }

  private badLink(ctx: PageContext, res: Response, err: unknown): void {
    if (!(err instanceof AlertsException)) throw err;
    const t = ALERTS_PAGE_LABELS[ctx.lang];
    sendHtml(res, 404, renderAlertsMessage(ctx, t.badLinkTitle, t.badLinkText), ERROR_CACHE_CONTROL);
  }
}
