import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { PageArgs } from '../common/page.args';

const RUN_KINDS = ['elms.poll', 'elms.sweep', 'elms.backfill', 'elms.reprocess-quarantine', 'code.sync', 'documents.sync'];

@ArgsType()
export class ScrapeRunsArgs extends PageArgs {
  @Field(() => [String], { nullable: true, description: `Only these kinds (${RUN_KINDS.join(', ')}).` })
  @IsOptional()
  @IsIn(RUN_KINDS, { each: true })
  kinds?: string[];
}
