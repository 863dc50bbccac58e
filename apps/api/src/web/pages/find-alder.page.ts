import { AddressLookup, AddressLookupStatus, WardAlder } from '@app/advocacy';
import { elmsText } from '../fragments';
import { html, SafeHtml } from '../html';
import { ADVOCACY_LABELS, AdvocacyLabels } from '../i18n/advocacy-labels';
import { renderPage } from '../layout';
import { alderPath, localHref, PageContext } from '../page-context';

export const FIND_ALDER_PATH = '/find-your-alder';

/** What the page answers: the empty form, an address look-up, a location, or a refusal to show beside the form. */
export type FindAlderView =
  | { kind: 'FORM' }
  | { kind: 'ADDRESS'; address: string; lookup: AddressLookup }
  | { kind: 'LOCATION'; result: WardAlder | null }
  | { kind: 'PROBLEM'; address: string; message: string };

export interface FindAlderPageData {
  view: FindAlderView;
  /** The ward this device asked us to remember (cookie), if any. */
  rememberedWard: number | null;
}

function lookupForm(ctx: PageContext, l: AdvocacyLabels, address: string): SafeHtml {
  const action = localHref(ctx, FIND_ALDER_PATH);
  return html`<form class="search" method="get" action="${FIND_ALDER_PATH}">
<div class="field">
<label for="address">${l.addressLabel}</label>
<span class="hint" id="address-hint">${l.addressHint}</span>
<input type="text" id="address" name="address" value="${address}" aria-describedby="address-hint" maxlength="200" autocomplete="street-address" required>
</div>
${ctx.lang !== 'en' ? html`<input type="hidden" name="lang" value="${ctx.lang}">` : null}
<button type="submit">${l.findButton}</button>
</form>
<p><button type="button" id="use-location" data-action="${action}" data-locating="${l.locating}" data-failed="${l.locationFailed}" hidden>${l.useLocation}</button>
<span id="locate-status" role="status" aria-live="polite"></span></p>
<p class="note">${l.locationNote} ${l.wardMapNote}</p>`;
}

function rememberForm(ctx: PageContext, l: AdvocacyLabels, ward: number): SafeHtml {
  return html`<form method="post" action="${FIND_ALDER_PATH}/remember">
<input type="hidden" name="ward" value="${ward}">
<input type="hidden" name="lang" value="${ctx.lang}">
<button type="submit">${l.rememberWard(ward)}</button>
<span class="note">${l.rememberNote}</span>
</form>`;
}

function wardResult(ctx: PageContext, l: AdvocacyLabels, r: WardAlder, remembered: number | null): SafeHtml {
  const name = r.alder?.displayName.trim();
  return html`<dl class="facts">
<dt>${l.yourAlder}</dt>
<dd>${name ? html`<a href="${localHref(ctx, alderPath(r.ward))}">${elmsText(ctx, name)}</a>` : l.noAlderOnRecord(r.ward)}</dd>
</dl>
${name ? html`<p><a href="${localHref(ctx, alderPath(r.ward))}">${l.alderPageLink(name, r.ward)}</a></p>` : null}
${remembered === r.ward ? html`<p class="note">${l.rememberedWard(r.ward)}</p>` : rememberForm(ctx, l, r.ward)}`;
}

function candidatesTable(ctx: PageContext, l: AdvocacyLabels, lookup: AddressLookup): SafeHtml {
  return html`<table>
<caption>${l.candidatesCaption}</caption>
<thead><tr><th scope="col">${l.colAddress}</th><th scope="col">${l.colWard}</th></tr></thead>
<tbody>${lookup.candidates.map(
    (c) =>
      html`<tr><th scope="row">${elmsText(ctx, c.matchedAddress)}</th><td>${
        c.ward === null ? l.outside : html`<a href="${localHref(ctx, alderPath(c.ward))}">${l.wardPageLink(c.ward)}</a>`
      }</td></tr>`,
  )}</tbody>
</table>`;
}

function addressResult(ctx: PageContext, l: AdvocacyLabels, address: string, lookup: AddressLookup, remembered: number | null): SafeHtml {
  switch (lookup.status) {
    case AddressLookupStatus.FOUND:
      return html`<p class="callout">${l.foundAddress(lookup.match!.matchedAddress, lookup.result!.ward)}</p>
${wardResult(ctx, l, lookup.result!, remembered)}`;
    case AddressLookupStatus.NO_MATCH:
      return html`<p class="warning" role="alert">${l.noMatch(address)} ${l.tryAgainHint}</p>`;
    case AddressLookupStatus.OUTSIDE_CHICAGO:
      return html`<p class="warning" role="alert">${l.outsideChicago(lookup.match!.matchedAddress)}</p>`;
    case AddressLookupStatus.AMBIGUOUS:
      return html`<p class="warning" role="alert">${l.ambiguous(address)}</p>${candidatesTable(ctx, l, lookup)}`;
  }
}

function resultSection(ctx: PageContext, l: AdvocacyLabels, d: FindAlderPageData): SafeHtml | null {
  const v = d.view;
  let content: SafeHtml;
  if (v.kind === 'FORM') return null;
  if (v.kind === 'PROBLEM') content = html`<p class="warning" role="alert">${v.message}</p>`;
  else if (v.kind === 'ADDRESS') content = addressResult(ctx, l, v.address, v.lookup, d.rememberedWard);
  else if (!v.result) content = html`<p class="warning" role="alert">${l.locationOutsideChicago}</p>`;
  else content = html`<p class="callout">${l.foundLocation(v.result.ward)}</p>${wardResult(ctx, l, v.result, d.rememberedWard)}`;
  return html`<section aria-labelledby="result"><h2 id="result">${l.resultHeading}</h2>${content}</section>`;
}

/** `/find-your-alder`: an address form (works without JavaScript) and "use my location" (with it). */
export function renderFindAlderPage(ctx: PageContext, d: FindAlderPageData): string {
  const l = ADVOCACY_LABELS[ctx.lang];
  const address = d.view.kind === 'ADDRESS' || d.view.kind === 'PROBLEM' ? d.view.address : '';
  const body = html`<h1>${l.findTitle}</h1>
<p class="lede">${l.findIntro}</p>
${lookupForm(ctx, l, address)}
${resultSection(ctx, l, d)}
${
  d.rememberedWard
    ? html`<form method="post" action="${FIND_ALDER_PATH}/forget"><input type="hidden" name="lang" value="${ctx.lang}"><p class="note">${l.rememberedWard(d.rememberedWard)} <button type="submit" class="link-like">${l.forgetWard}</button></p></form>`
    : null
}`;
  return renderPage(ctx, {
    title: l.findTitle,
    description: l.findDescription,
    body,
    canonicalPath: FIND_ALDER_PATH,
    // A result page names an address: not for search engines.
    noindex: d.view.kind !== 'FORM',
  });
}
