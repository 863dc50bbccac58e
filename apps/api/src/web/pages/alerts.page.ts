import { ALERT_LABELS, type AlertKind } from '@app/alerts';
import { html, SafeHtml } from '../html';
import { ALERTS_PAGE_LABELS } from '../i18n/alerts-labels';
import { renderPage } from '../layout';
import { localHref, PageContext } from '../page-context';

export interface AlertsFormState {
  enabled: boolean;
  digestHour: number;
  unconfirmedDays: number;
  logDays: number;
  /** Prefilled or re-shown values. */
  email?: string;
  kind?: AlertKind;
  value?: string;
  frequency?: 'instant' | 'daily';
  language?: 'en' | 'es';
  /** A refusal to show above the form. */
  problem?: string | null;
}

const labels = (ctx: PageContext) => ALERTS_PAGE_LABELS[ctx.lang];

function radio(name: string, value: string, label: string, checked: boolean): SafeHtml {
  const id = `${name}-${value}`;
  return html`<div><input type="radio" id="${id}" name="${name}" value="${value}"${checked ? html` checked` : null}> <label for="${id}">${label}</label></div>`;
}

/** GET /alerts and a refused POST: the sign-up form (a plain form, no script needed), or why alerts are off. */
export function renderAlertsPage(ctx: PageContext, s: AlertsFormState): string {
  const t = labels(ctx);
  const kind = s.kind ?? 'record_number';
  const form = html`<form method="post" action="${localHref(ctx, '/alerts')}" class="alerts-form">
${s.problem ? html`<p class="notice" role="alert">${s.problem}</p>` : null}
<p><label for="email">${t.email}</label><br>
<input type="email" id="email" name="email" required maxlength="254" autocomplete="email" aria-describedby="email-hint" value="${s.email ?? ''}">
<br><small id="email-hint">${t.emailHint}</small></p>
<fieldset><legend>${t.follow}</legend>
${radio('kind', 'record_number', t.kindRecordNumber, kind === 'record_number')}
${radio('kind', 'code_chapter', t.kindChapter, kind === 'code_chapter')}
${radio('kind', 'title_keyword', t.kindKeyword, kind === 'title_keyword')}
</fieldset>
<p><label for="value">${t.value}</label><br>
<input type="text" id="value" name="value" required maxlength="100" aria-describedby="value-hint" value="${s.value ?? ''}">
<br><small id="value-hint">${t.valueHint}</small></p>
<fieldset><legend>${t.frequency}</legend>
${radio('frequency', 'instant', t.instant, (s.frequency ?? 'instant') === 'instant')}
${radio('frequency', 'daily', t.daily(s.digestHour), s.frequency === 'daily')}
</fieldset>
<fieldset><legend>${t.language}</legend>
${radio('language', 'en', t.english, (s.language ?? ctx.lang) === 'en')}
${radio('language', 'es', t.spanish, (s.language ?? ctx.lang) === 'es')}
</fieldset>
<p><button type="submit">${t.submit}</button></p>
</form>
<p>${t.events}</p>
<p>${t.privacy(s.unconfirmedDays, s.logDays)}</p>`;
  return renderPage(ctx, {
    title: t.title,
    description: t.description,
    body: html`<h1>${t.title}</h1>
<p>${t.intro}</p>
${s.enabled ? form : html`<p class="notice" role="status">${t.off}</p>`}`,
  });
}

/** A one-message page (sign-up accepted, confirmed, unsubscribed, bad link). */
export function renderAlertsMessage(ctx: PageContext, title: string, text: string): string {
  return renderPage(ctx, {
    title,
    description: text,
    noindex: true,
    canonicalPath: '/alerts',
    body: html`<h1>${title}</h1>
<p role="status">${text}</p>
<p><a href="${localHref(ctx, '/alerts')}">${labels(ctx).title}</a></p>`,
  });
}

/**
 * The page a confirmation or unsubscribe link opens: one button that POSTs the same link. Acting on GET would
 * let mail scanners, which open links, confirm or unsubscribe for people.
 */
export function renderAlertsAction(
  ctx: PageContext,
  action: 'confirm' | 'unsubscribe',
  subject: { kind: AlertKind; value: string },
  id: string,
  token: string,
): string {
  const t = labels(ctx);
  const target = ALERT_LABELS[ctx.lang].target(subject.kind, subject.value);
  const title = action === 'confirm' ? t.confirmTitle : t.unsubscribeTitle;
  return renderPage(ctx, {
    title,
    description: title,
    noindex: true,
    canonicalPath: '/alerts',
    body: html`<h1>${title}</h1>
<form method="post" action="${localHref(ctx, `/alerts/${action}`, { id, token })}">
<p>${action === 'confirm' ? t.confirmText(target) : t.unsubscribeText(target)}</p>
<p><button type="submit">${action === 'confirm' ? t.confirmButton : t.unsubscribeButton}</button></p>
</form>`,
  });
}
