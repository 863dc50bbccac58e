import {
  LegislationErrorCode,
  LegislationException,
  MatterLifecycleService,
  MatterSearchService,
  type SearchPage,
  type SearchQueryProblem,
  type StageResult,
} from '@app/legislation';
import { Injectable } from '@nestjs/common';
import type { SearchRequest } from '../search-request';

export const SEARCH_PAGE_SIZE = 20;

export type SearchPageData =
  | { kind: 'form' }
  | { kind: 'problem'; problem: SearchQueryProblem }
  | { kind: 'results'; page: SearchPage; stages: Map<string, StageResult> };

/** `/search`: one page of results, or why the query cannot be run (shown beside the form, not as an error page). */
@Injectable()
export class SearchPageQuery {
  constructor(
    private readonly search: MatterSearchService,
    private readonly lifecycle: MatterLifecycleService,
  ) {}

  async load(req: SearchRequest): Promise<SearchPageData> {
    if (req.q === null) return { kind: 'form' };
    try {
      const page = await this.search.search(req.q, req.filter, SEARCH_PAGE_SIZE, req.after);
      // The stage each hit shows is its current one; the `stage` filter itself matches the stored column.
      return { kind: 'results', page, stages: await this.lifecycle.currentStages(page.hits.map((h) => h.matter)) };
    } catch (err) {
      if (err instanceof LegislationException && err.code === LegislationErrorCode.INVALID_SEARCH_QUERY)
        return { kind: 'problem', problem: err.details.problem as SearchQueryProblem };
      throw err;
    }
  }
}
