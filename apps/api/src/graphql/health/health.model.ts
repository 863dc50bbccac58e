import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Service health: database reachable, data present, last poll.' })
export class Health {
  @Field(() => String, { description: 'ok or degraded.' }) status: string;
  @Field(() => Boolean) database: boolean;
  @Field(() => Int, { nullable: true, description: 'Matters stored.' }) matters: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the last successful poll finished.' }) lastPollAt: Date | null;
}
