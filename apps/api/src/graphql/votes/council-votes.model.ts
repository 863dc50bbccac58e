import { VoteResult } from '@app/legislation';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../common/page-info.model';
import { Vote } from '../legislation/matter.model';
// Registers the VoteResult enum with the schema.
import '../legislation/lifecycle.model';

/** The two sides of a roll call that count as votes cast. */
export enum RollCallSide {
  YEA = 'YEA',
  NAY = 'NAY',
}
registerEnumType(RollCallSide, { name: 'RollCallSide' });

@ObjectType({
  description:
    'A City Council roll call: a Council action with recorded votes. Divided when at least VOTES_DIVIDED_MIN_NAYS alders voted Nay.',
})
export class CouncilRollCall {
  @Field(() => ID, { description: 'The action row.' }) id: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) date: Date | null;
  @Field(() => String) recordNumber: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true, description: 'Verbatim action name, e.g. "Passed".' }) actionName: string | null;
  @Field(() => VoteResult, { nullable: true, description: 'Implied by the action name; null when it implies none.' })
  result: VoteResult | null;
  @Field(() => Int) yeas: number;
  @Field(() => Int) nays: number;
  @Field(() => Int, { description: 'Absent or Excused.' }) absent: number;
  @Field(() => Int, { description: 'Present, Recused, Abstain, Rising Vote, Vacant, no value or an unknown one.' }) other: number;
  @Field(() => Int) total: number;
  @Field(() => Boolean) divided: boolean;
  @Field(() => RollCallSide, { nullable: true, description: 'The side with more votes cast; null on a tie.' })
  majority: RollCallSide | null;
  @Field(() => [Vote], { description: 'Every alder of the roll call, in eLMS order.' }) votes?: Vote[];
}

@ObjectType()
export class CouncilRollCallEdge {
  @Field(() => CouncilRollCall) node: CouncilRollCall;
  @Field(() => String) cursor: string;
}

@ObjectType()
export class CouncilRollCallConnection {
  @Field(() => [CouncilRollCallEdge]) edges: CouncilRollCallEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType({ description: 'How often two alders voted the same way on the divided roll calls both voted Yea or Nay on.' })
export class PairAgreement {
  @Field(() => String) personId: string;
  @Field(() => String) name: string;
  @Field(() => Int, { description: 'Divided roll calls on which both voted Yea or Nay.' }) together: number;
  @Field(() => Int, { description: 'Of those, the ones on which they voted alike.' }) agreed: number;
  @Field(() => Float, { nullable: true, description: 'agreed / together; null when together is 0.' }) rate: number | null;
}

@ObjectType({ description: "One alder's record over the range (identified by eLMS person id)." })
export class AlderAgreementRow {
  @Field(() => String) personId: string;
  @Field(() => String, { description: 'As eLMS lists the voter ("Lopez, Raymond A.").' }) name: string;
  @Field(() => String, { nullable: true }) ward: string | null;
  @Field(() => Int, { description: 'Council roll calls in the range that list this alder.' }) rollCalls: number;
  @Field(() => Int, { description: 'Of those, Absent or Excused.' }) absent: number;
  @Field(() => Int, { description: 'Divided roll calls that list this alder.' }) dividedRollCalls: number;
  @Field(() => Int, { description: 'Yea or Nay on a divided roll call.' }) votesCast: number;
  @Field(() => Int, { description: 'Present, Recused, Abstain and the like on a divided roll call (neither cast nor absent).' })
  notVoting: number;
  @Field(() => Int, { description: 'Votes cast on divided roll calls that had a majority (not tied).' }) majorityVotes: number;
  @Field(() => Int) withMajority: number;
  @Field(() => Float, { nullable: true, description: 'withMajority / majorityVotes; null when majorityVotes is 0.' })
  majorityRate: number | null;
  @Field(() => [PairAgreement], { description: 'Agreement with every other alder met on a divided roll call, by name.' })
  agreement: PairAgreement[];
}

@ObjectType({
  description:
    'Agreement on divided City Council roll calls over a range. Only Yea and Nay are votes cast; Absent/Excused are absences; Present, Recused and Abstain are "not voting"; none of these counts for or against agreement.',
})
export class AlderAgreement {
  @Field(() => GraphQLISODateTime, { nullable: true }) from: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Exclusive.' }) to: Date | null;
  @Field(() => Int, { description: 'A roll call is divided from this many Nays (VOTES_DIVIDED_MIN_NAYS).' }) minNays: number;
  @Field(() => Int) rollCalls: number;
  @Field(() => Int) dividedRollCalls: number;
  @Field(() => [AlderAgreementRow], { description: 'By name.' }) alders: AlderAgreementRow[];
}
