import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';

/** A half-open range of roll-call dates; either end may be left open. */
@ArgsType()
export class VoteRangeArgs {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Roll calls on or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Roll calls before this instant (exclusive).' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
