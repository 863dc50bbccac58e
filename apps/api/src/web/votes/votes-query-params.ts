import { chicagoInstant } from '@app/core';
import type { VoteDateRange } from '@app/legislation';
import { ApiInputException } from '../../errors/api-input.exception';

export type VotesSortKey = 'name' | 'ward' | 'majority' | 'cast' | 'absent';
export const VOTES_SORT_KEYS: readonly VotesSortKey[] = ['name', 'ward', 'majority', 'cast', 'absent'];
export type SortOrder = 'asc' | 'desc';

/** What `/votes` and its downloads read from the query string: Chicago days (to inclusive), sort, order. */
export interface VotesQuery {
  /** As the reader wrote them (YYYY-MM-DD), for the form and links. */
  from: string | null;
  to: string | null;
  range: VoteDateRange;
  sort: VotesSortKey;
  order: SortOrder;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The instant Chicago's day `day` begins. eLMS dates its actions at local midnight, so days are Chicago days. */
export function chicagoDayStart(day: string): Date | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || y > 2999 || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return chicagoInstant(day, '00:00');
}

function day(query: URLSearchParams, name: 'from' | 'to'): { text: string | null; start: Date | null } {
  const text = query.get(name)?.trim() || null;
  if (text === null) return { text, start: null };
  const start = chicagoDayStart(text);
  if (!start) throw new ApiInputException(name, 'is not a date written YYYY-MM-DD');
  return { text, start };
}

/** Throws ApiInputException (400) for a malformed date or a "from" after "to"; unknown sort keys fall back to name. */
export function parseVotesQuery(query: URLSearchParams): VotesQuery {
  const from = day(query, 'from');
  const to = day(query, 'to');
  // "to" is inclusive: the range ends where the next Chicago day begins.
  const end = to.start ? chicagoDayStart(new Date(to.start.getTime() + 36 * 3600_000).toISOString().slice(0, 10)) : null;
  if (from.start && end && from.start >= end) throw new ApiInputException('to', 'is before from');
  const sortParam = query.get('sort') as VotesSortKey | null;
  const sort = sortParam && VOTES_SORT_KEYS.includes(sortParam) ? sortParam : 'name';
  const order: SortOrder = query.get('order') === 'desc' ? 'desc' : 'asc';
  return { from: from.text, to: to.text, range: { from: from.start, to: end }, sort, order };
}
