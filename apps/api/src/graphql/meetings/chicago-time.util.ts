const FORMAT = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Chicago',
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** Meetings are in Chicago; eLMS gives UTC instants. */
export function chicagoTime(d: Date | null): string | null {
  return d ? FORMAT.format(d) : null;
}
