import {
  JITTER_RATIO,
  MAX_ATTEMPTS,
  nextAttemptDelayMs,
  RETRY_BASE_DELAYS_MS,
  RETRY_WINDOW_MS,
} from '../../../libs/webhooks/src/delivery/retry-schedule';

const DAY = 24 * 3600 * 1000;

describe('retry schedule', () => {
  it('covers roughly three days and then gives up', () => {
    const mid = () => 0.5; // no jitter
    const delays: number[] = [];
    for (let attempt = 1; ; attempt++) {
      const d = nextAttemptDelayMs(attempt, mid);
      if (d === null) break;
      delays.push(d);
    }
    expect(delays).toHaveLength(MAX_ATTEMPTS - 1);
    expect(delays).toEqual([...RETRY_BASE_DELAYS_MS]);
    const total = delays.reduce((a, b) => a + b, 0);
    expect(total).toBe(RETRY_WINDOW_MS);
    expect(total).toBeGreaterThan(2.9 * DAY);
    expect(total).toBeLessThan(3.1 * DAY);
    expect(delays[0]).toBe(5000);
    expect(nextAttemptDelayMs(MAX_ATTEMPTS, mid)).toBeNull();
    expect(nextAttemptDelayMs(MAX_ATTEMPTS + 5, mid)).toBeNull();
  });

  it('grows monotonically', () => {
    for (let i = 1; i < RETRY_BASE_DELAYS_MS.length; i++) {
      expect(RETRY_BASE_DELAYS_MS[i]).toBeGreaterThan(RETRY_BASE_DELAYS_MS[i - 1]);
    }
  });

  it('applies ±20 % jitter', () => {
    expect(JITTER_RATIO).toBe(0.2);
    expect(nextAttemptDelayMs(1, () => 0)).toBe(4000);
    expect(nextAttemptDelayMs(1, () => 0.999999)).toBeCloseTo(6000, -1);
    for (let i = 0; i < 200; i++) {
      const d = nextAttemptDelayMs(3)!;
      expect(d).toBeGreaterThanOrEqual(96_000);
      expect(d).toBeLessThanOrEqual(144_000);
    }
  });

  it('rejects nonsense attempt numbers', () => {
    expect(() => nextAttemptDelayMs(0)).toThrow(RangeError);
    expect(() => nextAttemptDelayMs(1.5)).toThrow(RangeError);
  });
});
