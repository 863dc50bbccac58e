import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../common/page-info.model';

@ObjectType({ description: 'One field-level problem of a quarantined record.' })
export class QuarantineIssue {
  @Field(() => String, { description: 'Path into the record, e.g. actions[0].actionDate; empty for the record as a whole.' }) path: string;
  @Field(() => String) message: string;
}

@ObjectType({
  description: 'A source record that failed validation or could not be stored: kept raw, retried every run, released once it is sound.',
})
export class QuarantinedRecord {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'matter, meeting_list_row, meeting_agenda, body, person or matter_list_row.' }) kind: string;
  @Field(() => String, { nullable: true, description: "The record's eLMS id, when it has a usable one." }) sourceId: string | null;
  @Field(() => String, { description: 'Where it was read.' }) url: string;
  @Field(() => String, { description: 'Path of the first problem.' }) fieldPath: string;
  @Field(() => String) message: string;
  @Field(() => [QuarantineIssue]) issues: QuarantineIssue[];
  @Field(() => GraphQLISODateTime) firstSeenAt: Date;
  @Field(() => GraphQLISODateTime) lastSeenAt: Date;
  @Field(() => Int, { description: 'How many runs read it in this state.' }) timesSeen: number;
  @Field(() => ID, { nullable: true, description: 'The run that last read it.' }) lastRunId: string | null;
}

@ObjectType()
export class QuarantinedRecordEdge {
  @Field(() => QuarantinedRecord) node: QuarantinedRecord;
  @Field(() => String) cursor: string;
}

@ObjectType()
export class QuarantinedRecordConnection {
  @Field(() => [QuarantinedRecordEdge]) edges: QuarantinedRecordEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'Records in quarantine in all.' }) totalCount: number;
}
