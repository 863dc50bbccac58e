import { PeopleQueryService } from '@app/legislation';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../loaders/loaders.factory';
import { toAlderModel, toCommitteeMemberModel, toMembershipModel } from './alder.mapper';
import { Alder, AlderVote, Committee, CommitteeMember, Membership } from './alder.model';

@Resolver(() => Alder)
export class AlderResolver {
  constructor(private readonly people: PeopleQueryService) {}

  @Query(() => Alder, { description: 'The alder of a ward (1–50): current if eLMS marks one active, else the latest on record.' })
  async alder(@Args('ward', { type: () => Int }) ward: number): Promise<Alder> {
    return toAlderModel(await this.people.alderByWard(ward));
  }

  @Query(() => [Alder], { description: 'Alders on record, by ward; former alders included (isActive false).' })
  async alders(): Promise<Alder[]> {
    return (await this.people.alders()).map(toAlderModel);
  }

  @ResolveField(() => [Membership])
  async memberships(@Parent() a: Alder, @Context() ctx: GraphqlContext): Promise<Membership[]> {
    return (await ctx.loaders.membershipsByPersonId.load(a.personId)).map(toMembershipModel);
  }

  @ResolveField(() => [AlderVote])
  async votes(
    @Parent() a: Alder,
    @Context() ctx: GraphqlContext,
    @Args('recordNumber', { type: () => String, nullable: true, description: 'Only votes on this matter.' }) recordNumber?: string,
  ): Promise<AlderVote[]> {
    const n = recordNumber?.trim().toUpperCase();
    return (await ctx.loaders.votesByPersonId.load(a.personId))
      .filter((v) => !n || v.recordNumber === n)
      .map((v) => ({ recordNumber: v.recordNumber, title: v.title, actionName: v.actionName, date: v.actionDate, vote: v.vote }));
  }
}

@Resolver(() => Committee)
export class CommitteeResolver {
  constructor(private readonly people: PeopleQueryService) {}

  @Query(() => [Committee], { description: 'Committees of the City Council, with members past and present.' })
  async committees(): Promise<Committee[]> {
    return this.people.committees();
  }

  @ResolveField(() => [CommitteeMember])
  async members(@Parent() c: Committee, @Context() ctx: GraphqlContext): Promise<CommitteeMember[]> {
    return (await ctx.loaders.membersByBodyId.load(c.bodyId)).map(toCommitteeMemberModel);
  }
}
