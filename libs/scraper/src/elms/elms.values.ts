/**
 * Small helpers for interpreting raw eLMS values. The schemas keep values verbatim (trailing
 * spaces, sentinel dates) so stored raw documents stay faithful; callers normalise with these.
 */

/** eLMS uses this instead of null for "never happened" timestamps (e.g. timeline `SubmittedOn`). */
export const ELMS_SENTINEL_DATE = '1900-01-01T00:00:00+00:00';

const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for ISO-8601 date/date-time strings that also parse to a real instant. */
export function isIsoDateString(value: string): boolean {
  return ISO_DATE_PREFIX.test(value) && !Number.isNaN(Date.parse(value));
}

/** True for the 1900-01-01 placeholder (any spelling of that instant). */
export function isSentinelDate(value: string | null | undefined): boolean {
  if (value == null) return false;
  if (value === ELMS_SENTINEL_DATE) return true;
  const ms = Date.parse(value);
  return !Number.isNaN(ms) && new Date(ms).getUTCFullYear() <= 1900;
}

/** Parses an eLMS timestamp, mapping null/empty/sentinel to null. */
export function elmsDate(value: string | null | undefined): Date | null {
  if (value == null || value.trim() === '' || isSentinelDate(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/**
 * Trims names/record numbers (`"Zalewski, Michael R. "`, record numbers with trailing spaces)
 * and maps blank strings to null, since eLMS uses "" and null interchangeably.
 */
export function trimElms(value: string | null | undefined): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * JSON with object keys sorted, no whitespace. Used for `raw` so that the same record always
 * serialises identically (hash-stable for change detection) regardless of server key order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
