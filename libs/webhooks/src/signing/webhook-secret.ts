import { randomBytes } from 'node:crypto';

/** Prefix of every Standard Webhooks signing secret (https://www.standardwebhooks.com). */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** Number of random key bytes in a freshly generated secret (192 bits). */
export const WEBHOOK_SECRET_BYTES = 24;

/** The spec recommends keys of 24 to 64 bytes; anything outside that range is refused. */
export const WEBHOOK_SECRET_MIN_BYTES = 24;
export const WEBHOOK_SECRET_MAX_BYTES = 64;

export class InvalidWebhookSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidWebhookSecretError';
  }
}

/** A new signing secret: `whsec_` + base64 of 24 cryptographically random bytes. */
export function generateWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(WEBHOOK_SECRET_BYTES).toString('base64');
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The HMAC key of a secret: the base64-DECODED part after `whsec_` (the prefix is optional, as in the
 * reference libraries). Throws InvalidWebhookSecretError on malformed base64 or a key outside 24–64 bytes.
 */
export function secretKeyBytes(secret: string): Buffer {
  if (typeof secret !== 'string') throw new InvalidWebhookSecretError('webhook secret must be a string');
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  if (encoded.length === 0 || encoded.length % 4 !== 0 || !BASE64.test(encoded)) {
    throw new InvalidWebhookSecretError('webhook secret is not valid base64 (expected whsec_<base64>)');
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length < WEBHOOK_SECRET_MIN_BYTES || key.length > WEBHOOK_SECRET_MAX_BYTES) {
    throw new InvalidWebhookSecretError(
      `webhook secret key is ${key.length} bytes; expected ${WEBHOOK_SECRET_MIN_BYTES}–${WEBHOOK_SECRET_MAX_BYTES}`,
    );
  }
  return key;
}

/** True when `secretKeyBytes(secret)` would succeed. */
export function isValidWebhookSecret(secret: string): boolean {
  try {
    secretKeyBytes(secret);
    return true;
  } catch {
    return false;
  }
}
