import type { SearchCursor } from '@app/legislation';
import { decodeCursor, encodeCursor } from '../common/cursor.util';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeSearchCursor(c: SearchCursor): string {
  return encodeCursor([c.rank, c.id]);
}

/** A `[rank, row uuid]` position, or null for anything else (a tampered rank or id never reaches SQL). */
export function decodeSearchCursor(cursor: string): SearchCursor | null {
  const v = decodeCursor(cursor);
  if (!v || v.length !== 2) return null;
  const [rank, id] = v;
  if (typeof rank !== 'number' || !Number.isFinite(rank) || typeof id !== 'string' || !UUID.test(id)) return null;
  return { rank, id };
}
