/** Opaque keyset cursors: base64url of a JSON tuple, so clients never depend on their shape. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A `[timestamp or null, row uuid]` position as `encodeCursor` writes it, or null for anything else:
 * the values go into SQL comparisons with timestamptz and uuid columns, where a tampered value
 * would fail in the database (a 500) instead of as bad input.
 */
export function decodeKeysetCursor(cursor: string): { at: Date | null; id: string } | null {
  const v = decodeCursor(cursor);
  if (!v || v.length !== 2) return null;
  const [at, id] = v;
  if (typeof id !== 'string' || !UUID.test(id)) return null;
  if (at === null) return { at: null, id };
  if (typeof at !== 'string') return null;
  const date = new Date(at);
  // Years PostgreSQL and ISO strings agree on; JavaScript accepts dates before year 1, timestamptz not all of them.
  const year = date.getUTCFullYear();
  return Number.isNaN(year) || year < 1 || year > 9999 ? null : { at: date, id };
}
