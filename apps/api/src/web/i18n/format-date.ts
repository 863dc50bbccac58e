import { formatChicagoDate, formatChicagoDateTime } from '@app/core';
import type { Lang } from './dictionary';

/** The pages' names for the one Chicago-time wording in @app/core. */
export function formatDateTime(d: Date, lang: Lang): string {
  return formatChicagoDateTime(d, lang);
}

export function formatDate(d: Date, lang: Lang): string {
  return formatChicagoDate(d, lang);
}
