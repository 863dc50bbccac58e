import { html } from '../html';
import { renderPage } from '../layout';
import { localHref, PageContext } from '../page-context';

export interface ErrorPage {
  status: number;
  title: string;
  message: string;
}

/** 400, 404 and 500 pages: the message may quote what the reader typed, escaped like everything else. */
export function renderErrorPage(ctx: PageContext, e: ErrorPage): string {
  const body = html`<h1>${e.title}</h1>
<p>${e.message}</p>
<p><a href="${localHref(ctx, '/')}">${ctx.t.backHome}</a></p>`;
  return renderPage(ctx, { title: e.title, description: e.message, body, noindex: true });
}
