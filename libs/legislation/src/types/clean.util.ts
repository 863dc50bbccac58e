/** eLMS pads names and record numbers with trailing spaces and uses "" for "none". */
export function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/**
 * eLMS dates are ISO strings with an offset; its "no date" sentinel is 1900-01-01 (any spelling of that day or
 * earlier), and blank or unparseable strings mean no date either.
 */
export function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() <= 1900) return null;
  return d;
}

export function normalizeRecordNumber(value: string): string {
  return value.trim().toUpperCase();
}
