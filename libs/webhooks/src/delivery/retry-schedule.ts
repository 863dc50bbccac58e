const S = 1000;
const M = 60 * S;
const H = 60 * M;

/**
 * Base delay before retry n (index 0 = after the 1st failed attempt). Sum ≈ 71.7 h (≈ 3 days);
 * with ±20 % jitter the last retry lands 57.4–86.0 h after the first attempt, which is why a
 * delivery that used every attempt disables its subscription (see WebhookDeliveryService).
 */
export const RETRY_BASE_DELAYS_MS: readonly number[] = Object.freeze([
  5 * S,
  30 * S,
  2 * M,
  10 * M,
  30 * M,
  1 * H,
  2 * H,
  4 * H,
  6 * H,
  10 * H,
  14 * H,
  16 * H,
  18 * H,
]);

/** Each delay is scaled by a uniform factor in [1 − JITTER_RATIO, 1 + JITTER_RATIO]. */
export const JITTER_RATIO = 0.2;

/** Total attempts including the first: 1 + one per base delay (14), spread over about three days. */
export const MAX_ATTEMPTS = RETRY_BASE_DELAYS_MS.length + 1;

/** Sum of the base delays: how long after the first attempt the last one is due, before jitter. */
export const RETRY_WINDOW_MS = RETRY_BASE_DELAYS_MS.reduce((a, b) => a + b, 0);

/**
 * Delay before the next attempt, given `attempt` = how many attempts have already been made (≥ 1),
 * or null when no attempts remain (the message is dead). `random` must return values in [0, 1).
 */
export function nextAttemptDelayMs(attempt: number, random: () => number = Math.random): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`attempt must be an integer ≥ 1, got ${attempt}`);
  }
  if (attempt >= MAX_ATTEMPTS) return null;
  const base = RETRY_BASE_DELAYS_MS[attempt - 1];
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(base * (1 + (2 * r - 1) * JITTER_RATIO));
}
