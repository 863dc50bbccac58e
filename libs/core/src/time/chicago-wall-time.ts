import { CHICAGO_TIME_ZONE } from './chicago-time';

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: CHICAGO_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Chicago wall clock of an instant, as if it were UTC (for offset arithmetic). */
function wallAsUtc(instant: Date): number {
  const p = Object.fromEntries(PARTS.formatToParts(instant).map((x) => [x.type, x.value]));
  return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
}

/** The Chicago calendar day of an instant, "YYYY-MM-DD". */
export function chicagoDayOf(instant: Date): string {
  return new Date(wallAsUtc(instant)).toISOString().slice(0, 10);
}

/** Days added to a "YYYY-MM-DD" calendar day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a calendar day. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/**
 * The instant at which Chicago clocks read `time` ("HH:MM") on `day` ("YYYY-MM-DD"), CST or CDT
 * as the date has it. (A wall time skipped by the spring change resolves to the hour after.)
 */
export function chicagoInstant(day: string, time: string): Date {
  const [h, m] = time.split(':').map(Number);
  const wall = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10), h!, m!);
  let guess = wall + 6 * 3_600_000; // CST first; corrected below
  for (let i = 0; i < 3; i++) guess += wall - wallAsUtc(new Date(guess));
  return new Date(guess);
}
