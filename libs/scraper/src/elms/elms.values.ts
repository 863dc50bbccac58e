/**
 * Raw eLMS values. The schemas keep values verbatim (trailing spaces, sentinel dates) so stored raw documents
 * stay faithful; they are normalised once, by @app/legislation's clean() and toDate(), when rows are written.
 */

/** eLMS uses this instead of null for "never happened" timestamps (e.g. timeline `SubmittedOn`). */
export const ELMS_SENTINEL_DATE = '1900-01-01T00:00:00+00:00';

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
