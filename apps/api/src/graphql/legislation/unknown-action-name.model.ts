import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An eLMS action name the lifecycle table does not map (shown as an OTHER step).' })
export class UnknownActionName {
  @Field(() => String) actionName: string;
  @Field(() => Int) occurrences: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastSeen: Date | null;
  @Field(() => String, { nullable: true, description: 'A matter where it occurs.' }) example: string | null;
}
