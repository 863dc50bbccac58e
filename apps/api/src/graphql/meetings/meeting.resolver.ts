import { MeetingQueryService } from '@app/legislation';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../loaders/loaders.factory';
import { toAgendaItemModel, toMeetingFileModel, toMeetingModel, toRollCallEntryModel } from './meeting.mapper';
import { AgendaItem, Meeting, MeetingFile, RollCallEntry } from './meeting.model';

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(private readonly meetingQueries: MeetingQueryService) {}

  @Query(() => [Meeting], { description: 'Upcoming meetings soonest first (or past ones, newest first), optionally of one body.' })
  async meetings(
    @Args('upcoming', { type: () => Boolean, defaultValue: true }) upcoming: boolean,
    @Args('body', { type: () => String, nullable: true, description: 'Body name or abbreviation, e.g. "City Council".' }) body?: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'At most 100.' }) first = 20,
  ): Promise<Meeting[]> {
    const rows = await this.meetingQueries.list({ upcoming, body: body ?? undefined, limit: Math.min(Math.max(first, 1), 100) });
    return rows.map(toMeetingModel);
  }

  @ResolveField(() => [AgendaItem])
  async agenda(@Parent() m: Meeting, @Context() ctx: GraphqlContext): Promise<AgendaItem[]> {
    return (await ctx.loaders.agendaByMeetingId.load(m.rowId)).map(toAgendaItemModel);
  }

  @ResolveField(() => [MeetingFile])
  async files(@Parent() m: Meeting, @Context() ctx: GraphqlContext): Promise<MeetingFile[]> {
    return (await ctx.loaders.filesByMeetingId.load(m.rowId)).map(toMeetingFileModel);
  }

  @ResolveField(() => [RollCallEntry])
  async attendance(@Parent() m: Meeting, @Context() ctx: GraphqlContext): Promise<RollCallEntry[]> {
    return (await ctx.loaders.attendanceByMeetingId.load(m.rowId)).map(toRollCallEntryModel);
  }
}
