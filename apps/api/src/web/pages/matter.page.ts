import { NextStep, StoryStep, VoteValue } from '@app/legislation';
import { dateTimeEl, elmsText, sectionHeading, stageBadge } from '../fragments';
import { externalLink, html, SafeHtml } from '../html';
import { formatDate } from '../i18n/format-date';
import { renderPage } from '../layout';
import { alderPath, localHref, matterPath, PageContext } from '../page-context';
import type { MatterPageData, RollCallData } from '../queries/matter-page.query';
import { takeActionSection } from './take-action.section';

/** The public eLMS page of a matter, for readers who want the official record. */
export function elmsMatterUrl(matterId: string): string {
  return `https://chicityclerkelms.chicago.gov/Matter/?matterId=${encodeURIComponent(matterId)}`;
}

function matterLink(ctx: PageContext, recordNumber: string): SafeHtml {
  return html`<a class="record-number" href="${localHref(ctx, matterPath(recordNumber))}">${recordNumber}</a>`;
}

/** Ward numbers arrive as "03" or "15"; pages and links use the plain number. */
function wardNumber(ward: string | null): number | null {
  const n = ward ? Number(ward) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : null;
}

/** A name linked to the ward's alder page when there is one (a link to a 404 helps nobody). */
function alderLink(ctx: PageContext, d: MatterPageData, ward: number | null, name: SafeHtml): SafeHtml {
  return ward && d.alderWards.has(ward) ? html`<a href="${localHref(ctx, alderPath(ward))}">${name}</a>` : name;
}

function facts(ctx: PageContext, d: MatterPageData): SafeHtml {
  const { t } = ctx;
  const m = d.matter;
  const stage = d.lifecycle.stage;
  const status = [m.status, m.subStatus].filter(Boolean).join(' · ');
  const row = (label: string, value: SafeHtml | string | null | undefined) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : null);
  return html`<dl class="facts">
${row(t.stage, html`${stageBadge(ctx, stage.stage)}${stage.since ? html` ${t.since} ${dateTimeEl(ctx, stage.since, false)}` : null}`)}
${row(t.status, status ? elmsText(ctx, status) : null)}
${row(t.matterType, m.type ? elmsText(ctx, m.type) : null)}
${row(t.introduced, m.introductionDate ? dateTimeEl(ctx, m.introductionDate, false) : null)}
${row(t.referredTo, m.committeeReferral ? elmsText(ctx, m.committeeReferral) : null)}
${row(t.filedBy, m.filingSponsor ? elmsText(ctx, m.filingSponsor) : null)}
${row(
  t.tracked,
  d.rules.length ? html`${t.yes}: ${d.rules.map((r, i) => html`${i ? '; ' : ''}${t.trackedBecause[r.kind](r.value)}`)}` : t.notTracked,
)}
</dl>`;
}

function nextStepSection(ctx: PageContext, next: NextStep | null): SafeHtml {
  const { t } = ctx;
  let content: SafeHtml;
  if (!next) content = html`<p>${t.noNextStep}</p>`;
  else if (next.kind === 'MEETING') {
    content = html`<dl class="facts">
<dt>${t.meetingBody}</dt><dd>${next.body ? elmsText(ctx, next.body) : '—'}</dd>
<dt>${t.when}</dt><dd>${dateTimeEl(ctx, next.date, true)}</dd>
${next.location ? html`<dt>${t.where}</dt><dd>${elmsText(ctx, next.location)}</dd>` : null}
<dt>${t.publicCommentDeadline}</dt><dd>${next.publicCommentDeadline ? dateTimeEl(ctx, next.publicCommentDeadline, true) : t.notPublished}</dd>
${next.meetingStatus ? html`<dt>${t.meetingStatus}</dt><dd>${elmsText(ctx, next.meetingStatus)}</dd>` : null}
</dl>`;
  } else if (next.kind === 'COMMITTEE') {
    content = html`<p>${next.committees.length ? t.heldInCommittee(next.committees.join(', ')) : t.heldInCommitteeUnnamed}</p>`;
  } else {
    content = html`<p>${t.councilReason[next.reason]}</p>`;
  }
  return html`<section aria-labelledby="next-step">${sectionHeading(ctx, 'next-step', t.nextStepHeading)}<div class="callout">${content}</div></section>`;
}

function timelineStep(ctx: PageContext, d: MatterPageData, s: StoryStep): SafeHtml {
  const { t } = ctx;
  const action = s.source === 'action' ? d.actions.get(s.sourceId) : undefined;
  const committees = s.committees?.length ? s.committees : s.committee ? [s.committee] : [];
  return html`<li>
${s.date ? html`${dateTimeEl(ctx, s.date, s.source === 'agenda')}: ` : null}<strong>${t.stepTypes[s.type] ?? s.type}</strong>
${s.recordNumber !== d.matter.recordNumber ? html`<span class="step-detail">${t.filedUnder} ${matterLink(ctx, s.recordNumber)}</span>` : null}
${committees.length ? html`<span class="step-detail">${t.committeesLabel}: ${elmsText(ctx, committees.join('; '))}</span>` : null}
${s.source === 'agenda' && s.body ? html`<span class="step-detail">${elmsText(ctx, s.body)}${s.location ? html`, ${elmsText(ctx, s.location)}` : null}</span>` : null}
${s.actionName ? html`<span class="step-detail">${t.elmsActionName}: ${elmsText(ctx, [s.actionName, action?.actionByName].filter(Boolean).join(' · '))}</span>` : null}
${action?.actionText ? html`<span class="step-detail">${elmsText(ctx, action.actionText)}</span>` : null}
${s.url ? html`<span class="step-detail">${t.ruleNoticeFile}: ${externalLink(s.url, s.url.split('/').pop() ?? s.url)}</span>` : null}
</li>`;
}

function timelineSection(ctx: PageContext, d: MatterPageData): SafeHtml {
  const steps = d.lifecycle.timeline;
  return html`<section aria-labelledby="timeline">${sectionHeading(ctx, 'timeline', ctx.t.timelineHeading)}
${steps.length ? html`<ol class="timeline">${steps.map((s) => timelineStep(ctx, d, s))}</ol>` : html`<p>${ctx.t.noTimeline}</p>`}
${dataQualityNote(ctx, d)}
</section>`;
}

/** Source anomalies, folded away: present for whoever wonders why the story reads oddly. */
function dataQualityNote(ctx: PageContext, d: MatterPageData): SafeHtml | null {
  if (d.dataQuality.length === 0) return null;
  const t = ctx.t;
  return html`<details class="data-quality"><summary>${t.dataQualitySummary(d.dataQuality.length)}</summary>
<p>${t.dataQualityIntro}</p>
<ul>${d.dataQuality.map((n) => html`<li><strong>${t.dataQualityKinds[n.kind]}</strong>: <span lang="en">${n.detail}</span></li>`)}</ul>
</details>`;
}

function rollCall(ctx: PageContext, d: MatterPageData, rc: RollCallData, i: number): SafeHtml {
  const { t } = ctx;
  const actionName = rc.action.actionName ?? t.stepTypes.OTHER;
  const date = rc.action.actionDate ? dateTimeEl(ctx, rc.action.actionDate, false) : null;
  const dateText = rc.action.actionDate ? formatDate(rc.action.actionDate, ctx.lang) : '';
  const counts = (Object.values(VoteValue) as VoteValue[]).filter((v) => rc.tally.counts[v] > 0);
  return html`<h3 id="roll-call-${i + 1}">${elmsText(ctx, actionName)}${date ? html`, ${date}` : null}</h3>
${rc.result ? html`<p>${t.result}: <strong>${t.voteResults[rc.result]}</strong></p>` : null}
<p>${t.tally}:</p>
<ul class="tally">${counts.map((v) => html`<li>${t.voteValues[v]}: <strong>${rc.tally.counts[v]}</strong></li>`)}<li>${t.total}: <strong>${rc.tally.total}</strong></li></ul>
<table>
<caption>${t.rollCallCaption(actionName, dateText)}</caption>
<thead><tr><th scope="col" class="num">${t.colWard}</th><th scope="col">${t.colAlder}</th><th scope="col">${t.colVote}</th></tr></thead>
<tbody>
${rc.votes.map((v) => {
  const ward = wardNumber(v.ward);
  const name = elmsText(ctx, v.voterName ?? '—');
  return html`<tr><td class="num">${ward ?? '—'}</td><th scope="row">${alderLink(ctx, d, ward, name)}</th><td>${t.voteValues[v.value]}${v.value === VoteValue.OTHER && v.verbatim ? html` (${elmsText(ctx, v.verbatim)})` : null}</td></tr>`;
})}
</tbody>
</table>`;
}

function votesSection(ctx: PageContext, d: MatterPageData): SafeHtml {
  return html`<section aria-labelledby="votes">${sectionHeading(ctx, 'votes', ctx.t.votesHeading)}
${d.rollCalls.length ? d.rollCalls.map((rc, i) => rollCall(ctx, d, rc, i)) : html`<p>${ctx.t.noVotes}</p>`}
</section>`;
}

function sponsorsSection(ctx: PageContext, d: MatterPageData): SafeHtml {
  const { t } = ctx;
  const items = d.sponsors.map(({ sponsor, ward }) => {
    const n = wardNumber(ward);
    const name = elmsText(ctx, sponsor.sponsorName ?? '—');
    return html`<li>${alderLink(ctx, d, n, name)}${sponsor.sponsorType ? html` (${elmsText(ctx, sponsor.sponsorType)})` : null}${n ? html`, ${t.ward(n)}` : null}</li>`;
  });
  return html`<section aria-labelledby="sponsors">${sectionHeading(ctx, 'sponsors', t.sponsorsHeading)}
${items.length ? html`<ul class="plain">${items}</ul>` : html`<p>${t.noSponsors}</p>`}
</section>`;
}

function attachmentsSection(ctx: PageContext, d: MatterPageData): SafeHtml {
  const { t } = ctx;
  const items = d.attachments.map(
    (a) =>
      html`<li>${externalLink(a.path, elmsText(ctx, a.fileName || a.path || '—'))}${a.attachmentType ? html` (${elmsText(ctx, a.attachmentType)})` : null}</li>`,
  );
  return html`<section aria-labelledby="attachments">${sectionHeading(ctx, 'attachments', t.attachmentsHeading)}
${items.length ? html`<ul class="plain">${items}</ul>` : html`<p>${t.noAttachments}</p>`}
</section>`;
}

function relatedSection(ctx: PageContext, d: MatterPageData): SafeHtml {
  const { t } = ctx;
  const m = d.matter;
  const shown = new Set([m.recordNumber, m.originalRecordNumber, m.supersededBy].filter(Boolean));
  const others = d.lifecycle.related.filter((n) => !shown.has(n));
  const rows = [
    m.originalRecordNumber && m.originalRecordNumber !== m.recordNumber
      ? html`<dt>${t.substituteFor}</dt><dd>${matterLink(ctx, m.originalRecordNumber)}</dd>`
      : null,
    m.supersededBy ? html`<dt>${t.replacedBy}</dt><dd>${matterLink(ctx, m.supersededBy)}</dd>` : null,
    others.length ? html`<dt>${t.sameProposal}</dt><dd>${others.map((n, i) => html`${i ? ', ' : ''}${matterLink(ctx, n)}`)}</dd>` : null,
  ].filter(Boolean);
  return html`<section aria-labelledby="related">${sectionHeading(ctx, 'related', t.relatedHeading)}
${rows.length ? html`<dl class="facts">${rows}</dl>` : html`<p>${t.noRelated}</p>`}
</section>`;
}

/** `/matters/:recordNumber`: where the matter stands, what happens next, its story and its votes. */
export function renderMatterPage(ctx: PageContext, d: MatterPageData): string {
  const { t } = ctx;
  const m = d.matter;
  const path = matterPath(m.recordNumber);
  const body = html`<h1><span class="record-number">${m.recordNumber}</span>${m.title ? html`: ${elmsText(ctx, m.title)}` : null}</h1>
${facts(ctx, d)}
<ul class="plain">
<li><a href="${localHref(ctx, `${path}/redline`)}">${t.redlineLink}</a></li>
<li>${externalLink(elmsMatterUrl(m.matterId), t.elmsLink)}</li>
</ul>
${nextStepSection(ctx, d.lifecycle.nextStep)}
${takeActionSection(ctx, m.recordNumber, d.takeAction)}
${timelineSection(ctx, d)}
${votesSection(ctx, d)}
${sponsorsSection(ctx, d)}
${attachmentsSection(ctx, d)}
${relatedSection(ctx, d)}`;
  return renderPage(ctx, {
    title: m.title ? `${m.recordNumber}: ${m.title}` : m.recordNumber,
    description: t.matterPageDescription(m.recordNumber),
    body,
    canonicalPath: path,
    ogType: 'article',
  });
}
