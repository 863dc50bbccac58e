import { ScrapeRunQueryService } from '@app/scraper';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { ApiInputException } from '../../errors/api-input.exception';
import { decodeKeysetCursor, encodeCursor } from '../common/cursor.util';
import { ScrapeRun, ScrapeRunConnection, ScrapeRunStatus } from './scrape-run.model';
import { ScrapeRunsArgs } from './scrape-runs.args';

@Resolver(() => ScrapeRun)
export class ScrapeRunResolver {
  constructor(private readonly runs: ScrapeRunQueryService) {}

  @Query(() => ScrapeRunConnection, { description: 'Sync runs, newest first: what ran, what it fetched and wrote, and why it failed.' })
  async scrapeRuns(@Args() args: ScrapeRunsArgs): Promise<ScrapeRunConnection> {
    let after: { startedAt: Date; id: string } | null = null;
    if (args.after) {
      const c = decodeKeysetCursor(args.after);
      if (!c?.at) throw new ApiInputException('after', 'is not a cursor returned by scrapeRuns');
      after = { startedAt: c.at, id: c.id };
    }
    const rows = await this.runs.list(args.first + 1, after, args.kinds);
    const page = rows.slice(0, args.first);
    const edges = page.map((r) => ({
      cursor: encodeCursor([r.startedAt.toISOString(), r.id]),
      node: { ...r, status: r.status as ScrapeRunStatus },
    }));
    return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > args.first } };
  }
}
