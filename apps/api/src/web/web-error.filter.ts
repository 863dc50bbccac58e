import { AppConfig, DomainException } from '@app/core';
import { LegislationErrorCode, type SearchQueryProblem } from '@app/legislation';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Dictionary } from './i18n';
import { SEARCH_LABELS } from './i18n/search-labels';
import { pageContext } from './page-context';
import { ErrorPage, renderErrorPage } from './pages/error.page';
import { ERROR_CACHE_CONTROL, sendHtml } from './send-html';

/** What a reader typed is quoted back (escaped) in the message, but not at any length. */
function quoted(value: unknown): string {
  const s = String(value ?? '');
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

export function errorPageFor(exception: unknown, t: Dictionary): ErrorPage {
  const notFound = (message: string) => ({ status: 404, title: t.notFoundTitle, message });
  const badRequest = (message: string) => ({ status: 400, title: t.badRequestTitle, message });
  const serverError = { status: 500, title: t.serverErrorTitle, message: t.serverError };
  if (exception instanceof DomainException) {
    const details = exception.details;
    switch (exception.code) {
      case LegislationErrorCode.MATTER_NOT_FOUND:
        return notFound(t.matterNotFound(quoted(details.recordNumber)));
      case LegislationErrorCode.INVALID_RECORD_NUMBER:
        return badRequest(t.invalidRecordNumber(quoted(details.recordNumber)));
      case LegislationErrorCode.ALDER_NOT_FOUND:
        return notFound(t.alderNotFound(quoted(details.ward)));
      case LegislationErrorCode.INVALID_WARD:
        return badRequest(t.invalidWard);
      case LegislationErrorCode.INVALID_SEARCH_QUERY:
        return badRequest(SEARCH_LABELS[t.lang].problems[details.problem as SearchQueryProblem] ?? t.invalidLink);
    }
    if (exception.kind === 'not_found') return notFound(t.pageNotFound);
    if (exception.kind === 'invalid_input') return badRequest(t.invalidLink);
    return serverError;
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 404) return notFound(t.pageNotFound);
    if (status >= 400 && status < 500) return { status, title: t.badRequestTitle, message: t.invalidLink };
  }
  return serverError;
}

/**
 * Failures on the web pages become HTML pages in the reader's language with the right status
 * (the app-wide DomainExceptionFilter answers JSON, which suits GraphQL and feeds, not people).
 */
@Catch()
@Injectable()
export class WebErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(WebErrorFilter.name);

  constructor(private readonly config: AppConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const ctx = pageContext(req, this.config);
    const page = errorPageFor(exception, ctx.t);
    if (page.status >= 500)
      this.logger.error(`${req.method} ${req.path} failed`, exception instanceof Error ? exception.stack : String(exception));
    if (res.headersSent) return;
    sendHtml(res, page.status, renderErrorPage(ctx, page), ERROR_CACHE_CONTROL);
  }
}
