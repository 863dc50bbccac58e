import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Max, Min } from 'class-validator';

@ArgsType()
export class ScrapeRunsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;

  @Field(() => [String], { nullable: true, description: 'Only these kinds (elms.poll, elms.sweep, elms.backfill).' })
  @IsOptional()
  @IsIn(['elms.poll', 'elms.sweep', 'elms.backfill'], { each: true })
  kinds?: string[];
}
