import type { EventText } from '@app/core';

/** What a subscription receives: the Standard Webhooks JSON as written to the outbox, or a chat message. */
export type WebhookBodyFormat = 'standard' | 'slack';

/** Slack's mrkdwn reserves &, < and > (links are <url|label>). */
const mrkdwn = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A Slack-compatible incoming-webhook body (`text` for notifications and clients without blocks, `blocks` for
 * the message) for an outbox event. The words come from the EventText port (the emitting domain's); an event it
 * does not know, or no port at all, is shown by its type. Deterministic: a retry sends the same bytes.
 */
export function slackBody(eventBody: string, text: EventText | null): string {
  const event = JSON.parse(eventBody) as { type: string; data?: Record<string, unknown> };
  const summary = text?.describe(event.type, event.data ?? {}, 'en') ?? null;
  const headline = summary?.headline ?? event.type;
  const details = summary?.details ?? [];
  const url = summary?.url ?? null;
  const title = url ? `*<${url}|${mrkdwn(headline)}>*` : `*${mrkdwn(headline)}*`;
  return JSON.stringify({
    text: [headline, ...details].join('\n'),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: [title, ...details.map(mrkdwn)].join('\n') } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `\`${mrkdwn(event.type)}\` · Chicago legislation tracker` }] },
    ],
  });
}
