/** Meetings and actions happen in Chicago; eLMS stores UTC instants. */
export const CHICAGO_TIME_ZONE = 'America/Chicago';

export type TimeLang = 'en' | 'es';

const LOCALES: Record<TimeLang, string> = { en: 'en-US', es: 'es-US' };

function formats(options: Intl.DateTimeFormatOptions): Record<TimeLang, Intl.DateTimeFormat> {
  return {
    en: new Intl.DateTimeFormat(LOCALES.en, { timeZone: CHICAGO_TIME_ZONE, ...options }),
    es: new Intl.DateTimeFormat(LOCALES.es, { timeZone: CHICAGO_TIME_ZONE, ...options }),
  };
}

// The zone name is always shown: a reader outside Chicago (or a webhook consumer) must not guess CST from CDT.
const DATE_TIME = formats({
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});
const DATE = formats({ year: 'numeric', month: 'long', day: 'numeric' });

/**
 * The one wording of a Chicago time, shared by pages, GraphQL, feeds and event payloads:
 * "Wednesday, January 15, 2025 at 10:00 AM CST" / "miércoles, 15 de enero de 2025, 10:00 a.m. CST".
 */
export function formatChicagoDateTime(d: Date, lang: TimeLang = 'en'): string {
  return DATE_TIME[lang].format(d);
}

/** Null-tolerant form for optional instants (a meeting without a time, a deadline eLMS did not publish). */
export function chicagoDateTimeOrNull(d: Date | null | undefined, lang: TimeLang = 'en'): string | null {
  return d ? formatChicagoDateTime(d, lang) : null;
}

/** The Chicago calendar day: "January 15, 2025" / "15 de enero de 2025". */
export function formatChicagoDate(d: Date, lang: TimeLang = 'en'): string {
  return DATE[lang].format(d);
}
