import { Stage, type SearchHit, type SnippetPart, type StageResult } from '@app/legislation';
import { dateTimeEl, downloadLinks, elmsText, stageBadge } from '../fragments';
import { html, SafeHtml } from '../html';
import { SEARCH_LABELS } from '../i18n/search-labels';
import { renderPage } from '../layout';
import { localHref, matterPath, PageContext } from '../page-context';
import type { SearchPageData } from '../queries/search-page.query';
import { encodeSearchCursor } from '../../graphql/search/search-cursor';
import type { SearchRequest } from '../search-request';

/** Matched words in <mark>; the text (from eLMS and its documents) is escaped by `html`, in English. */
function marked(ctx: PageContext, parts: SnippetPart[]): SafeHtml {
  const inner = parts.map((p) => (p.highlighted ? html`<mark>${p.text}</mark>` : html`${p.text}`));
  return ctx.lang === 'en' ? html`${inner}` : html`<span lang="en">${inner}</span>`;
}

/** Type and introduction date, " · " between them (the type is eLMS's English word). */
function meta(ctx: PageContext, type: string | null, introduced: Date | null): SafeHtml {
  const parts: SafeHtml[] = [];
  if (type) parts.push(html`<span>${elmsText(ctx, type)}</span>`);
  if (introduced) parts.push(html`<span>${SEARCH_LABELS[ctx.lang].introduced} ${dateTimeEl(ctx, introduced, false)}</span>`);
  return html`${parts.map((p, i) => (i ? html` · ${p}` : p))}`;
}

function result(ctx: PageContext, h: SearchHit, stage: StageResult | undefined): SafeHtml {
  const s = SEARCH_LABELS[ctx.lang];
  const m = h.matter;
  return html`<li>
<h2 class="result-title"><a href="${localHref(ctx, matterPath(m.recordNumber))}"><span class="record-number">${m.recordNumber}</span> ${marked(ctx, h.title)}</a></h2>
<p class="result-meta">${stage ? stageBadge(ctx, stage.stage) : null} ${meta(ctx, m.type, m.introductionDate)}</p>
${
  h.snippet.length
    ? html`<p class="snippet"><span class="snippet-source">${s.fromDocument(h.document?.fileName ?? m.recordNumber)}</span> ${marked(ctx, h.snippet)}</p>`
    : html`<p class="snippet note">${s.matchedTitle}</p>`
}
</li>`;
}

function field(id: string, label: string, value: string | undefined, extra: SafeHtml | null = null, hint?: string): SafeHtml {
  return html`<div class="field">
<label for="${id}">${label}</label>${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : null}
<input id="${id}" name="${id}" value="${value ?? ''}" ${hint ? html`aria-describedby="${id}-hint"` : null} ${extra}>
</div>`;
}

function form(ctx: PageContext, req: SearchRequest, problem: string | null): SafeHtml {
  const s = SEARCH_LABELS[ctx.lang];
  const p = req.params;
  const filtersUsed = Object.keys(p).some((k) => k !== 'q');
  return html`<form class="search search-page" method="get" action="/search" role="search">
<div class="field">
<label for="q">${s.queryLabel}</label>
<span class="hint" id="q-hint">${s.queryHint}</span>
<input type="search" id="q" name="q" value="${req.q ?? ''}" aria-describedby="q-hint${problem ? ' q-problem' : ''}" maxlength="300" autocomplete="off"${
    problem ? html` aria-invalid="true"` : null
  }>
${problem ? html`<p class="warning" id="q-problem" role="alert">${problem}</p>` : null}
</div>
${ctx.lang !== 'en' ? html`<input type="hidden" name="lang" value="${ctx.lang}">` : null}
<button type="submit">${s.button}</button>
<details class="filters"${filtersUsed ? html` open` : null}>
<summary>${s.filtersLegend}</summary>
<div class="filter-fields">
${field('type', s.type, p.type, html`maxlength="200"`, s.typeHint)}
<div class="field">
<label for="stage">${s.stage}</label>
<select id="stage" name="stage">
<option value="">${s.anyStage}</option>
${Object.values(Stage).map((st) => html`<option value="${st}"${p.stage === st ? html` selected` : null}>${ctx.t.stages[st] ?? st}</option>`)}
</select>
</div>
${field('status', s.status, p.status, html`maxlength="200"`)}
${field('sponsor', s.sponsor, p.sponsor, html`maxlength="200"`)}
${field('committee', s.committee, p.committee, html`maxlength="200"`)}
${field('chapter', s.chapter, p.chapter, html`pattern="\\d{1,2}-\\d{1,3}" maxlength="6"`, s.chapterHint)}
${field('from', s.introducedFrom, p.from, html`type="date"`)}
${field('to', s.introducedTo, p.to, html`type="date"`)}
</div>
</details>
</form>`;
}

/** `/search`: the form, then the count, the results with highlighted snippets, a next-page link and the downloads. */
export function renderSearchPage(ctx: PageContext, req: SearchRequest, data: SearchPageData): string {
  const s = SEARCH_LABELS[ctx.lang];
  const title = req.q && data.kind === 'results' ? s.resultsTitle(req.q) : s.title;
  let results: SafeHtml | null = null;
  if (data.kind === 'results') {
    const { hits, totalCount, hasNextPage, rankedWindow, totalCountIsEstimate } = data.page;
    const last = hits.at(-1);
    const next =
      hasNextPage && last
        ? html`<p class="pager"><a rel="next" href="${localHref(ctx, '/search', { ...req.params, after: encodeSearchCursor({ rank: last.rank, id: last.matter.id }) })}">${s.nextPage}</a></p>`
        : null;
    results = html`<p class="result-count" role="status"><strong>${totalCountIsEstimate ? s.about(totalCount) : s.count(totalCount)}</strong></p>
${rankedWindow !== null ? html`<p class="result-window">${s.windowed(rankedWindow)}</p>` : null}
${
  hits.length
    ? html`<ol class="results" aria-label="${s.resultsLabel}">
${hits.map((h) => result(ctx, h, data.stages.get(h.matter.id)))}
</ol>`
    : html`<p>${s.noResults}</p>`
}
${next}
${
  totalCount > 0
    ? downloadLinks({
        heading: s.downloadHeading,
        intro: s.downloadIntro,
        csv: { href: localHref({ lang: 'en' }, '/search.csv', req.params), label: s.csv },
        json: { href: localHref({ lang: 'en' }, '/search.json', req.params), label: s.json },
      })
    : null
}`;
  }
  const body = html`<h1>${title}</h1>
<p class="lede">${s.intro}</p>
${form(ctx, req, data.kind === 'problem' ? s.problems[data.problem] : null)}
${results}`;
  return renderPage(ctx, { title, description: s.description, body, canonicalPath: '/search', noindex: req.q !== null });
}
