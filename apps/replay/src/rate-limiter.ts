/**
 * Mimics the live X-RateLimit-Remaining allowance: a token bucket measured idle on 2026-09-29 to
 * refill at about 6.5 requests/s and level off near 500. Four parallel workers drained it, so a
 * scraper's throttling logic needs a server that can actually run dry.
 */
export interface RateLimitOptions {
  /** Allowance at start (default 500). */
  remaining: number;
  /** Level the allowance refills up to (default max(500, remaining)). */
  capacity?: number;
  /** Tokens per second; 0 makes tests deterministic (default 6.5). */
  refillPerSecond?: number;
}

export const DEFAULT_RATE_LIMIT: Required<RateLimitOptions> = { remaining: 500, capacity: 500, refillPerSecond: 6.5 };

export class RateLimiter {
  private tokens: number;
  private readonly capacity: number;
  private readonly refillPerSecond: number;
  private last: number;

  constructor(
    opts: RateLimitOptions = DEFAULT_RATE_LIMIT,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = opts.remaining;
    this.capacity = opts.capacity ?? Math.max(DEFAULT_RATE_LIMIT.capacity, opts.remaining);
    this.refillPerSecond = opts.refillPerSecond ?? DEFAULT_RATE_LIMIT.refillPerSecond;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.refillPerSecond);
    this.last = t;
  }

  /** Spends one request if allowed; `remaining` is what the header should say afterwards. */
  take(): { allowed: boolean; remaining: number } {
    this.refill();
    if (this.tokens < 1) return { allowed: false, remaining: 0 };
    this.tokens -= 1;
    return { allowed: true, remaining: Math.floor(this.tokens) };
  }
}
