import { MatterQueryService } from '@app/legislation';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { GraphqlContext } from '../loaders/loaders.factory';
import { toActionModel, toAttachmentModel, toMatterModel, toSponsorModel, toVoteModel } from './matter.mapper';
import { Attachment, Matter, MatterAction, Sponsor, Vote } from './matter.model';

@Resolver(() => Matter)
export class MatterResolver {
  constructor(private readonly matters: MatterQueryService) {}

  @Query(() => Matter, { description: 'A matter by record number (e.g. O2023-0004222). NOT_FOUND if unknown, BAD_USER_INPUT if malformed.' })
  async matter(@Args('recordNumber', { type: () => String }) recordNumber: string): Promise<Matter> {
    return toMatterModel(await this.matters.getByRecordNumber(recordNumber));
  }

  @ResolveField(() => [MatterAction])
  async actions(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<MatterAction[]> {
    return (await ctx.loaders.actionsByMatterId.load(m.rowId)).map(toActionModel);
  }

  @ResolveField(() => [Sponsor])
  async sponsors(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<Sponsor[]> {
    return (await ctx.loaders.sponsorsByMatterId.load(m.rowId)).map(toSponsorModel);
  }

  @ResolveField(() => [Attachment])
  async attachments(@Parent() m: Matter, @Context() ctx: GraphqlContext): Promise<Attachment[]> {
    return (await ctx.loaders.attachmentsByMatterId.load(m.rowId)).map(toAttachmentModel);
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
