import { timeOrderedUuid } from '@app/core';

describe('timeOrderedUuid', () => {
  it('is an RFC 9562 version 7 UUID carrying the given millisecond', () => {
    const at = Date.UTC(2026, 11, 1, 3, 40, 12, 345);
    const id = timeOrderedUuid(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts ids of later milliseconds after earlier ones, as PostgreSQL compares uuids (bytewise)', () => {
    const times = [Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 1) + 1, Date.UTC(2026, 5, 30, 23, 59, 59, 999), 2 ** 47 + 5];
    const ids = times.map((t) => timeOrderedUuid(t));
    expect([...ids].sort()).toEqual(ids);
  });

  it('does not repeat within one millisecond (random bits, drawn from a refilled pool)', () => {
    const at = Date.now();
    const ids = new Set(Array.from({ length: 5000 }, () => timeOrderedUuid(at)));
    expect(ids.size).toBe(5000);
  });
});
