import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { VoteResult } from '@app/legislation';
import { VoteTally } from './lifecycle.model';
import { Vote } from './matter.model';

@ObjectType({ description: "A recorded vote on a matter: result (implied by the action name in eLMS), tally and every alder's vote." })
export class RollCall {
  /** The action row, for loading votes. */
  actionId: string;

  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) date: Date | null;
  @Field(() => String, { nullable: true, description: 'Verbatim action name, e.g. "Passed" or "Failed to Pass".' }) actionName:
    string | null;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => VoteResult, { nullable: true, description: 'Null when the action name implies none.' }) result: VoteResult | null;
  @Field(() => VoteTally) tally?: VoteTally;
  @Field(() => [Vote]) votes?: Vote[];
}
