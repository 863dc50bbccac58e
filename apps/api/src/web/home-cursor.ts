import type { MatterCursor } from '@app/legislation';
import { ApiInputException } from '../errors/api-input.exception';
import { decodeCursor, encodeCursor } from '../graphql/common/cursor.util';

/** The "next page" position of `/`: the same keyset cursor as the GraphQL `matters` connection. */
export function encodeHomeCursor(c: MatterCursor): string {
  return encodeCursor([c.introductionDate?.toISOString() ?? null, c.id]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Throws ApiInputException (a 400 page) for anything `encodeHomeCursor` did not make. */
export function decodeHomeCursor(value: string): MatterCursor {
  const v = decodeCursor(value);
  const valid = v && v.length === 2 && (v[0] === null || (typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])))) && typeof v[1] === 'string' && UUID.test(v[1]);
  if (!valid) throw new ApiInputException('after', 'is not a page link made by this site');
  return { introductionDate: v[0] ? new Date(v[0] as string) : null, id: v[1] as string };
}
