import type { EventSummary, TextLanguage } from '@app/core';
import type { AlertFrequency, AlertKind } from '../alerts.types';
import type { OutgoingMail } from './alert-mailer';
import { ALERT_LABELS } from './alert-labels';

export interface MessageSubscription {
  email: string;
  kind: AlertKind;
  value: string;
  frequency: AlertFrequency;
  language: TextLanguage;
}

export interface MessageLinks {
  /** One-click unsubscribe (RFC 8058): POST here unsubscribes; GET shows a page with the button. */
  unsubscribeUrl: string;
  /** Only for confirmation messages. */
  confirmUrl?: string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every alert message, the confirmation included, carries these (RFC 2369 and RFC 8058). */
function unsubscribeHeaders(links: MessageLinks, listId: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${links.unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Id': listId,
  };
}

function paragraphs(parts: { text: string; url?: string | null }[]): { text: string; html: string } {
  const text = parts.map((p) => (p.url ? `${p.text}\n${p.url}` : p.text)).join('\n\n');
  const html = parts.map((p) => `<p>${escape(p.text)}${p.url ? `<br><a href="${escape(p.url)}">${escape(p.url)}</a>` : ''}</p>`).join('\n');
  return { text: `${text}\n`, html: `<!doctype html><html><body>\n${html}\n</body></html>\n` };
}

function summaryLines(s: EventSummary, more: string): { text: string; url?: string | null }[] {
  return [{ text: [s.headline, ...s.details].join('\n') }, ...(s.url ? [{ text: more, url: s.url }] : [])];
}

/** The message asking the address to confirm a sign-up (double opt-in). */
export function composeConfirmation(
  sub: MessageSubscription,
  links: Required<MessageLinks>,
  unconfirmedDays: number,
  listId: string,
): OutgoingMail {
  const t = ALERT_LABELS[sub.language];
  const target = t.target(sub.kind, sub.value);
  const body = paragraphs([
    { text: t.confirmIntro(target, t.frequency(sub.frequency)) },
    { text: t.confirmAction, url: links.confirmUrl },
    { text: t.confirmIgnore(unconfirmedDays) },
  ]);
  return { to: sub.email, subject: t.confirmSubject(target), ...body, headers: unsubscribeHeaders(links, listId) };
}

/** One event (instant) or several (daily digest), with the reason and the way out at the bottom. */
export function composeAlert(sub: MessageSubscription, events: EventSummary[], links: MessageLinks, listId: string): OutgoingMail {
  const t = ALERT_LABELS[sub.language];
  const target = t.target(sub.kind, sub.value);
  const subject = sub.frequency === 'daily' ? t.digestSubject(events.length, target) : (events[0]?.headline ?? target);
  const body = paragraphs([
    ...events.flatMap((e) => summaryLines(e, t.readMore)),
    { text: t.why(target) },
    { text: t.unsubscribe, url: links.unsubscribeUrl },
  ]);
  return { to: sub.email, subject, ...body, headers: unsubscribeHeaders(links, listId) };
}
