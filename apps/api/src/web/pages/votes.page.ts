import { majorityOf, resultFromActionName, type AlderAgreementRecord } from '@app/legislation';
import { dateTimeEl, elmsText, sectionHeading } from '../fragments';
import { html, SafeHtml } from '../html';
import { VOTES_LABELS, VotesLabels } from '../i18n/votes-labels';
import { renderPage } from '../layout';
import { alderPath, localHref, matterPath, PageContext } from '../page-context';
import type { VotesPageData } from '../queries/votes-page.query';
import { heatmapLegend, heatmapSvg, PairLookup } from '../votes/heatmap';
import type { SortOrder, VotesQuery, VotesSortKey } from '../votes/votes-query-params';

export const VOTES_PATH = '/votes';

type Percent = (rate: number) => string;

function percentFormat(ctx: PageContext): Percent {
  const f = new Intl.NumberFormat(ctx.lang === 'es' ? 'es-US' : 'en-US', { style: 'percent', maximumFractionDigits: 0 });
  return (rate) => f.format(rate);
}

/** Nulls (no ward, no votes cast) last whichever the order, then by name. */
function sortAlders(alders: readonly AlderAgreementRecord[], sort: VotesSortKey, order: SortOrder): AlderAgreementRecord[] {
  const key = (a: AlderAgreementRecord): number | string | null => {
    switch (sort) {
      case 'name':
        return a.name;
      case 'ward':
        return a.ward === null ? null : Number(a.ward);
      case 'majority':
        return a.majorityRate;
      case 'cast':
        return a.votesCast;
      case 'absent':
        return a.absent;
    }
  };
  const dir = order === 'asc' ? 1 : -1;
  return [...alders].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const c = typeof x === 'string' ? x.localeCompare(y as string, 'en') : x - (y as number);
    return c !== 0 ? c * dir : a.name.localeCompare(b.name, 'en');
  });
}

function queryParams(q: VotesQuery, extra: Record<string, string> = {}): Record<string, string> {
  return { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...extra };
}

function sortHeader(ctx: PageContext, l: VotesLabels, q: VotesQuery, key: VotesSortKey, label: string, numeric: boolean): SafeHtml {
  const active = q.sort === key;
  const next: SortOrder = active && q.order === 'asc' ? 'desc' : active ? 'asc' : key === 'name' || key === 'ward' ? 'asc' : 'desc';
  const href = localHref(ctx, VOTES_PATH, queryParams(q, { sort: key, order: next }));
  const ariaSort = active ? (q.order === 'asc' ? 'ascending' : 'descending') : null;
  return html`<th scope="col"${numeric ? html` class="num"` : null}${ariaSort ? html` aria-sort="${ariaSort}"` : null}><a href="${href}">${label}${
    ariaSort
      ? html`<span class="sr-only"> (${l.sortBy(label, ariaSort)})</span><span aria-hidden="true"> ${ariaSort === 'ascending' ? '▲' : '▼'}</span>`
      : null
  }</a></th>`;
}

function rangeForm(ctx: PageContext, l: VotesLabels, q: VotesQuery): SafeHtml {
  return html`<form class="range" method="get" action="${VOTES_PATH}">
<fieldset><legend>${l.rangeLegend}</legend>
<div class="field"><label for="from">${l.from}</label><input type="date" id="from" name="from" value="${q.from ?? ''}"></div>
<div class="field"><label for="to">${l.to}</label><input type="date" id="to" name="to" value="${q.to ?? ''}"></div>
</fieldset>
<input type="hidden" name="sort" value="${q.sort}"><input type="hidden" name="order" value="${q.order}">
${ctx.lang !== 'en' ? html`<input type="hidden" name="lang" value="${ctx.lang}">` : null}
<button type="submit">${l.show}</button>
${q.from || q.to ? html` <a href="${localHref(ctx, VOTES_PATH)}">${l.allDates}</a>` : null}
</form>`;
}

function definitions(ctx: PageContext, l: VotesLabels, minNays: number): SafeHtml {
  return html`<section aria-labelledby="definitions">${sectionHeading(ctx, 'definitions', l.definitionsHeading)}
<dl class="definitions">${l.definitions.map((d) => html`<dt>${d.term}</dt><dd>${d.meaning(minNays)}</dd>`)}</dl>
</section>`;
}

function majorityTable(ctx: PageContext, l: VotesLabels, q: VotesQuery, alders: AlderAgreementRecord[], percent: Percent): SafeHtml {
  const n = (v: number) => html`<td class="num">${v}</td>`;
  return html`<section aria-labelledby="majority">${sectionHeading(ctx, 'majority', l.majorityHeading)}
<p class="hint">${l.sortHint}</p>
<div class="table-scroll" role="region" aria-labelledby="majority-caption" tabindex="0"><table class="votes">
<caption id="majority-caption">${l.majorityCaption}</caption>
<thead><tr>${sortHeader(ctx, l, q, 'name', l.colAlder, false)}${sortHeader(ctx, l, q, 'ward', l.colWard, true)}${sortHeader(ctx, l, q, 'majority', l.colMajority, true)}<th scope="col" class="num">${l.colWithMajority}</th>${sortHeader(ctx, l, q, 'cast', l.colVotesCast, true)}<th scope="col" class="num">${l.colNotVoting}</th>${sortHeader(ctx, l, q, 'absent', l.colAbsent, true)}<th scope="col" class="num">${l.colRollCalls}</th></tr></thead>
<tbody>${alders.map(
    (a) =>
      html`<tr><th scope="row">${a.ward ? html`<a href="${localHref(ctx, alderPath(a.ward))}">${elmsText(ctx, a.name)}</a>` : elmsText(ctx, a.name)}</th><td class="num">${a.ward ?? '—'}</td><td class="num">${a.majorityRate === null ? '—' : percent(a.majorityRate)}</td><td class="num">${a.withMajority}/${a.majorityVotes}</td>${n(a.votesCast)}${n(a.notVoting)}${n(a.absent)}${n(a.rollCalls)}</tr>`,
  )}</tbody>
</table></div>
</section>`;
}

function pairsTable(ctx: PageContext, l: VotesLabels, alders: AlderAgreementRecord[], pair: PairLookup, percent: Percent): SafeHtml {
  return html`<details class="pairs"><summary>${l.pairsSummary}</summary>
<div class="table-scroll" role="region" aria-labelledby="pairs-caption" tabindex="0"><table class="matrix">
<caption id="pairs-caption">${l.pairsCaption}</caption>
<thead><tr><td></td>${alders.map((a) => html`<th scope="col">${elmsText(ctx, a.name)}</th>`)}</tr></thead>
<tbody>${alders.map(
    (row) =>
      html`<tr><th scope="row">${elmsText(ctx, row.name)}</th>${alders.map((col) => {
        if (col.personId === row.personId) return html`<td class="num">${l.self}</td>`;
        const p = pair(row.personId, col.personId);
        return html`<td class="num">${p && p.rate !== null ? l.pairCell(percent(p.rate), p.agreed, p.together) : '—'}</td>`;
      })}</tr>`,
  )}</tbody>
</table></div>
</details>`;
}

function heatmapSection(ctx: PageContext, l: VotesLabels, alders: AlderAgreementRecord[], pair: PairLookup, percent: Percent): SafeHtml {
  return html`<section aria-labelledby="heatmap">${sectionHeading(ctx, 'heatmap', l.heatmapHeading)}
<p>${l.heatmapIntro}</p>
${heatmapLegend(l, percent)}
<div class="heatmap-scroll" role="region" aria-label="${l.heatmapRegion}" tabindex="0">${heatmapSvg(l, alders, pair, percent)}</div>
${pairsTable(ctx, l, alders, pair, percent)}
</section>`;
}

function dividedSection(ctx: PageContext, l: VotesLabels, d: VotesPageData): SafeHtml {
  const rows = d.divided;
  const table = html`<table class="votes">
<caption>${l.dividedCaption}</caption>
<thead><tr><th scope="col">${l.colDate}</th><th scope="col">${l.colMatter}</th><th scope="col">${l.colAction}</th><th scope="col" class="num">${l.colYeas}</th><th scope="col" class="num">${l.colNays}</th><th scope="col" class="num">${l.colOther}</th><th scope="col">${l.colMajoritySide}</th></tr></thead>
<tbody>${rows.map((r) => {
    const result = resultFromActionName(r.actionName);
    return html`<tr><td>${r.date ? dateTimeEl(ctx, r.date, false) : '—'}</td>
<th scope="row"><a class="record-number" href="${localHref(ctx, matterPath(r.recordNumber))}">${r.recordNumber}</a>${r.title ? html`<span class="step-detail">${elmsText(ctx, r.title)}</span>` : null}</th>
<td>${result ? ctx.t.voteResults[result] : elmsText(ctx, r.actionName)}</td><td class="num">${r.yeas}</td><td class="num">${r.nays}</td><td class="num">${r.absent + r.other}</td><td>${l.sides[majorityOf(r) ?? 'TIE']}</td></tr>`;
  })}</tbody>
</table>`;
  const more =
    d.agreement.dividedRollCalls > rows.length
      ? html`<p class="note">${l.dividedMore(rows.length, d.agreement.dividedRollCalls)}</p>`
      : null;
  return html`<section aria-labelledby="divided">${sectionHeading(ctx, 'divided', l.dividedHeading)}
${rows.length ? html`${table}${more}` : html`<p>${l.noDivided}</p>`}
</section>`;
}

function exportSection(ctx: PageContext, l: VotesLabels, q: VotesQuery): SafeHtml {
  const params = queryParams(q);
  return html`<section aria-labelledby="download">${sectionHeading(ctx, 'download', l.exportHeading)}
<p>${l.exportIntro}</p>
<ul><li><a href="${localHref({ lang: 'en' }, `${VOTES_PATH}/roll-calls.csv`, params)}" download>${l.exportCsv}</a></li>
<li><a href="${localHref({ lang: 'en' }, `${VOTES_PATH}/roll-calls.json`, params)}" download>${l.exportJson}</a></li></ul>
</section>`;
}

/** `/votes`: how the Council votes over a range of dates (sortable by query string, no script needed). */
export function renderVotesPage(ctx: PageContext, q: VotesQuery, d: VotesPageData): string {
  const l = VOTES_LABELS[ctx.lang];
  const percent = percentFormat(ctx);
  const a = d.agreement;
  const alders = sortAlders(a.alders, q.sort, q.order);
  const pair: PairLookup = (x, y) => a.pairs.get(x)?.get(y);
  const body = html`<h1>${l.title}</h1>
<p class="lede">${l.intro}</p>
${rangeForm(ctx, l, q)}
<p>${q.from || q.to ? l.range(q.from, q.to) : l.rangeAll} ${l.summary(a.rollCalls, a.dividedRollCalls, a.minNays)}</p>
${
  a.rollCalls === 0
    ? html`<p>${l.noVotes}</p>`
    : html`${majorityTable(ctx, l, q, alders, percent)}
${heatmapSection(ctx, l, alders, pair, percent)}
${dividedSection(ctx, l, d)}
${exportSection(ctx, l, q)}`
}
${definitions(ctx, l, a.minNays)}`;
  return renderPage(ctx, { title: l.title, description: l.description, body, canonicalPath: VOTES_PATH });
}
