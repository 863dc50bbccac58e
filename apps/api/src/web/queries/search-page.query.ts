import {
  LegislationErrorCode,
  LegislationException,
  MatterSearchService,
  type SearchPage,
  type SearchQueryProblem,
} from '@app/legislation';
import { Injectable } from '@nestjs/common';
import type { SearchRequest } from '../search-request';

export const SEARCH_PAGE_SIZE = 20;

export type SearchPageData = { kind: 'form' } | { kind: 'problem'; problem: SearchQueryProblem } | { kind: 'results'; page: SearchPage };

/** `/search`: one page of results, or why the query cannot be run (shown beside the form, not as an error page). */
@Injectable()
export class SearchPageQuery {
  constructor(private readonly search: MatterSearchService) {}

  async load(req: SearchRequest): Promise<SearchPageData> {
    if (req.q === null) return { kind: 'form' };
    try {
      return { kind: 'results', page: await this.search.search(req.q, req.filter, SEARCH_PAGE_SIZE, req.after) };
    } catch (err) {
      if (err instanceof LegislationException && err.code === LegislationErrorCode.INVALID_SEARCH_QUERY)
        return { kind: 'problem', problem: err.details.problem as SearchQueryProblem };
      throw err;
    }
  }
}
