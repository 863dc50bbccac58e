import { MatterSearchService } from '@app/legislation';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { ApiInputException } from '../../errors/api-input.exception';
import { toMatterModel } from '../legislation/matter.mapper';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import { SearchArgs } from './search.args';
import { SearchResult, SearchResultConnection } from './search.model';

@Resolver(() => SearchResult)
export class SearchResolver {
  constructor(private readonly searchService: MatterSearchService) {}

  @Query(() => SearchResultConnection, {
    description:
      "Full-text search over titles and the text of every matter's documents, best match first, cursor-paged. BAD_USER_INPUT (reason INVALID_SEARCH_QUERY) for a query with nothing to look for.",
  })
  async search(@Args() args: SearchArgs): Promise<SearchResultConnection> {
    const after = args.after ? decodeSearchCursor(args.after) : null;
    if (args.after && !after) throw new ApiInputException('after', 'is not a cursor returned by search');
    const page = await this.searchService.search(args.query, args.filter ?? {}, args.first, after);
    const edges = page.hits.map((h) => ({
      node: { matter: toMatterModel(h.matter), rank: h.rank, title: h.title, snippet: h.snippet, document: h.document },
      cursor: encodeSearchCursor({ rank: h.rank, id: h.matter.id }),
    }));
    return {
      edges,
      totalCount: page.totalCount,
      rankedWindow: page.rankedWindow,
      totalCountIsEstimate: page.totalCountIsEstimate,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: page.hasNextPage },
    };
  }
}
