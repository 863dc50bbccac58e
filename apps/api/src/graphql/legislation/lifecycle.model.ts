import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Stage, StepType, VoteResult } from '@app/legislation';

registerEnumType(StepType, {
  name: 'StepType',
  description: "Typed step of a matter's life; OTHER keeps an unknown eLMS action name verbatim.",
});
registerEnumType(Stage, { name: 'Stage', description: 'Where a matter stands.' });
registerEnumType(VoteResult, { name: 'VoteResult' });

@ObjectType({ description: 'One step of the story of a proposal (its matters and substitutes), oldest first.' })
export class TimelineStep {
  @Field(() => StepType) type: StepType;
  @Field(() => GraphQLISODateTime, { nullable: true }) date: Date | null;
  @Field(() => String, { description: 'Plain-words summary, e.g. "Referred to Committee on Public Safety".' }) label: string;
  @Field(() => String, { nullable: true, description: 'The eLMS action name, verbatim (null for notices and agenda placements).' })
  actionName: string | null;
  @Field(() => String, { description: 'Which matter of the substitute chain the step belongs to.' }) recordNumber: string;
  @Field(() => [String], { description: 'Committees named (referrals, recommendations).' }) committees: string[];
  @Field(() => String, { nullable: true, description: 'PASS, PASS_AS_AMENDED, DO_NOT_PASS, HELD or RE_REFER.' }) recommendation:
    string | null;
  @Field(() => VoteResult, { nullable: true }) result: VoteResult | null;
  @Field(() => String, { description: 'action, meeting_file (Rule 41 notice) or agenda.' }) source: string;
  @Field(() => String, { nullable: true }) meetingId: string | null;
  @Field(() => String, { nullable: true, description: 'Document link (Rule 41 notice).' }) url: string | null;
}

@ObjectType()
export class MatterStage {
  @Field(() => Stage) stage: Stage;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the matter entered this stage, when known.' }) since: Date | null;
  @Field(() => [String], { description: 'Committee(s) holding the matter, while in committee.' }) committees: string[];
}

@ObjectType({ description: 'What happens next: a scheduled meeting, or the committee holding the matter, or a Council decision pending.' })
export class NextStep {
  @Field(() => String, { description: 'MEETING, COMMITTEE or COUNCIL.' }) kind: string;
  @Field(() => String, { description: 'Plain-words summary.' }) summary: string;
  @Field(() => String, { nullable: true }) meetingId: string | null;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) date: Date | null;
  @Field(() => String, { nullable: true, description: 'Meeting start in America/Chicago.' }) localTime: string | null;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Sign up for public comment before this.' })
  publicCommentDeadline: Date | null;
  @Field(() => String, { nullable: true }) publicCommentDeadlineLocal: string | null;
  @Field(() => [String]) committees: string[];
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Held in committee (or waiting) since.' }) since: Date | null;
}

@ObjectType()
export class VoteTally {
  @Field(() => Int) yea: number;
  @Field(() => Int) nay: number;
  @Field(() => Int) present: number;
  @Field(() => Int) recused: number;
  @Field(() => Int) abstain: number;
  @Field(() => Int) absent: number;
  @Field(() => Int) excused: number;
  @Field(() => Int) risingVote: number;
  @Field(() => Int) vacant: number;
  @Field(() => Int, { description: 'Rows with no vote value.' }) none: number;
  @Field(() => Int, { description: 'Values eLMS has not used before (kept verbatim on each vote).' }) other: number;
  @Field(() => Int) total: number;
}
