const CHICAGO = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The Chicago calendar day (YYYY-MM-DD) of an instant. eLMS action dates are local midnight
 * (05:00Z/06:00Z) and meeting dates are local start times, so comparing instants would put a
 * 10:00 meeting after the actions it produced that day; comparing days does not.
 * An instant at exactly 00:00Z is taken as a bare date: JS parses "2025-01-07" that way and
 * Legistar-era dates carry no zone, so their UTC day is the intended one.
 */
export function chicagoDay(date: Date): string {
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0) {
    return date.toISOString().slice(0, 10);
  }
  return CHICAGO.format(date);
}
