import type { AmendmentSectionRecord } from '@app/code';
import { dateTimeEl, deleted, elmsText, inserted, sectionHeading } from '../fragments';
import { externalLink, html, SafeHtml } from '../html';
import { formatDate } from '../i18n/format-date';
import { REDLINE_LABELS, RedlineLabels } from '../i18n/redline-labels';
import { renderPage } from '../layout';
import { localHref, matterPath, PageContext } from '../page-context';
import type { RedlinePageData } from '../queries/redline-page.query';
import { hunkParagraphs, textParagraphs } from '../redline/hunk-paragraphs';
import { draftedMarkup, paragraphsMarkup } from '../redline/redline-markup';

export type RedlineView = 'inline' | 'side';

const OMITTED = '(Omitted text is not affected by this ordinance)';

export function redlinePath(recordNumber: string): string {
  return `${matterPath(recordNumber)}/redline`;
}

function mismatchList(ctx: PageContext, l: RedlineLabels, s: AmendmentSectionRecord): SafeHtml {
  return html`<ul class="mismatches">${s.mismatches.map((m) => {
    const missing = m.differingWords
      .filter((w) => w.op === 'missing')
      .map((w) => w.text.trim())
      .filter(Boolean);
    const unexpected = m.differingWords
      .filter((w) => w.op === 'unexpected')
      .map((w) => w.text.trim())
      .filter(Boolean);
    return html`<li><dl class="facts">
<dt>${l.mismatchExpected}</dt><dd>${m.expected ? elmsText(ctx, m.expected) : '—'}</dd>
<dt>${l.mismatchFound}</dt><dd>${m.found ? elmsText(ctx, m.found) : '—'}</dd>
${missing.length ? html`<dt>${l.missingWords}</dt><dd>${missing.map((w, i) => html`${i ? ', ' : ''}<q>${elmsText(ctx, w)}</q>`)}</dd>` : null}
${unexpected.length ? html`<dt>${l.unexpectedWords}</dt><dd>${unexpected.map((w, i) => html`${i ? ', ' : ''}<q>${elmsText(ctx, w)}</q>`)}</dd>` : null}
</dl></li>`;
  })}</ul>`;
}

function sectionBody(ctx: PageContext, l: RedlineLabels, d: RedlinePageData, s: AmendmentSectionRecord, view: RedlineView): SafeHtml {
  const drafted = () => draftedMarkup(ctx, s.marked.paragraphs, s.marked.omittedAfter, OMITTED);
  if (s.baseTextMatches === false) {
    return html`<div class="warning" role="note">
<p class="warning-title"><strong>${l.checkFailedHeading}</strong></p>
<p>${l.checkFailed}</p>
${mismatchList(ctx, l, s)}
</div>
<p class="note">${l.notApplied}</p>
${drafted()}`;
  }
  if (!s.applied) return html`<p class="note">${l.checkUnknown} ${l.notApplied}</p>${drafted()}`;
  if (s.change === 'ADDED')
    return html`<p class="note">${l.addedNote}</p>${paragraphsMarkup(ctx, textParagraphs(s.amendedText ?? '', 'insert'))}`;
  if (s.change === 'REPEALED')
    return html`<p class="note">${l.repealedNote}</p>${paragraphsMarkup(ctx, textParagraphs(s.baseText ?? '', 'delete'))}`;
  const hunks = (s.diffId ? d.diffs.get(s.diffId)?.hunks : undefined) ?? [{ op: 'equal' as const, text: s.amendedText ?? '' }];
  const unchecked = s.baseTextMatches === null ? html`<p class="note">${l.checkUnknown}</p>` : null;
  if (view === 'side') {
    return html`${unchecked}<div class="side-by-side">
<div><h3>${l.currentLaw}</h3>${paragraphsMarkup(ctx, hunkParagraphs(hunks, 'from'))}</div>
<div><h3>${l.asAmended}</h3>${paragraphsMarkup(ctx, hunkParagraphs(hunks, 'to'))}</div>
</div>`;
  }
  return html`${unchecked}${paragraphsMarkup(ctx, hunkParagraphs(hunks, 'both'))}`;
}

function changeBadge(l: RedlineLabels, change: keyof RedlineLabels['changeLabel']): SafeHtml {
  return html`<span class="change change-${change.toLowerCase()}">${l.changeLabel[change]}</span>`;
}

function summary(ctx: PageContext, l: RedlineLabels, d: RedlinePageData): SafeHtml {
  const count = (c: string) => d.sections.filter((s) => s.change === c).length;
  const base = d.baseline.map((b) => l.baseline(b.chapterNumber, b.version.version, formatDate(b.version.fetchedAt, ctx.lang)));
  return html`<section aria-labelledby="summary">
<h2 id="summary">${l.summaryHeading}</h2>
<p>${l.summaryCounts(count('AMENDED'), count('ADDED'), count('REPEALED'))}</p>
<ul class="section-summary">${d.sections.map(
    (s) =>
      html`<li><a href="#${s.number}">${s.number} ${elmsText(ctx, s.heading)}</a> ${changeBadge(l, s.change)}${s.baseTextMatches === false ? html` <strong class="flag">${l.checkFailedHeading}</strong>` : null}</li>`,
  )}</ul>
<dl class="facts">
${d.document ? html`<dt>${l.readFrom}</dt><dd>${externalLink(d.document.url, d.document.fileName ?? d.document.url)} (${dateTimeEl(ctx, d.document.fetchedAt, false)})</dd>` : null}
${base.length ? html`<dt>${l.currentLaw}</dt><dd>${base.join(' ')}</dd>` : null}
${d.amendment?.effectiveDate ? html`<dt>${l.effectiveDate}</dt><dd>${elmsText(ctx, d.amendment.effectiveDate)}</dd>` : null}
</dl>
</section>`;
}

function viewToggle(ctx: PageContext, l: RedlineLabels, recordNumber: string, view: RedlineView): SafeHtml {
  const link = (v: RedlineView, label: string) =>
    html`<li><a href="${localHref(ctx, redlinePath(recordNumber), v === 'side' ? { view: 'side' } : {})}"${v === view ? html` aria-current="page"` : null}>${label}</a></li>`;
  return html`<nav class="view-toggle" aria-label="${l.viewLabel}"><ul>${link('inline', l.viewInline)}${link('side', l.viewSideBySide)}</ul></nav>`;
}

function unchangedSections(ctx: PageContext, l: RedlineLabels, d: RedlinePageData): SafeHtml | null {
  const touched = new Set(d.sections.map((s) => s.number));
  const rest = d.baseline.flatMap((b) => b.sections).filter((s) => !touched.has(s.number));
  if (!rest.length) return null;
  return html`<section aria-labelledby="unchanged">
<h2 id="unchanged">${l.unchangedSections}</h2>
${rest.map(
  (s) => html`<section class="code-section" aria-labelledby="${s.number}">
<div class="heading-row"><h3 id="${s.number}" class="section-anchor">${s.number} ${elmsText(ctx, s.heading)}</h3></div>
${paragraphsMarkup(ctx, textParagraphs(s.body, 'equal'))}
</section>`,
)}
</section>`;
}

/** `/matters/:recordNumber/redline`: the code as it would read, section by section, with anchors. */
export function renderRedlinePage(ctx: PageContext, d: RedlinePageData, view: RedlineView): string {
  const l = REDLINE_LABELS[ctx.lang];
  const n = d.matter.recordNumber;
  const title = l.redlineTitle(n);
  const chapters = [...new Set(d.baseline.map((b) => b.chapterNumber))].join(', ');
  const back = html`<p><a href="${localHref(ctx, matterPath(n))}">${l.backToMatter}</a></p>`;
  if (!d.amendment) {
    const body = html`<h1>${title}</h1>${back}<p>${l.noDocument}</p>`;
    return renderPage(ctx, {
      title,
      description: l.redlineDescription(n, chapters),
      body,
      canonicalPath: redlinePath(n),
      ogType: 'article',
    });
  }
  const legend = html`<p class="legend"><strong>${l.legend}:</strong> ${inserted(ctx, l.legendInserted)}; ${deleted(ctx, l.legendDeleted)}.</p>`;
  const body = html`<h1>${title}</h1>
<p class="lede">${l.redlineIntro}</p>
${back}
${summary(ctx, l, d)}
${viewToggle(ctx, l, n, view)}
${legend}
${d.sections.map(
  (s) => html`<section class="redline-section" aria-labelledby="${s.number}">
${sectionHeading(ctx, s.number, `${s.number} ${s.heading}`)}
<p>${changeBadge(l, s.change)}</p>
${sectionBody(ctx, l, d, s, view)}
</section>`,
)}
${unchangedSections(ctx, l, d)}
${d.amendment.unparsed.length ? html`<section aria-labelledby="other"><h2 id="other">${l.otherSections}</h2>${d.amendment.unparsed.map((u) => html`<p>${elmsText(ctx, u.text)}</p>`)}</section>` : null}`;
  return renderPage(ctx, { title, description: l.redlineDescription(n, chapters), body, canonicalPath: redlinePath(n), ogType: 'article' });
}
