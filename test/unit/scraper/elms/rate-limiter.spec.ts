import { RateLimiter, parseRetryAfter } from '../../../../libs/scraper/src/elms';
import { fakeClock } from './elms-test-helpers';

describe('RateLimiter', () => {
  async function acquireTimes(limiter: RateLimiter, clock: ReturnType<typeof fakeClock>, n: number): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      await limiter.acquire();
      times.push(clock.now());
    }
    return times;
  }

  it('spaces requests at 1000/rps ms, first one immediately', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerSecond: 2, now: clock.now, sleep: clock.sleep });
    expect(await acquireTimes(limiter, clock, 4)).toEqual([0, 500, 1000, 1500]);
  });

  it('does not wait when the caller is already slower than the limit', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerSecond: 2, now: clock.now, sleep: clock.sleep });
    await limiter.acquire();
    clock.advance(2000);
    await limiter.acquire();
    expect(clock.sleeps).toEqual([]);
  });

  it('does not sleep for a wait shorter than the clock resolution, and keeps the rate', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerSecond: 4000, now: clock.now, sleep: clock.sleep });
    // The clock stands still: four slots of 0.25 ms fall in the same millisecond, the fifth does not.
    for (let i = 0; i < 4; i++) await limiter.acquire();
    expect(clock.sleeps).toEqual([]);
    await limiter.acquire();
    expect(clock.sleeps).toEqual([1]);
    expect(clock.now()).toBe(1);
  });

  it('spaces concurrent callers too', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerSecond: 4, now: clock.now, sleep: clock.sleep });
    const times: number[] = [];
    await Promise.all([1, 2, 3].map(() => limiter.acquire().then(() => times.push(clock.now()))));
    expect(times).toEqual([0, 250, 500]);
  });

  it('slows proportionally below the low-water mark', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerSecond: 2, lowWaterMark: 150, now: clock.now, sleep: clock.sleep });
    limiter.observeRemaining(300);
    expect(limiter.currentIntervalMs()).toBe(500);
    limiter.observeRemaining(75);
    expect(limiter.currentIntervalMs()).toBe(1000);
    limiter.observeRemaining(30);
    expect(limiter.currentIntervalMs()).toBe(2500);
    expect(await acquireTimes(limiter, clock, 2)).toEqual([0, 2500]);
  });

  it('pauses when the allowance is (nearly) exhausted', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ exhaustedThreshold: 5, exhaustedPauseMs: 10_000, now: clock.now, sleep: clock.sleep });
    await limiter.acquire();
    limiter.observeRemaining(0);
    await limiter.acquire();
    expect(clock.now()).toBe(10_000);
  });

  it('pauseFor blocks the next acquire and is never shortened', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep });
    limiter.pauseFor(3000);
    limiter.pauseFor(1000);
    await limiter.acquire();
    expect(clock.now()).toBe(3000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 6, 20, 12, 0, 0);
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(' 1.5 ', now)).toBe(1500);
  });
  it('reads an HTTP date', () => {
    expect(parseRetryAfter(new Date(now + 12_000).toUTCString(), now)).toBe(12_000);
    expect(parseRetryAfter(new Date(now - 5000).toUTCString(), now)).toBe(0);
  });
  it('ignores absent or junk values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
