import { RECORDED_JOBS } from '@app/core';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { PageArgs } from '../common/page.args';

const RUN_KINDS = [...RECORDED_JOBS];

@ArgsType()
export class ScrapeRunsArgs extends PageArgs {
  @Field(() => [String], { nullable: true, description: `Only these kinds (${RUN_KINDS.join(', ')}).` })
  @IsOptional()
  @IsIn(RUN_KINDS, { each: true })
  kinds?: string[];
}
