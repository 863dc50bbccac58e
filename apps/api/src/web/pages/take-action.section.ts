import { CommentWindow, CommitteeRef, SCRIPT_LANGUAGES, TakeActionPanel } from '@app/advocacy';
import { dateTimeEl, elmsText, sectionHeading } from '../fragments';
import { emailLink, externalLink, html, SafeHtml } from '../html';
import { ADVOCACY_LABELS, AdvocacyLabels } from '../i18n/advocacy-labels';
import { formatDate } from '../i18n/format-date';
import { alderPath, localHref, matterPath, PageContext } from '../page-context';
import { FIND_ALDER_PATH } from './find-alder.page';

/** Where the e-mail alert sign-up lives (issue 14.3); the panel links to it with the matter's record number filled in. */
export const ALERTS_PATH = '/alerts';

/** The .ics of one comment window of a matter's next meeting. */
export function commentWindowIcsPath(recordNumber: string, channel: string): string {
  return `${matterPath(recordNumber)}/public-comment/${channel.toLowerCase()}.ics`;
}

/** A tel: link only for a plain ten-digit US number as published; anything else stays text. */
function phoneLink(phone: string | null): SafeHtml | null {
  const p = phone?.trim();
  if (!p) return null;
  const digits = p.replace(/\D/g, '');
  return /^\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/.test(p) && digits.length === 10 ? html`<a href="tel:+1${digits}">${p}</a>` : html`${p}`;
}

function committee(ctx: PageContext, l: AdvocacyLabels, c: CommitteeRef): SafeHtml {
  const members = c.members.map(
    (m) =>
      html`<li>${elmsText(ctx, m.displayName?.trim() ?? '—')}${m.memberType ? html` (${elmsText(ctx, m.memberType)})` : null}${
        m.ward && /^\d+$/.test(m.ward)
          ? html`, <a href="${localHref(ctx, alderPath(Number(m.ward)))}">${ctx.t.ward(Number(m.ward))}</a>`
          : null
      }</li>`,
  );
  return html`<p><strong>${elmsText(ctx, c.name)}</strong></p>
${members.length ? html`<details><summary>${l.committeeMembers(members.length)}</summary><ul class="plain">${members}</ul></details>` : html`<p class="note">${l.noMembersListed}</p>`}`;
}

function decides(ctx: PageContext, l: AdvocacyLabels, p: TakeActionPanel): SafeHtml {
  const who =
    p.decider.kind === 'COUNCIL'
      ? html`<p><strong>${l.fullCouncil}</strong></p><p class="note">${l.fullCouncilNote}</p>`
      : p.decider.committees.map((c) => committee(ctx, l, c));
  const deciderNames = new Set(p.decider.kind === 'COMMITTEE' ? p.decider.committees.map((c) => c.name.toLowerCase()) : []);
  const held = p.heldIn.filter((c) => !deciderNames.has(c.name.toLowerCase()));
  return html`<h3>${l.decidesNext}</h3>
${who}
${p.meeting ? html`<p>${l.meetingLabel}: ${p.meeting.body ? html`${elmsText(ctx, p.meeting.body)}, ` : null}${dateTimeEl(ctx, p.meeting.date, true)}${p.meeting.location ? html`, ${elmsText(ctx, p.meeting.location)}` : null}</p>` : null}
${held.length ? html`<h3>${l.heldIn}</h3>${held.map((c) => committee(ctx, l, c))}` : null}`;
}

function yourAlder(ctx: PageContext, l: AdvocacyLabels, p: TakeActionPanel): SafeHtml {
  const a = p.alder?.alder;
  let content: SafeHtml;
  if (!p.alder) {
    content = html`<p>${l.alderUnknown} <a href="${localHref(ctx, FIND_ALDER_PATH)}">${l.findAlderLink}</a></p>`;
  } else if (!a) {
    content = html`<p>${l.noAlderOnRecord(p.alder.ward)}</p>`;
  } else {
    const rows = [
      a.phone?.trim() ? html`<dt>${l.wardOfficePhone}</dt><dd>${phoneLink(a.phone)}</dd>` : null,
      a.officePhone?.trim() ? html`<dt>${l.cityHallPhone}</dt><dd>${phoneLink(a.officePhone)}</dd>` : null,
      a.email?.trim() || a.officeEmail?.trim()
        ? html`<dt>${l.emailLabel}</dt><dd>${emailLink(a.email?.trim() || a.officeEmail)}</dd>`
        : null,
    ].filter(Boolean);
    content = html`<p><a href="${localHref(ctx, alderPath(p.alder.ward))}">${ctx.t.alderTitle(a.displayName.trim(), p.alder.ward)}</a></p>
${rows.length ? html`<dl class="facts">${rows}</dl>` : html`<p class="note">${l.noContactListed}</p>`}`;
  }
  return html`<h3>${l.yourAlderHeading}</h3>${content}`;
}

function scripts(l: AdvocacyLabels, p: TakeActionPanel): SafeHtml {
  return html`<h3>${l.callScriptHeading}</h3>
${SCRIPT_LANGUAGES.filter((lang) => p.scripts[lang]).map(
  (lang) =>
    html`<figure class="call-script"><figcaption>${l.callScriptIn[lang]}</figcaption><blockquote lang="${lang}">${p.scripts[lang]}</blockquote></figure>`,
)}`;
}

function countdown(l: AdvocacyLabels, deadline: Date, now: Date): string {
  const ms = deadline.getTime() - now.getTime();
  if (ms <= 0) return l.deadlinePassed;
  const minutes = Math.floor(ms / 60_000);
  return l.deadlineCountdown(Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60);
}

function deadline(ctx: PageContext, l: AdvocacyLabels, p: TakeActionPanel): SafeHtml | null {
  if (!p.meeting) return null;
  const d = p.meeting.publicCommentDeadline;
  return html`<h3>${l.deadlineHeading}</h3>
${d ? html`<p class="callout"><strong>${dateTimeEl(ctx, d, true)}</strong><br>${countdown(l, d, p.now)}</p><p class="note">${l.deadlineFromElms}</p>` : html`<p>${l.deadlineNotPublished}</p>`}
${p.meeting.comment ? html`<p>${l.clerkNote}</p><p class="clerk-note">${elmsText(ctx, p.meeting.comment)}</p>` : null}`;
}

function windowItem(ctx: PageContext, l: AdvocacyLabels, recordNumber: string, w: CommentWindow): SafeHtml {
  const channel = l.channels[w.rule.channel];
  return html`<li>
<strong>${channel}</strong> <span class="stage">${l.windowStates[w.state]}</span>
<dl class="facts"><dt>${l.windowOpens}</dt><dd>${dateTimeEl(ctx, w.opensAt, true)}</dd><dt>${l.windowCloses}</dt><dd>${dateTimeEl(ctx, w.closesAt, true)}</dd>
${w.rule.phone ? html`<dt>${ctx.t.phone}</dt><dd>${phoneLink(w.rule.phone)}</dd>` : null}
${w.rule.email ? html`<dt>${l.emailLabel}</dt><dd>${emailLink(w.rule.email)}</dd>` : null}</dl>
<p>${ctx.lang === 'es' ? w.rule.howEs : w.rule.howEn}</p>
<p><a href="${localHref(ctx, commentWindowIcsPath(recordNumber, w.rule.channel))}">${l.addToCalendar(channel)}</a></p>
</li>`;
}

function takePart(ctx: PageContext, l: AdvocacyLabels, recordNumber: string, p: TakeActionPanel): SafeHtml | null {
  if (!p.meeting) return null;
  const files = p.meeting.files.filter((f) => f.path);
  return html`<h3>${l.howToTakePart}</h3>
${p.windows.length ? html`<ul class="plain comment-windows">${p.windows.map((w) => windowItem(ctx, l, recordNumber, w))}</ul>` : html`<p>${l.noRules}</p>`}
${p.rulesCheckedOn ? html`<p class="note">${l.rulesChecked(formatDate(new Date(`${p.rulesCheckedOn}T12:00:00Z`), ctx.lang), p.windows[0]!.rule.source)}</p>` : null}
${files.length ? html`<p>${l.meetingFiles}:</p><ul class="plain">${files.map((f) => html`<li>${externalLink(f.path, elmsText(ctx, f.fileName || f.path || '—'))}${f.attachmentType ? html` (${elmsText(ctx, f.attachmentType)})` : null}</li>`)}</ul>` : null}`;
}

/** The take-action panel of the matter page: who decides, whom to call and what to say, how and until when to comment. */
export function takeActionSection(ctx: PageContext, recordNumber: string, p: TakeActionPanel | null): SafeHtml | null {
  if (!p) return null;
  const l = ADVOCACY_LABELS[ctx.lang];
  return html`<section aria-labelledby="take-action" class="take-action">${sectionHeading(ctx, 'take-action', l.takeActionHeading)}
${decides(ctx, l, p)}
${yourAlder(ctx, l, p)}
${scripts(l, p)}
${deadline(ctx, l, p)}
${takePart(ctx, l, recordNumber, p)}
<p><a href="${localHref(ctx, ALERTS_PATH, { kind: 'record_number', value: recordNumber })}">${l.alertsSignUp}</a></p>
</section>`;
}
