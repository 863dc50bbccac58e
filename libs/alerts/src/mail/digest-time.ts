import { addDays, chicagoDayOf, chicagoInstant } from '@app/core';

/**
 * The first instant after `now` at which Chicago clocks show `hour`:00, when a daily digest goes out. Daylight
 * saving is honoured: the hour is read on each day's own offset.
 */
export function nextDigestAt(now: Date, hour: number): Date {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`ALERTS_DIGEST_HOUR must be 0-23, got ${hour}`);
  const today = chicagoDayOf(now);
  const time = `${String(hour).padStart(2, '0')}:00`;
  for (let days = 0; days < 3; days++) {
    const at = chicagoInstant(addDays(today, days), time);
    if (at > now) return at;
  }
  throw new Error('unreachable: a digest hour always comes within two days');
}
