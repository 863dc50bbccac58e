import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MeetingFile } from '../meetings/meeting.model';
import { Alder, CommitteeMember } from '../people/alder.model';
import { CommentChannel, ScriptLanguage } from './take-action-data.model';

export enum DecidingBody {
  COUNCIL = 'COUNCIL',
  COMMITTEE = 'COMMITTEE',
}
registerEnumType(DecidingBody, { name: 'DecidingBody', description: 'Who decides next: the full City Council or a committee.' });

export enum CommentWindowState {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(CommentWindowState, { name: 'CommentWindowState' });

@ObjectType({ description: 'A committee with its current members as eLMS lists them.' })
export class TakeActionCommittee {
  @Field(() => String) name: string;
  @Field(() => [CommitteeMember], { description: 'Empty when eLMS lists none.' }) members: CommitteeMember[];
}

@ObjectType({ description: 'The meeting where the matter comes up next.' })
export class TakeActionMeeting {
  @Field(() => ID, { description: 'eLMS meetingId.' }) meetingId: string;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => GraphQLISODateTime) startsAt: Date;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'As eLMS publishes it; null when it has not.' })
  publicCommentDeadline: Date | null;
  @Field(() => [MeetingFile]) files: MeetingFile[];
  @Field(() => String, { nullable: true, description: "The Clerk's note on the meeting's deadlines, verbatim." }) comment: string | null;
}

@ObjectType({ description: 'One way to take part in the meeting, computed from the rules kept as data.' })
export class CommentWindow {
  @Field(() => CommentChannel) channel: CommentChannel;
  @Field(() => CommentWindowState, { description: 'At the time of the request.' }) state: CommentWindowState;
  @Field(() => GraphQLISODateTime) opensAt: Date;
  @Field(() => GraphQLISODateTime) closesAt: Date;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String) howEn: string;
  @Field(() => String) howEs: string;
  @Field(() => String, { description: 'The window as an iCalendar event ("add to calendar").' }) calendarUrl: string;
}

@ObjectType({ description: 'The call script, filled with the matter.' })
export class CallScript {
  @Field(() => ScriptLanguage) language: ScriptLanguage;
  @Field(() => String) text: string;
}

@ObjectType({ description: 'What a reader can do about a matter before its next decision.' })
export class TakeAction {
  @Field(() => String) recordNumber: string;
  @Field(() => DecidingBody) decidedBy: DecidingBody;
  @Field(() => [TakeActionCommittee], { description: 'COMMITTEE: the committees that decide next.' })
  decidingCommittees: TakeActionCommittee[];
  @Field(() => [TakeActionCommittee], { description: 'The committees holding the matter now (a Rule 41 notice can call it out).' })
  heldIn: TakeActionCommittee[];
  @Field(() => TakeActionMeeting, { nullable: true }) meeting: TakeActionMeeting | null;
  @Field(() => [CommentWindow]) commentWindows: CommentWindow[];
  @Field(() => String, { nullable: true, description: 'The day the rules behind commentWindows were last checked.' }) rulesCheckedOn:
    string | null;
  @Field(() => Int, { nullable: true, description: 'The ward asked about.' }) ward: number | null;
  @Field(() => Alder, { nullable: true, description: "That ward's alder, to call." }) alder: Alder | null;
  @Field(() => [CallScript]) callScripts: CallScript[];
}
