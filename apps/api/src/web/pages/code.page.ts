import { dateTimeEl, elmsText, sectionHeading } from '../fragments';
import { html, SafeHtml } from '../html';
import { HISTORY_LABELS } from '../i18n/history-labels';
import { REDLINE_LABELS, RedlineLabels } from '../i18n/redline-labels';
import { renderPage } from '../layout';
import { localHref, PageContext } from '../page-context';
import type { CodePageData } from '../queries/code-page.query';
import { hunkParagraphs, textParagraphs } from '../redline/hunk-paragraphs';
import { paragraphsMarkup } from '../redline/redline-markup';

export function codePath(chapter: string): string {
  return `/code/${encodeURIComponent(chapter)}`;
}

function versionSelect(id: string, label: string, d: CodePageData, l: RedlineLabels, selected: number | undefined): SafeHtml {
  return html`<div class="field"><label for="${id}">${label}</label>
<select id="${id}" name="${id}">${d.versions.map((v) => html`<option value="${String(v.version)}"${v.version === selected ? html` selected` : null}>${l.versionRow(v.version)}</option>`)}</select></div>`;
}

function history(ctx: PageContext, l: RedlineLabels, d: CodePageData): SafeHtml {
  const path = codePath(d.chapter.number);
  const rows = d.versions.map((v, i) => {
    const previous = d.versions[i + 1];
    return html`<tr>
<th scope="row">${l.versionRow(v.version)}</th>
<td>${dateTimeEl(ctx, v.fetchedAt, true)}</td>
<td>${l.sectionsCount(v.sectionIds.length)}</td>
<td>${previous ? html`<a href="${localHref(ctx, path, { from: String(previous.version), to: String(v.version) })}#compare">${l.compareResult(previous.version, v.version)}</a>` : '—'}</td>
</tr>`;
  });
  const form =
    d.versions.length > 1
      ? html`<form class="compare" method="get" action="${path}#compare">
${versionSelect('from', l.compareFrom, d, l, d.comparison?.from.version ?? d.versions[1]?.version)}
${versionSelect('to', l.compareTo, d, l, d.comparison?.to.version ?? d.versions[0]?.version)}
${ctx.lang !== 'en' ? html`<input type="hidden" name="lang" value="${ctx.lang}">` : null}
<button type="submit">${l.compareButton}</button>
</form>`
      : null;
  return html`<section aria-labelledby="versions">
<h2 id="versions">${l.versionsHeading}</h2>
<table>
<thead><tr><th scope="col">${l.colVersion}</th><th scope="col">${l.readOn}</th><th scope="col">${l.colSections}</th><th scope="col">${l.compareHeading}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
${form}
</section>`;
}

function comparison(ctx: PageContext, l: RedlineLabels, d: CodePageData): SafeHtml | null {
  const c = d.comparison;
  if (!c) return null;
  const changed = c.sections.filter((s) => s.change !== 'unchanged');
  return html`<section aria-labelledby="compare">
<h2 id="compare">${l.compareResult(c.from.version, c.to.version)}</h2>
${changed.length === 0 ? html`<p>${l.noDifferences}</p>` : null}
${changed.map(
  (s) => html`<section class="redline-section" aria-labelledby="compare-${s.number}">
<h3 id="compare-${s.number}">${s.number} ${elmsText(ctx, s.heading)} <span class="change change-${s.change}">${l.changeLabel[s.change.toUpperCase() as 'AMENDED']}</span></h3>
${paragraphsMarkup(ctx, hunkParagraphs(s.diff.hunks, 'both'))}
</section>`,
)}
</section>`;
}

/** `/code/:chapter`: the chapter as the tracker last read it, its versions, and a diff of any two. */
export function renderCodePage(ctx: PageContext, d: CodePageData): string {
  const l = REDLINE_LABELS[ctx.lang];
  const c = d.chapter;
  const title = `${l.codeTitle(c.number)}${c.title ? `: ${c.title}` : ''}`;
  const current = d.versions[0];
  const h = HISTORY_LABELS[ctx.lang];
  const sections = d.sections.map(
    (s) => html`<section class="code-section" aria-labelledby="${s.number}">
${sectionHeading(ctx, s.number, `${s.number} ${s.heading}`)}
${paragraphsMarkup(ctx, textParagraphs(s.body, 'equal'))}
${s.historyNote ? html`<p class="history-note"><span class="sr-only">${l.historyNote}: </span>${elmsText(ctx, s.historyNote)}</p>` : null}
<p><a href="${localHref(ctx, `${codePath(s.number)}/history`)}">${h.sectionHistoryLink(s.number)}</a></p>
</section>`,
  );
  const body = html`<h1>${title}</h1>
<p class="lede">${l.codeIntro}</p>
<p><a href="${localHref(ctx, `${codePath(c.number)}/history`)}">${h.historyLink}</a></p>
${current ? html`<p>${l.currentText}: ${l.versionRow(current.version)}, ${l.readOn.toLowerCase()} ${dateTimeEl(ctx, current.fetchedAt, true)}.</p>` : html`<p>${l.codeNotRead}</p>`}
${comparison(ctx, l, d)}
${sections}
${d.versions.length ? history(ctx, l, d) : null}`;
  return renderPage(ctx, {
    title,
    description: l.codeDescription(c.number, c.title ?? ''),
    body,
    canonicalPath: codePath(c.number),
    noindex: !!d.comparison,
  });
}
