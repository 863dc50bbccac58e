import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';

/** Cursor-connection paging shared by every list that grows: at most 100 per page. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;
}
