import { createHmac } from 'node:crypto';
import { secretKeyBytes } from './webhook-secret';

/** The three Standard Webhooks headers sent with every delivery. */
export interface WebhookSignatureHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

export interface SignWebhookInput {
  /** Unique message id; identical across retries of the same message (receivers de-duplicate on it). */
  id: string;
  /** Signing time; sent as whole unix seconds. */
  timestamp: Date;
  /** The exact bytes that will be sent. Serialise ONCE and send this very string. */
  body: string;
  /** `whsec_…` secret, or several (e.g. during rotation): one `v1,` signature each, space-separated. */
  secret: string | readonly string[];
}

/** Unix seconds of a Date, as the spec's `webhook-timestamp` value. */
export function webhookTimestampSeconds(timestamp: Date): number {
  const ms = timestamp.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('webhook timestamp is an invalid Date');
  return Math.floor(ms / 1000);
}

/** `v1,<base64 HMAC-SHA256(key, "{id}.{timestamp}.{body}")>` for one secret. */
export function computeSignature(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secretKeyBytes(secret)).update(`${id}.${timestampSeconds}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
}

/** Standard Webhooks headers for one delivery of `body`. */
export function signWebhook(input: SignWebhookInput): WebhookSignatureHeaders {
  const { id, timestamp, body } = input;
  if (typeof id !== 'string' || id.length === 0) throw new TypeError('webhook id must be a non-empty string');
  if (/\s/.test(id)) throw new TypeError('webhook id must not contain whitespace');
  if (typeof body !== 'string') throw new TypeError('webhook body must be the serialised string that is sent');
  const secrets = typeof input.secret === 'string' ? [input.secret] : [...input.secret];
  if (secrets.length === 0) throw new TypeError('at least one webhook secret is required');
  const ts = webhookTimestampSeconds(timestamp);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(ts),
    'webhook-signature': secrets.map((s) => computeSignature(s, id, ts, body)).join(' '),
  };
}
