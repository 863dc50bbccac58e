import { type MatterFilter, type SearchCursor, Stage } from '@app/legislation';
import { ApiInputException } from '../errors/api-input.exception';
import { decodeSearchCursor } from '../graphql/search/search-cursor';

/** The filter fields of `/search` and the exports, as query-string names, in the order the form shows them. */
export const FILTER_PARAMS = ['type', 'stage', 'status', 'sponsor', 'committee', 'chapter', 'from', 'to'] as const;
const MAX_FILTER_LENGTH = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface SearchRequest {
  /** The words as typed (trimmed), or null when the page is opened without any. */
  q: string | null;
  filter: MatterFilter;
  after: SearchCursor | null;
  /** The query string that selects the same results (q and filters; no page, no language), for links. */
  params: Record<string, string>;
}

/**
 * Reads `/search`, `/search.csv|json` and `/matters.csv|json` query strings. Empty fields are ignored (a form
 * sends them all); malformed ones (a date that is not YYYY-MM-DD, an unknown stage) are a 400 page, since the
 * form cannot produce them.
 */
export function parseSearchRequest(query: URLSearchParams): SearchRequest {
  const params: Record<string, string> = {};
  const get = (name: string): string | undefined => {
    const v = query.get(name)?.trim();
    if (!v) return undefined;
    if (v.length > MAX_FILTER_LENGTH && name !== 'q') throw new ApiInputException(name, `is longer than ${MAX_FILTER_LENGTH} characters`);
    params[name] = v;
    return v;
  };
  const q = get('q') ?? null;
  const filter: MatterFilter = {};
  for (const name of FILTER_PARAMS) {
    const v = get(name);
    if (v === undefined) continue;
    switch (name) {
      case 'stage':
        if (!(Object.values(Stage) as string[]).includes(v)) throw new ApiInputException('stage', 'is not a stage');
        filter.stage = v;
        break;
      case 'chapter':
        if (!/^\d{1,2}-\d{1,3}$/.test(v)) throw new ApiInputException('chapter', 'must look like 2-173');
        filter.chapter = v;
        break;
      case 'from':
      case 'to': {
        // eLMS dates are Chicago midnights (05:00 or 06:00 UTC): 05:00 UTC of the day falls on or before both
        // and after the previous day's, so one boundary serves summer and winter.
        const day = DAY.test(v) ? new Date(`${v}T05:00:00Z`) : null;
        if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== v)
          throw new ApiInputException(name, 'must be a date (YYYY-MM-DD)');
        if (name === 'from') filter.introducedFrom = day;
        else filter.introducedTo = day;
        break;
      }
      default:
        filter[name] = v;
    }
  }
  const tracked = query.get('tracked');
  if (tracked === 'true' || tracked === 'false') {
    filter.tracked = tracked === 'true';
    params.tracked = tracked;
  }
  const afterParam = query.get('after');
  const after = afterParam ? decodeSearchCursor(afterParam) : null;
  if (afterParam && !after) throw new ApiInputException('after', 'is not a page link made by this site');
  return { q, filter, after, params };
}
