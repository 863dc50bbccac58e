import type { NextStep } from '@app/legislation';
import { dateTimeEl, downloadLinks, elmsText, stageBadge } from '../fragments';
import { encodeHomeCursor } from '../home-cursor';
import { html, SafeHtml } from '../html';
import { SEARCH_LABELS } from '../i18n/search-labels';
import { renderPage } from '../layout';
import { localHref, matterPath, PageContext } from '../page-context';
import type { HomePageData, HomeRow } from '../queries/home-page.query';

function nextDate(ctx: PageContext, next: NextStep | null): SafeHtml {
  if (next?.kind !== 'MEETING') return html`<span class="note">${ctx.t.noNextDate}</span>`;
  return html`${dateTimeEl(ctx, next.date, true)}${next.body ? html`<span class="step-detail">${elmsText(ctx, next.body)}</span>` : null}`;
}

function row(ctx: PageContext, r: HomeRow, showTracked: boolean): SafeHtml {
  const m = r.matter;
  return html`<tr>
<th scope="row"><a class="record-number" href="${localHref(ctx, matterPath(m.recordNumber))}">${m.recordNumber}</a></th>
<td>${elmsText(ctx, m.title)}</td>
<td>${stageBadge(ctx, r.stage.stage)}</td>
<td>${nextDate(ctx, r.nextStep)}</td>
${showTracked ? html`<td>${r.tracked ? ctx.t.yes : ctx.t.no}</td>` : null}
</tr>`;
}

/** `/`: the tracked matters, or search results for `?q=`. */
export function renderHomePage(ctx: PageContext, search: string | null, data: HomePageData): string {
  const { t } = ctx;
  const s = SEARCH_LABELS[ctx.lang];
  const title = search ? t.searchResultsTitle(search) : t.homeTitle;
  const searchParams: Record<string, string> = search ? { q: search } : {};
  const table = data.rows.length
    ? html`<table>
<caption>${t.mattersCaption}</caption>
<thead><tr><th scope="col">${t.colRecordNumber}</th><th scope="col">${t.colTitle}</th><th scope="col">${t.colStage}</th><th scope="col">${t.colNextDate}</th>${search ? html`<th scope="col">${t.colTracked}</th>` : null}</tr></thead>
<tbody>
${data.rows.map((r) => row(ctx, r, !!search))}
</tbody>
</table>`
    : html`<p>${search ? t.noResults : t.noTracked}</p>`;
  const pager = data.next
    ? html`<p class="pager"><a rel="next" href="${localHref(ctx, '/', { ...searchParams, after: encodeHomeCursor(data.next) })}">${t.nextPage}</a></p>`
    : null;
  const body = html`<h1>${title}</h1>
<p class="lede">${search ? t.searchResultsIntro : t.homeIntro}</p>
<form class="search" method="get" action="/" role="search">
<div class="field">
<label for="q">${t.searchLabel}</label>
<span class="hint" id="q-hint">${t.searchHint}</span>
<input type="search" id="q" name="q" value="${search ?? ''}" aria-describedby="q-hint" maxlength="200" autocomplete="off">
</div>
${ctx.lang !== 'en' ? html`<input type="hidden" name="lang" value="${ctx.lang}">` : null}
<button type="submit">${t.searchButton}</button>
</form>
${table}
${pager}
<p><a href="${localHref(ctx, '/search', search ? { q: search } : {})}">${s.searchTextLink}</a></p>
${search ? html`<p><a href="${localHref(ctx, '/')}">${t.navTracked}</a></p>` : null}
${
  !search && data.rows.length
    ? downloadLinks({
        heading: s.trackedDownloadHeading,
        intro: s.trackedDownloadIntro,
        csv: { href: '/matters.csv?tracked=true', label: s.csv },
        json: { href: '/matters.json?tracked=true', label: s.json },
      })
    : null
}`;
  return renderPage(ctx, { title, description: t.siteDescription, body, canonicalPath: '/', noindex: !!search });
}
