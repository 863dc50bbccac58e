import type { Lang } from './dictionary';

/** Meetings and actions happen in Chicago; eLMS stores UTC instants. */
export const CHICAGO = 'America/Chicago';

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

function dateTimeFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateTimeFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: CHICAGO,
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    dateTimeFormats.set(lang, f);
  }
  return f;
}

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: CHICAGO, year: 'numeric', month: 'long', day: 'numeric' });
    dateFormats.set(lang, f);
  }
  return f;
}

/** "Wednesday, January 15, 2025 at 10:00 AM CST" / "miércoles, 15 de enero de 2025, 10:00 a.m. CST". */
export function formatDateTime(d: Date, lang: Lang): string {
  return dateTimeFormat(lang).format(d);
}

/** The Chicago calendar day: eLMS dates actions at local midnight. */
export function formatDate(d: Date, lang: Lang): string {
  return dateFormat(lang).format(d);
}
