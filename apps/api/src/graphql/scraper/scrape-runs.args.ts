import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { PageArgs } from '../common/page.args';

@ArgsType()
export class ScrapeRunsArgs extends PageArgs {
  @Field(() => [String], { nullable: true, description: 'Only these kinds (elms.poll, elms.sweep, elms.backfill).' })
  @IsOptional()
  @IsIn(['elms.poll', 'elms.sweep', 'elms.backfill'], { each: true })
  kinds?: string[];
}
