import { nextDigestAt } from '@app/alerts';

describe(nextDigestAt.name, () => {
  it('is the next 07:00 in Chicago, in winter and in summer', () => {
    expect(nextDigestAt(new Date('2025-01-10T18:00:00Z'), 7).toISOString()).toBe('2025-01-11T13:00:00.000Z');
    expect(nextDigestAt(new Date('2025-01-11T12:59:59Z'), 7).toISOString()).toBe('2025-01-11T13:00:00.000Z');
    expect(nextDigestAt(new Date('2025-01-11T13:00:00Z'), 7).toISOString()).toBe('2025-01-12T13:00:00.000Z');
    expect(nextDigestAt(new Date('2025-07-01T05:00:00Z'), 7).toISOString()).toBe('2025-07-01T12:00:00.000Z');
  });

  it('follows the clock change (CST to CDT on 2025-03-09)', () => {
    expect(nextDigestAt(new Date('2025-03-08T14:00:00Z'), 7).toISOString()).toBe('2025-03-09T12:00:00.000Z');
    expect(nextDigestAt(new Date('2025-11-01T20:00:00Z'), 7).toISOString()).toBe('2025-11-02T13:00:00.000Z');
    expect(nextDigestAt(new Date('2025-01-10T18:00:00Z'), 0).toISOString()).toBe('2025-01-11T06:00:00.000Z');
  });

  it('refuses an hour that is not one', () => {
    expect(() => nextDigestAt(new Date(), 24)).toThrow(RangeError);
  });
});
