import { Injectable } from '@nestjs/common';
import { LegislationErrorCode, LegislationException } from '../legislation.exception';
import { MatterSearchRepository, SEARCH_RANK_WINDOW } from '../repositories/matter-search.repository';
import { MatterFilter } from '../types/matter-filter.type';
import { SearchCursor, SearchHit, SearchPage } from '../types/matter-search.type';

/** Longest query accepted: a sentence quoted from an ordinance fits; anything longer is not a search. */
export const MAX_SEARCH_QUERY_LENGTH = 300;

/** Why a query cannot be run, in `details.problem` of INVALID_SEARCH_QUERY. */
export type SearchQueryProblem = 'EMPTY' | 'TOO_LONG' | 'NO_WORDS';

/**
 * @description Full-text search over matters' titles and the text of their documents, with the
 * `websearch_to_tsquery` syntax: words (all must match, stemmed: "enforce" finds "enforcement"), "quoted
 * phrases", `-word` to exclude, `or` between alternatives. Results are ranked (title matches weigh more
 * than document matches) and keyset-paged.
 */
@Injectable()
export class MatterSearchService {
  constructor(private readonly repository: MatterSearchRepository) {}

  /**
   * One page of results with the total count; INVALID_SEARCH_QUERY for a query with nothing to search for. When
   * more titles match than SEARCH_RANK_WINDOW, the newest of them are the ones ranked and paged (`rankedWindow`),
   * and the total is the planner's estimate (`totalCountIsEstimate`).
   */
  async search(query: string, filter: MatterFilter, first: number, after: SearchCursor | null): Promise<SearchPage> {
    const q = await this.checked(query);
    const { hits, total, windowed } = await this.repository.search(q, filter, first + 1, after, true, SEARCH_RANK_WINDOW);
    return {
      hits: hits.slice(0, first),
      totalCount: total ?? 0,
      hasNextPage: hits.length > first,
      rankedWindow: windowed ? SEARCH_RANK_WINDOW : null,
      totalCountIsEstimate: windowed,
    };
  }

  /**
   * Every result, best first, read in batches (for exports: flat memory whatever the count; every match is
   * ranked, no window). The query is checked before the first batch, so a bad one fails before anything is sent.
   */
  async *all(query: string, filter: MatterFilter, batchSize = 200): AsyncGenerator<SearchHit> {
    const q = await this.checked(query);
    let after: SearchCursor | null = null;
    for (;;) {
      const { hits } = await this.repository.search(q, filter, batchSize, after, false);
      yield* hits;
      if (hits.length < batchSize) return;
      const last = hits[hits.length - 1];
      after = { rank: last.rank, id: last.matter.id };
    }
  }

  private async checked(query: string): Promise<string> {
    const q = query.trim();
    const fail = (problem: SearchQueryProblem, message: string) => {
      throw new LegislationException(LegislationErrorCode.INVALID_SEARCH_QUERY, message, { query: q.slice(0, 80), problem });
    };
    if (!q) fail('EMPTY', 'The search query is empty');
    if (q.length > MAX_SEARCH_QUERY_LENGTH) fail('TOO_LONG', `The search query is longer than ${MAX_SEARCH_QUERY_LENGTH} characters`);
    if (!(await this.repository.hasSearchableWords(q)))
      fail('NO_WORDS', 'The search query has no word to look for (only common words such as "the", punctuation, or exclusions)');
    return q;
  }
}
