import type { MatterCursor } from '@app/legislation';
import { ApiInputException } from '../errors/api-input.exception';
import { decodeKeysetCursor, encodeCursor } from '../graphql/common/cursor.util';

/** The "next page" position of `/`: the same keyset cursor as the GraphQL `matters` connection. */
export function encodeHomeCursor(c: MatterCursor): string {
  return encodeCursor([c.introductionDate?.toISOString() ?? null, c.id]);
}

/** Throws ApiInputException (a 400 page) for anything `encodeHomeCursor` did not make. */
export function decodeHomeCursor(value: string): MatterCursor {
  const c = decodeKeysetCursor(value);
  if (!c) throw new ApiInputException('after', 'is not a page link made by this site');
  return { introductionDate: c.at, id: c.id };
}
