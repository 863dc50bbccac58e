/**
 * Waits before the 2nd..7th attempt of an alert message: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h (20.6 h in all).
 * Mail that has not gone out in a day has lost its point (a vote is often the next day); a 5xx answer (no such
 * mailbox) is not retried at all.
 */
const DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000, 21_600_000, 43_200_000];

export const MAX_MAIL_ATTEMPTS = DELAYS_MS.length + 1;

/** Delay after failed attempt number `attempt` (1-based), or null when it was the last. */
export function nextMailAttemptDelayMs(attempt: number): number | null {
  return DELAYS_MS[attempt - 1] ?? null;
}
