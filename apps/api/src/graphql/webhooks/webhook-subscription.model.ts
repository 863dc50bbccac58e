import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength } from 'class-validator';

export enum WebhookBodyFormat {
  STANDARD = 'standard',
  SLACK = 'slack',
}
registerEnumType(WebhookBodyFormat, {
  name: 'WebhookBodyFormat',
  description:
    'STANDARD: the Standard Webhooks JSON ({type, version, timestamp, data}). SLACK: a chat message ({text, blocks}) for a Slack-compatible incoming webhook; same signature headers, retries and log.',
});

@ObjectType({ description: 'A webhook subscription. Its signing secret is shown only when created or rotated.' })
export class WebhookSubscription {
  @Field(() => ID) id: string;
  @Field(() => String) url: string;
  @Field(() => [String], { description: 'Event types or globs, e.g. matter.* or matter.vote_scheduled.' }) eventTypes: string[];
  @Field(() => [String], { description: 'Only events about these record numbers (empty: any).' }) recordNumbers: string[];
  @Field(() => Boolean) trackedOnly: boolean;
  @Field(() => String, { nullable: true, description: 'Only matters naming this Municipal Code chapter.' }) chapter: string | null;
  @Field(() => WebhookBodyFormat) bodyFormat: `${WebhookBodyFormat}`;
  @Field(() => String, { description: 'active, paused or disabled.' }) status: string;
  @Field(() => String, { nullable: true, description: 'Why it was disabled (deliveries failing for days).' }) disabledReason: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) failingSince: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class WebhookSubscriptionWithSecret {
  @Field(() => WebhookSubscription) subscription: WebhookSubscription;
  @Field(() => String, { description: 'whsec_… signing secret (Standard Webhooks). Store it now: it is not shown again.' }) secret: string;
}

@ObjectType({ description: 'One event sent (or being sent) to one subscription; the log of its attempts is kept.' })
export class WebhookDelivery {
  @Field(() => ID) id: string;
  @Field(() => String) eventType: string;
  @Field(() => String, { description: 'The webhook-id header: the same on every retry and redelivery.' }) messageId: string;
  @Field(() => String, { description: 'pending, in_flight, succeeded or dead.' }) status: string;
  @Field(() => Int) attempts: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) nextAttemptAt: Date | null;
  @Field(() => Int, { nullable: true }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) deliveredAt: Date | null;
}

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field(() => String)
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  eventTypes: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  recordNumbers?: string[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  trackedOnly?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{1,2}-\d{1,3}$/)
  chapter?: string;

  @Field(() => WebhookBodyFormat, { nullable: true, description: 'Defaults to STANDARD.' })
  @IsOptional()
  @IsEnum(WebhookBodyFormat)
  bodyFormat?: WebhookBodyFormat;
}

@InputType()
export class WebhookSubscriptionIdInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
