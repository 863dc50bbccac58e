import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A line of a published agenda.' })
export class AgendaItem {
  @Field(() => String, { nullable: true }) recordNumber: string | null;
  @Field(() => String, { nullable: true, description: 'eLMS matterId.' }) matterId: string | null;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) matterType: string | null;
  @Field(() => String, { nullable: true }) section: string | null;
  @Field(() => String, { nullable: true, description: 'Outcome at this meeting once taken (Passed, Adopted, …), verbatim.' }) actionName:
    string | null;
  @Field(() => String, { nullable: true }) actionText: string | null;
  @Field(() => Boolean, { nullable: true }) hasVotes: boolean | null;
  @Field(() => String, { nullable: true, description: 'Roll Call or Rising Vote.' }) voteType: string | null;
  @Field(() => Int, { description: 'Position on the agenda.' }) position: number;
}

@ObjectType()
export class MeetingFile {
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => String, { nullable: true, description: 'Agenda, Notice, Miscellaneous Business (Rule 41 notices), …' }) type: string | null;
}

@ObjectType({ description: 'One name of a roll call (attendance), as eLMS records it.' })
export class RollCallEntry {
  @Field(() => String, { nullable: true }) personId: string | null;
  @Field(() => String, { nullable: true }) voterName: string | null;
  @Field(() => String, { nullable: true }) vote: string | null;
  @Field(() => String, { nullable: true, description: 'Roll name, e.g. "Global Attendance".' }) rollName: string | null;
}

@ObjectType({ description: 'A meeting of the City Council or one of its committees.' })
export class Meeting {
  rowId: string;

  @Field(() => ID, { description: 'eLMS meetingId.' }) meetingId: string;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start (UTC); see localTime for Chicago time.' }) date: Date | null;
  @Field(() => String, { nullable: true, description: 'Start in America/Chicago, e.g. "Wednesday, January 15, 2025 at 10:00 AM CST".' })
  localTime: string | null;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => String, { nullable: true, description: 'Scheduled, Scheduled & Published, Cancelled, Rescheduled, …' }) status:
    string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) publicCommentDeadline: Date | null;
  @Field(() => String, { nullable: true, description: 'Deadlines as the Clerk words them.' }) comment: string | null;
  @Field(() => [AgendaItem]) agenda?: AgendaItem[];
  @Field(() => [MeetingFile]) files?: MeetingFile[];
  @Field(() => [RollCallEntry], { description: 'Attendance roll call; empty before the meeting.' }) attendance?: RollCallEntry[];
}
