import { RECORDED_JOBS } from '@app/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { PageInfo } from '../common/page-info.model';

export enum ScrapeRunStatus {
  Running = 'running',
  Succeeded = 'succeeded',
  /** Finished and stored what it read, but quarantined some records. */
  Partial = 'partial',
  Failed = 'failed',
  Interrupted = 'interrupted',
}
registerEnumType(ScrapeRunStatus, { name: 'ScrapeRunStatus' });

@ObjectType({ description: 'One run of a recorded background job: an eLMS sync, the code or document sync, a quarantine reprocess.' })
export class ScrapeRun {
  @Field(() => ID) id: string;
  @Field(() => String, { description: `The job: ${RECORDED_JOBS.join(', ')}.` }) kind: string;
  @Field(() => ScrapeRunStatus) status: ScrapeRunStatus;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  @Field(() => Int, { description: 'HTTP requests made to eLMS, retries included.' }) requests: number;
  @Field(() => Int, { description: 'Records fetched and validated.' }) fetched: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int, { description: 'Records whose content hash matched the stored copy (nothing written).' }) unchanged: number;
  @Field(() => Int, { description: 'Records set aside in quarantine (see quarantinedRecords); a run with any ends PARTIAL.' })
  quarantined: number;
  @Field(() => Int, { nullable: true, description: 'Backfills: matters in range, per eLMS meta.count.' }) totalExpected: number | null;
  @Field(() => String, { nullable: true, description: 'ELMS_SCHEMA, ELMS_PARSE, ELMS_HTTP, ELMS_TIMEOUT, INTERRUPTED, ABANDONED, …' })
  errorCode: string | null;
  @Field(() => String, { nullable: true }) errorMessage: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'URL, field paths of a drifted response, status, body snippet.' })
  errorDetail: unknown;
  @Field(() => [String]) warnings: string[];
  @Field(() => GraphQLJSON, { nullable: true, description: 'Backfills and a first sync: where a rerun resumes.' }) cursor: unknown;
}

@ObjectType()
export class ScrapeRunEdge {
  @Field(() => ScrapeRun) node: ScrapeRun;
  @Field(() => String) cursor: string;
}

@ObjectType()
export class ScrapeRunConnection {
  @Field(() => [ScrapeRunEdge]) edges: ScrapeRunEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
