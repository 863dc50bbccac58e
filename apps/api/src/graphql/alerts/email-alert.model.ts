import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { TrackingTargetInput } from '../tracking/tracking-rule.model';

export enum AlertFrequency {
  INSTANT = 'instant',
  DAILY = 'daily',
}
registerEnumType(AlertFrequency, { name: 'AlertFrequency', description: 'INSTANT: one message per event. DAILY: one digest a day.' });

export enum AlertLanguage {
  EN = 'en',
  ES = 'es',
}
registerEnumType(AlertLanguage, { name: 'AlertLanguage' });

/** Kind and value as for tracking rules: a record number, a Municipal Code chapter or title words. */
@InputType()
export class SubscribeToEmailAlertsInput extends TrackingTargetInput {
  @Field(() => String)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field(() => AlertFrequency, { nullable: true, description: 'Defaults to INSTANT.' })
  @IsOptional()
  @IsEnum(AlertFrequency)
  frequency?: AlertFrequency;

  @Field(() => AlertLanguage, { nullable: true, description: 'Language of the messages; defaults to EN.' })
  @IsOptional()
  @IsEnum(AlertLanguage)
  language?: AlertLanguage;
}

@ObjectType({
  description:
    'A sign-up was accepted: a confirmation message is on its way (or the address already follows this). Nothing else is sent until its link is used.',
})
export class EmailAlertSignup {
  @Field(() => Boolean) confirmationSent: boolean;
}

@ObjectType({ description: 'One alert message (confirmation, instant or digest) and how its sending went; never the address.' })
export class EmailAlertMessage {
  @Field(() => ID) messageId: string;
  @Field(() => String, { description: 'confirm, instant or digest.' }) kind: string;
  @Field(() => String, { description: 'pending, in_flight, sent or dead.' }) status: string;
  @Field(() => Int) attempts: number;
  @Field(() => Int) eventCount: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) sentAt: Date | null;
}
