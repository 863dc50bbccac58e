import { AdvocacyErrorCode, AdvocacyException } from '../advocacy.exception';

/**
 * @description Address look-ups per client per window (in memory, per api process, like the
 * api's general rate limit). Each look-up costs the public geocoder a request, so it has a budget
 * of its own, well under the general one. A limit of 0 turns it off.
 */
export class AddressLookupLimiter {
  private readonly windows = new Map<string, { startsAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one look-up for the client, or throws ADDRESS_LOOKUP_LIMITED with the seconds to wait. */
  take(client: string): void {
    if (this.limit <= 0) return;
    const now = this.now();
    if (this.windows.size > 10_000) this.prune(now);
    let w = this.windows.get(client);
    if (!w || now - w.startsAt >= this.windowMs) {
      w = { startsAt: now, count: 0 };
      this.windows.set(client, w);
    }
    if (w.count >= this.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((w.startsAt + this.windowMs - now) / 1000));
      throw new AdvocacyException(
        AdvocacyErrorCode.ADDRESS_LOOKUP_LIMITED,
        `Too many address look-ups: try again in ${retryAfterSeconds} s`,
        { retryAfterSeconds },
      );
    }
    w.count++;
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (now - w.startsAt >= this.windowMs) this.windows.delete(key);
  }
}
