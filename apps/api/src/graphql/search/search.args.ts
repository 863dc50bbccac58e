import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../common/page.args';
import { MatterFilterInput } from '../legislation/matters.args';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, {
    description:
      'Words to find in titles and in the text of documents (web-search syntax: "a quoted phrase", -excluded, this or that). Words are stemmed (English).',
  })
  @IsString()
  @MaxLength(1000)
  query: string;

  @Field(() => MatterFilterInput, { nullable: true, description: 'Only matters that also meet these conditions.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatterFilterInput)
  filter?: MatterFilterInput;
}
