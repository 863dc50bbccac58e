import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export enum TrackingRuleKind {
  RECORD_NUMBER = 'record_number',
  CODE_CHAPTER = 'code_chapter',
  TITLE_KEYWORD = 'title_keyword',
}
registerEnumType(TrackingRuleKind, {
  name: 'TrackingRuleKind',
  description:
    'RECORD_NUMBER tracks a matter and its substitutes; CODE_CHAPTER (e.g. 2-173) matters naming the chapter or its sections; TITLE_KEYWORD matters whose title has the words.',
});

@ObjectType({ description: 'A rule that makes matters tracked, now and as new ones appear.' })
export class TrackingRule {
  @Field(() => ID) id: string;
  @Field(() => TrackingRuleKind) kind: TrackingRuleKind;
  @Field(() => String) value: string;
  @Field(() => String, { nullable: true }) note: string | null;
  /** Resolved by TrackingRuleResolver.createdBy: operator names are shown to operators only. */
  createdBy: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

/** What a rule (or an e-mail alert) follows: a kind and its value. */
@InputType({ isAbstract: true })
export class TrackingTargetInput {
  @Field(() => TrackingRuleKind)
  @IsEnum(TrackingRuleKind)
  kind: TrackingRuleKind;

  @Field(() => String, { description: 'O2023-0004222, 2-173, or words such as "Welcoming City".' })
  @IsString()
  @MaxLength(100)
  value: string;
}

@InputType()
export class CreateTrackingRuleInput extends TrackingTargetInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

@InputType()
export class DeleteTrackingRuleInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
