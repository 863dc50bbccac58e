import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

export enum CommentChannel {
  PHONE = 'PHONE',
  IN_PERSON = 'IN_PERSON',
  WRITTEN = 'WRITTEN',
}
registerEnumType(CommentChannel, { name: 'CommentChannel', description: 'Spoken by telephone, spoken in person, or written (e-mail).' });

export enum DayAnchor {
  MEETING_DAY = 'MEETING_DAY',
  DAY_BEFORE = 'DAY_BEFORE',
  MONDAY_BEFORE = 'MONDAY_BEFORE',
}
registerEnumType(DayAnchor, {
  name: 'DayAnchor',
  description: 'A day counted from the meeting (MONDAY_BEFORE: the last Monday before it).',
});

export enum ScriptLanguage {
  en = 'en',
  es = 'es',
}
registerEnumType(ScriptLanguage, { name: 'ScriptLanguage' });

const HHMM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

@ObjectType({ description: "How to take part in a body's meetings, as its rules publish it; kept as data by operators." })
export class PublicCommentRule {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'eLMS body name of the meetings ("City Council").' }) bodyName: string;
  @Field(() => CommentChannel) channel: CommentChannel;
  @Field(() => DayAnchor) opensOn: DayAnchor;
  @Field(() => String, { description: 'Chicago time, "HH:MM".' }) opensAt: string;
  @Field(() => DayAnchor) closesOn: DayAnchor;
  @Field(() => String, { nullable: true, description: 'Chicago time, "HH:MM"; null: when the meeting starts.' }) closesAt: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String) howEn: string;
  @Field(() => String) howEs: string;
  @Field(() => String, { description: 'Where the rule was read.' }) source: string;
  @Field(() => String, { description: 'The day it was last checked against its source, "YYYY-MM-DD".' }) checkedOn: string;
  @Field(() => Int) sort: number;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType({ description: 'The call script of the take-action panel, per language.' })
export class CallScriptTemplate {
  @Field(() => ScriptLanguage) language: ScriptLanguage;
  @Field(() => String, { description: 'With {recordNumber} (required), {title}, {when}, {decider}.' }) template: string;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@InputType({ description: 'A rule for (bodyName, channel); saving one that exists replaces it.' })
export class SavePublicCommentRuleInput {
  @Field(() => String) @IsString() @MaxLength(200) bodyName: string;
  @Field(() => CommentChannel) @IsEnum(CommentChannel) channel: CommentChannel;
  @Field(() => DayAnchor) @IsEnum(DayAnchor) opensOn: DayAnchor;
  @Field(() => String) @Matches(HHMM, { message: 'opensAt is "HH:MM"' }) opensAt: string;
  @Field(() => DayAnchor) @IsEnum(DayAnchor) closesOn: DayAnchor;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(HHMM, { message: 'closesAt is "HH:MM"' }) closesAt?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() email?: string | null;
  @Field(() => String) @IsString() @MaxLength(2000) howEn: string;
  @Field(() => String) @IsString() @MaxLength(2000) howEs: string;
  @Field(() => String) @IsString() @MaxLength(500) source: string;
  @Field(() => String, { description: '"YYYY-MM-DD"' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) checkedOn: string;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) sort: number;
}

@InputType()
export class DeletePublicCommentRuleInput {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType()
export class SaveCallScriptTemplateInput {
  @Field(() => ScriptLanguage) @IsIn(['en', 'es']) language: ScriptLanguage;
  @Field(() => String) @IsString() @MaxLength(2000) template: string;
}
