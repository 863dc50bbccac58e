import { Stage } from '@app/legislation';
import { ArgsType, Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../common/page.args';

@InputType({ description: 'Every given condition must hold. Text conditions are case-insensitive substrings.' })
export class MatterFilterInput {
  @Field(() => Stage, { nullable: true, description: 'Where the matter stands (recomputed after every sync).' })
  @IsOptional()
  @IsEnum(Stage)
  stage?: Stage;

  @Field(() => String, { nullable: true, description: 'eLMS status, e.g. "In Committee".' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  status?: string;

  @Field(() => String, { nullable: true, description: 'eLMS matter type, e.g. "Ordinance", "Resolution", "Order".' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  type?: string;

  @Field(() => String, { nullable: true, description: 'Committee referred to or controlling body.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  committee?: string;

  @Field(() => String, { nullable: true, description: 'Sponsor or co-sponsor name, or eLMS personId.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sponsor?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  introducedFrom?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Exclusive.' })
  @IsOptional()
  @IsDate()
  introducedTo?: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Municipal Code chapter named in the title (chapter or one of its sections), e.g. 2-173.',
  })
  @IsOptional()
  @Matches(/^\d{1,2}-\d{1,3}$/, { message: 'chapter must look like 2-173' })
  chapter?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only matters a tracking rule matches (true) or none matches (false).' })
  @IsOptional()
  @IsBoolean()
  tracked?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Words that must all appear in the title (stemmed, web-search syntax), or part of the record number.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
}

@ArgsType()
export class MattersArgs extends PageArgs {
  @Field(() => MatterFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatterFilterInput)
  filter?: MatterFilterInput;
}
