const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Chicago',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Chicago's offset from UTC at an instant, in ms (-6 h in winter, -5 h in summer). */
function chicagoOffsetMs(at: number): number {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(at)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000;
}

/**
 * The first instant after `now` at which Chicago clocks show `hour`:00, when a daily digest goes out. Daylight
 * saving is honoured (the offset is taken at the result, then checked once more around the change).
 */
export function nextDigestAt(now: Date, hour: number): Date {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`ALERTS_DIGEST_HOUR must be 0-23, got ${hour}`);
  const local = new Date(now.getTime() + chicagoOffsetMs(now.getTime()));
  for (let days = 0; days < 3; days++) {
    const wall = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, hour);
    let at = wall - chicagoOffsetMs(wall);
    at = wall - chicagoOffsetMs(at);
    if (at > now.getTime()) return new Date(at);
  }
  throw new Error('unreachable: a digest hour always comes within two days');
}
