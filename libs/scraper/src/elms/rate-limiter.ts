/**
 * Polite client-side limiter for eLMS. The API publishes no limit, but `X-RateLimit-Remaining`
 * refills at ~6.5-7 req/s up to ~500 and parallel workers have drained it, so we space requests
 * evenly, slow down as the allowance drops, and stop for a while when it is exhausted or when the
 * server says 429.
 */

export type Sleep = (ms: number) => Promise<void>;
export type Clock = () => number;

export interface RateLimiterOptions {
  /** Steady-state ceiling; default 2 (what interlock uses, well below the observed refill rate). */
  requestsPerSecond?: number;
  /** Below this `X-RateLimit-Remaining`, the interval grows by lowWaterMark / remaining. */
  lowWaterMark?: number;
  /** At or below this remaining allowance, pause for `exhaustedPauseMs`. */
  exhaustedThreshold?: number;
  exhaustedPauseMs?: number;
  now?: Clock;
  sleep?: Sleep;
}

/** The resolution of `Date.now()` and the shortest timer Node will run. */
const MIN_SLEEP_MS = 1;

export const defaultSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export class RateLimiter {
  readonly baseIntervalMs: number;
  private readonly lowWaterMark: number;
  private readonly exhaustedThreshold: number;
  private readonly exhaustedPauseMs: number;
  private readonly now: Clock;
  private readonly sleep: Sleep;

  private nextSlotAt = Number.NEGATIVE_INFINITY;
  private pausedUntil = Number.NEGATIVE_INFINITY;
  private remaining: number | undefined;
  /** Serialises waiters so concurrent callers are spaced, not released together. */
  private queue: Promise<void> = Promise.resolve();

  constructor(options: RateLimiterOptions = {}) {
    const rps = options.requestsPerSecond ?? 2;
    if (!(rps > 0)) throw new RangeError(`requestsPerSecond must be > 0 (got ${rps})`);
    this.baseIntervalMs = 1000 / rps;
    this.lowWaterMark = options.lowWaterMark ?? 150;
    this.exhaustedThreshold = options.exhaustedThreshold ?? 5;
    this.exhaustedPauseMs = options.exhaustedPauseMs ?? 10_000;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Resolves when the caller may send its next request. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Feed back `X-RateLimit-Remaining` from each response. */
  observeRemaining(remaining: number | undefined): void {
    if (remaining === undefined || !Number.isFinite(remaining)) return;
    this.remaining = remaining;
    if (remaining <= this.exhaustedThreshold) this.pauseFor(this.exhaustedPauseMs);
  }

  /** Block every caller for `ms` (429 Retry-After, exhausted allowance). Never shortens a pause. */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + Math.max(0, ms));
  }

  /** Current spacing between requests, including the low-allowance slow-down. */
  currentIntervalMs(): number {
    const remaining = this.remaining;
    if (remaining === undefined || remaining >= this.lowWaterMark) return this.baseIntervalMs;
    const factor = this.lowWaterMark / Math.max(remaining, 1);
    return Math.min(this.baseIntervalMs * factor, Math.max(this.exhaustedPauseMs, this.baseIntervalMs));
  }

  private async waitForSlot(): Promise<void> {
    // Re-check after sleeping: a 429 seen by another request may have extended the pause.
    for (;;) {
      const readyAt = Math.max(this.nextSlotAt, this.pausedUntil);
      const now = this.now();
      // A wait under the clock's resolution (1 ms) is not slept: a timer cannot be shorter, so a
      // fast limit (a replay, a bench) paid a whole millisecond per request, doubling a backfill's
      // fetch time. The slot then counts from `readyAt`, so the long-run rate stays exact.
      if (readyAt - now < MIN_SLEEP_MS) {
        this.nextSlotAt = Math.max(now, readyAt) + this.currentIntervalMs();
        return;
      }
      await this.sleep(readyAt - now);
    }
  }
}

/**
 * `Retry-After` is either delta-seconds or an HTTP date. Returns milliseconds to wait from `nowMs`,
 * or undefined when absent/unparseable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
