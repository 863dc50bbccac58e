import { CouncilVotesService, VoteDateRange } from '@app/legislation';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ApiInputException } from '../../errors/api-input.exception';
import { decodeKeysetCursor, encodeCursor } from '../common/cursor.util';
import { PageArgs } from '../common/page.args';
import { toVoteModel } from '../legislation/matter.mapper';
import { Vote } from '../legislation/matter.model';
import type { GraphqlContext } from '../loaders/loaders.factory';
import { VoteRangeArgs } from './council-votes.args';
import { toAlderAgreementModel, toCouncilRollCallModel } from './council-votes.mapper';
import { AlderAgreement, CouncilRollCall, CouncilRollCallConnection } from './council-votes.model';

function toRange(args: VoteRangeArgs): VoteDateRange {
  if (args.from && args.to && args.from >= args.to) throw new ApiInputException('to', 'must be later than from');
  return { from: args.from ?? null, to: args.to ?? null };
}

@Resolver(() => CouncilRollCall)
export class CouncilVotesResolver {
  constructor(private readonly council: CouncilVotesService) {}

  @Query(() => CouncilRollCallConnection, {
    description: 'City Council roll calls, newest first, optionally only divided (or undivided) ones.',
  })
  async rollCalls(
    @Args() range: VoteRangeArgs,
    @Args() page: PageArgs,
    @Args('divided', { type: () => Boolean, nullable: true, description: 'true: only divided roll calls; false: only undivided ones.' })
    divided?: boolean | null,
  ): Promise<CouncilRollCallConnection> {
    let after = null;
    if (page.after) {
      after = decodeKeysetCursor(page.after);
      if (!after) throw new ApiInputException('after', 'is not a cursor returned by rollCalls');
    }
    const rows = await this.council.rollCalls(toRange(range), divided ?? null, { limit: page.first + 1, after });
    const edges = rows.slice(0, page.first).map((r) => ({
      node: toCouncilRollCallModel(r, this.council.minNays),
      cursor: encodeCursor([r.date?.toISOString() ?? null, r.actionId]),
    }));
    return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > page.first } };
  }

  @Query(() => AlderAgreement, {
    description:
      'How often each alder voted with the majority, and with every other alder, on divided City Council roll calls in the range.',
  })
  async alderAgreement(@Args() range: VoteRangeArgs): Promise<AlderAgreement> {
    return toAlderAgreementModel(await this.council.agreement(toRange(range)));
  }

  @ResolveField(() => [Vote])
  async votes(@Parent() r: CouncilRollCall, @Context() ctx: GraphqlContext): Promise<Vote[]> {
    return (await ctx.loaders.votesByActionId.load(r.id)).map(toVoteModel);
  }
}
