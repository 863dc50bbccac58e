import { MatterLifecycleService, MatterQueryService, resultFromActionName, tallyVotes } from '@app/legislation';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ApiInputException } from '../../errors/api-input.exception';
import { DataQualityNote } from './data-quality.model';
import { decodeKeysetCursor, encodeCursor } from '../common/cursor.util';
import type { GraphqlContext } from '../loaders/loaders.factory';
import { MatterConnection } from './matter-connection.model';
import { MattersArgs } from './matters.args';
import { toNextStepModel, toStageModel, toTallyModel, toTimelineStepModel } from './lifecycle.mapper';
import { MatterStage, NextStep, TimelineStep, VoteTally } from './lifecycle.model';
import { RollCall } from './roll-call.model';
import { UnknownActionName } from './unknown-action-name.model';
import { UseGuards } from '@nestjs/common';
import { OperatorGuard } from '../../auth/operator.guard';
import { TrackingRule, TrackingRuleKind } from '../tracking/tracking-rule.model';
import { toActionModel, toAttachmentModel, toMatterModel, toSponsorModel, toVoteModel } from './matter.mapper';
import { Attachment, Matter, MatterAction, Sponsor, Vote } from './matter.model';

@Resolver(() => Matter)
export class MatterResolver {
  constructor(
    private readonly matterQueries: MatterQueryService,
    private readonly lifecycles: MatterLifecycleService,
  ) {}

  @Query(() => Matter, {
    description: 'A matter by record number (e.g. O2023-0004222). NOT_FOUND if unknown, BAD_USER_INPUT if malformed.',
  })
  async matter(@Args('recordNumber', { type: () => String }) recordNumber: string): Promise<Matter> {
    return toMatterModel(await this.matterQueries.getByRecordNumber(recordNumber));
  }

  @Query(() => MatterConnection, { description: 'Matters, newest introduction first, filtered and cursor-paged.' })
  async matters(@Args() args: MattersArgs): Promise<MatterConnection> {
    let after = null;
    if (args.after) {
      const c = decodeKeysetCursor(args.after);
      if (!c) throw new ApiInputException('after', 'is not a cursor returned by matters');
      after = { introductionDate: c.at, id: c.id };
    }
    const rows = await this.matterQueries.list(args.filter ?? {}, args.first + 1, after);
    const edges = rows
      .slice(0, args.first)
      .map((m) => ({ node: toMatterModel(m), cursor: encodeCursor([m.introductionDate?.toISOString() ?? null, m.id]) }));
    return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > args.first } };
  }

  @Query(() => [UnknownActionName], { description: 'Operators only: action names met in eLMS that the lifecycle table does not know yet.' })
  @UseGuards(OperatorGuard)
  async unknownActionNames(): Promise<UnknownActionName[]> {
    return this.matterQueries.unknownActionNames();
  }

  @ResolveField(() => [MatterAction])
  async actions(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<MatterAction[]> {
    return (await ctx.loaders.actionsByMatterId.load(m.rowId)).map(toActionModel);
  }

  @ResolveField(() => [Sponsor])
  async sponsors(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<Sponsor[]> {
    return (await ctx.loaders.sponsorsByMatterId.load(m.rowId)).map(toSponsorModel);
  }

  @ResolveField(() => [DataQualityNote], {
    description:
      'Anomalies in the source record (dates missing, steps out of order, duplicates, …): a quiet note, never a reason to drop it.',
  })
  async dataQuality(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<DataQualityNote[]> {
    return (await ctx.loaders.dataQualityByMatterId.load(m.rowId)).map(({ kind, detail }) => ({ kind, detail }));
  }

  @ResolveField(() => [Attachment])
  async attachments(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<Attachment[]> {
    return (await ctx.loaders.attachmentsByMatterId.load(m.rowId)).map(toAttachmentModel);
  }

  @ResolveField(() => [TimelineStep], {
    description:
      'The story of the proposal (this matter and its substitutes), oldest first; every eLMS action appears, plus Rule 41 notices and agenda placements.',
  })
  async timeline(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<TimelineStep[]> {
    return (await ctx.loaders.lifecycleByMatter.load(m.record)).timeline.map(toTimelineStepModel);
  }

  @ResolveField(() => MatterStage, { description: 'Where the matter stands now, and since when.' })
  async stage(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<MatterStage> {
    // A page of matters reads the stage stored with each row while it holds; the story only when not.
    return toStageModel(this.lifecycles.storedStageOf(m.record) ?? (await ctx.loaders.lifecycleByMatter.load(m.record)).stage);
  }

  @ResolveField(() => NextStep, { nullable: true, description: 'What happens next; null once the matter is decided.' })
  async nextStep(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<NextStep | null> {
    // Stored with the stage while it holds (one look-up of the meeting); else from the story, shared with timeline.
    if (this.lifecycles.storedStageOf(m.record)) return toNextStepModel(await ctx.loaders.nextStepByMatter.load(m.record));
    return toNextStepModel((await ctx.loaders.lifecycleByMatter.load(m.record)).nextStep);
  }

  @ResolveField(() => [String], { description: 'Record numbers of the same proposal: original, substitutes, eLMS relations.' })
  async relatedMatters(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<string[]> {
    return (await ctx.loaders.lifecycleByMatter.load(m.record)).related;
  }

  @ResolveField(() => [RollCall], { description: 'Recorded votes on this matter, oldest first.' })
  async votes(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<RollCall[]> {
    const actions = await ctx.loaders.actionsByMatterId.load(m.rowId);
    const withVotes = await Promise.all(actions.map(async (a) => ({ a, votes: await ctx.loaders.votesByActionId.load(a.id) })));
    return withVotes
      .filter((x) => x.votes.length > 0)
      .sort((x, y) => (x.a.actionDate?.getTime() ?? 0) - (y.a.actionDate?.getTime() ?? 0))
      .map(({ a }) => ({
        id: a.id,
        actionId: a.id,
        date: a.actionDate,
        actionName: a.actionName,
        body: a.actionByName,
        result: resultFromActionName(a.actionName),
      }));
  }

  @ResolveField(() => Boolean, { description: 'Whether a tracking rule (watchlist, chapter, keyword) matches this matter.' })
  async tracked(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<boolean> {
    return (await ctx.loaders.trackingRulesByMatterId.load(m.rowId)).length > 0;
  }

  @ResolveField(() => [TrackingRule], { description: 'The rules that track this matter.' })
  async trackedBy(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<TrackingRule[]> {
    return (await ctx.loaders.trackingRulesByMatterId.load(m.rowId)).map((r) => ({ ...r, kind: r.kind as TrackingRuleKind }));
  }

  @ResolveField(() => GraphQLJSON, { nullable: true })
  async source(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<unknown> {
    return m.rawDocumentId ? ctx.loaders.rawDocumentById.load(m.rawDocumentId) : null;
  }
}

@Resolver(() => MatterAction)
export class MatterActionResolver {
  @ResolveField(() => [Vote])
  async votes(@Parent() a: MatterAction, @Context() ctx: GraphqlContext): Promise<Vote[]> {
    return (await ctx.loaders.votesByActionId.load(a.id)).map(toVoteModel);
  }
}

@Resolver(() => Vote)
export class VoteResolver {
  @ResolveField(() => String, { nullable: true, description: "The voter's ward, from eLMS person and council records." })
  async ward(@Parent() v: Vote, @Context() ctx: GraphqlContext): Promise<string | null> {
    return v.personId ? ctx.loaders.wardByPersonId.load(v.personId) : null;
  }
}

@Resolver(() => RollCall)
export class RollCallResolver {
  @ResolveField(() => [Vote], { description: 'Every alder of the roll call, in eLMS order.' })
  async votes(@Parent() r: RollCall, @Context() ctx: GraphqlContext): Promise<Vote[]> {
    return (await ctx.loaders.votesByActionId.load(r.actionId)).map(toVoteModel);
  }

  @ResolveField(() => VoteTally)
  async tally(@Parent() r: RollCall, @Context() ctx: GraphqlContext): Promise<VoteTally> {
    return toTallyModel(tallyVotes(await ctx.loaders.votesByActionId.load(r.actionId)));
  }
}
