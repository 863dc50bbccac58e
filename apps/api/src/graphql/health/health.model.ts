import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Where an unfinished first sync is.' })
export class FirstSyncProgress {
  @Field(() => String, { description: 'tracked, upcoming, matters, meetings or people.' }) phase: string;
  @Field(() => Int, { description: 'Matter list rows walked so far.' }) processed: number;
}

@ObjectType({ description: 'Service health: database reachable, data current (stale, failing and quarantine rules in the README).' })
export class Health {
  @Field(() => String, { description: 'ok or degraded.' }) status: string;
  @Field(() => Boolean) database: boolean;
  @Field(() => Int, { nullable: true, description: 'Matters stored.' }) matters: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the last successful poll finished (same as lastSuccessAt).' })
  lastPollAt: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the last poll that stored what it read finished (a partial run counts).',
  })
  lastSuccessAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'Polls failed in a row since then.' }) consecutiveFailures: number | null;
  @Field(() => Int, { nullable: true, description: 'Source records in quarantine.' }) quarantined: number | null;
  @Field(() => FirstSyncProgress, { nullable: true, description: 'An unfinished first sync: where it is.' })
  firstSync: FirstSyncProgress | null;
  @Field(() => [String], { description: 'Why the status is degraded; empty when ok.' }) reasons: string[];
}
