import { toVoteValue, VoteValue } from '@app/legislation';
import { dateTimeEl, elmsText, sectionHeading } from '../fragments';
import { emailLink, externalLink, html, SafeHtml } from '../html';
import { renderPage } from '../layout';
import { alderPath, localHref, matterPath, PageContext } from '../page-context';
import type { AlderPageData } from '../queries/alder-page.query';

interface Office {
  email: string | null;
  phone: string | null;
  fax: string | null;
  website: string | null;
  address: string | null;
}

function joinAddress(...parts: (string | null)[]): string | null {
  const s = parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(', ');
  return s || null;
}

function office(ctx: PageContext, heading: string, o: Office): SafeHtml | null {
  const { t } = ctx;
  const rows = [
    o.email?.trim() ? html`<dt>${t.email}</dt><dd>${emailLink(o.email)}</dd>` : null,
    o.phone?.trim() ? html`<dt>${t.phone}</dt><dd>${elmsText(ctx, o.phone)}</dd>` : null,
    o.fax?.trim() ? html`<dt>${t.fax}</dt><dd>${elmsText(ctx, o.fax)}</dd>` : null,
    o.website?.trim() ? html`<dt>${t.website}</dt><dd>${externalLink(o.website, o.website)}</dd>` : null,
    o.address ? html`<dt>${t.address}</dt><dd>${elmsText(ctx, o.address)}</dd>` : null,
  ].filter(Boolean);
  return rows.length ? html`<h3>${heading}</h3><dl class="facts">${rows}</dl>` : null;
}

function contactSection(ctx: PageContext, d: AlderPageData): SafeHtml {
  const p = d.person;
  const stateZip = (state: string | null, zip: string | null) =>
    [state, zip]
      .map((x) => x?.trim())
      .filter(Boolean)
      .join(' ') || null;
  const offices = [
    office(ctx, ctx.t.wardOffice, {
      email: p.email,
      phone: p.phone,
      fax: p.fax,
      website: p.site,
      address: joinAddress(p.address, p.city, stateZip(p.state, p.zip)),
    }),
    office(ctx, ctx.t.cityHallOffice, {
      email: p.officeEmail,
      phone: p.officePhone,
      fax: p.officeFax,
      website: p.officeSite,
      address: joinAddress(p.officeAddress, p.officeCity, stateZip(p.officeState, p.officeZip)),
    }),
  ].filter(Boolean);
  return html`<section aria-labelledby="contact">${sectionHeading(ctx, 'contact', ctx.t.contactHeading)}
${offices.length ? offices : html`<p>${ctx.t.noContact}</p>`}
</section>`;
}

function committeesSection(ctx: PageContext, d: AlderPageData): SafeHtml {
  const { t } = ctx;
  const table = html`<table>
<caption>${t.membershipsCaption}</caption>
<thead><tr><th scope="col">${t.colCommittee}</th><th scope="col">${t.colRole}</th><th scope="col">${t.colFrom}</th><th scope="col">${t.colTo}</th></tr></thead>
<tbody>${d.memberships.map(
    (m) =>
      html`<tr><th scope="row">${elmsText(ctx, m.bodyName)}</th><td>${m.memberType ? elmsText(ctx, m.memberType) : '—'}</td><td>${m.startDate ? dateTimeEl(ctx, m.startDate, false) : '—'}</td><td>${m.endDate ? dateTimeEl(ctx, m.endDate, false) : t.current}</td></tr>`,
  )}</tbody>
</table>`;
  return html`<section aria-labelledby="committees">${sectionHeading(ctx, 'committees', t.committeesHeading)}
${d.memberships.length ? table : html`<p>${t.noCommittees}</p>`}
</section>`;
}

function voteLabel(ctx: PageContext, vote: string | null): SafeHtml {
  const value = toVoteValue(vote);
  return html`${ctx.t.voteValues[value]}${value === VoteValue.OTHER && vote ? html` (${elmsText(ctx, vote)})` : null}`;
}

function votesSection(ctx: PageContext, d: AlderPageData): SafeHtml {
  const { t } = ctx;
  const table = html`<table>
<caption>${t.alderVotesCaption}</caption>
<thead><tr><th scope="col">${t.colDate}</th><th scope="col">${t.colMatter}</th><th scope="col">${t.colAction}</th><th scope="col">${t.colVote}</th></tr></thead>
<tbody>${d.trackedVotes.map(
    (v) => html`<tr>
<td>${v.actionDate ? dateTimeEl(ctx, v.actionDate, false) : '—'}</td>
<th scope="row"><a class="record-number" href="${localHref(ctx, matterPath(v.recordNumber))}">${v.recordNumber}</a>${v.title ? html`<span class="step-detail">${elmsText(ctx, v.title)}</span>` : null}</th>
<td>${v.actionName ? elmsText(ctx, v.actionName) : '—'}</td>
<td>${voteLabel(ctx, v.vote)}</td>
</tr>`,
  )}</tbody>
</table>`;
  return html`<section aria-labelledby="votes">${sectionHeading(ctx, 'votes', t.alderVotesHeading)}
${d.trackedVotes.length ? table : html`<p>${t.noAlderVotes}</p>`}
</section>`;
}

/** `/alders/:ward`: the ward's alder, how to reach them, their committees and their votes on tracked matters. */
export function renderAlderPage(ctx: PageContext, d: AlderPageData): string {
  const { t } = ctx;
  const name = d.person.displayName.trim();
  const body = html`<h1>${t.alderTitle(name, d.ward)}</h1>
${d.person.isActive === false ? html`<p class="warning">${t.formerAlder}</p>` : null}
${contactSection(ctx, d)}
${committeesSection(ctx, d)}
${votesSection(ctx, d)}`;
  return renderPage(ctx, {
    title: t.alderTitle(name, d.ward),
    description: t.alderDescription(name, d.ward),
    body,
    canonicalPath: alderPath(d.ward),
    ogType: 'article',
  });
}
