import { QuarantineQueryService } from '@app/scraper';
import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { ApiInputException } from '../../errors/api-input.exception';
import { PageArgs } from '../common/page.args';
import { decodeKeysetCursor, encodeCursor } from '../common/cursor.util';
import { QuarantinedRecord, QuarantinedRecordConnection } from './quarantined-record.model';

const KINDS = ['matter', 'matter_list_row', 'meeting_list_row', 'meeting_agenda', 'body', 'person'];

@ArgsType()
export class QuarantinedRecordsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: `Only this kind: ${KINDS.join(', ')}.` })
  @IsOptional()
  @IsIn(KINDS)
  kind?: string;
}

@Resolver(() => QuarantinedRecord)
export class QuarantinedRecordResolver {
  constructor(private readonly quarantine: QuarantineQueryService) {}

  @Query(() => QuarantinedRecordConnection, {
    description: 'Source records set aside by the sync (bad shape, or refused by the database), newest seen first.',
  })
  async quarantinedRecords(@Args() args: QuarantinedRecordsArgs): Promise<QuarantinedRecordConnection> {
    let after: { lastSeenAt: Date; id: string } | null = null;
    if (args.after) {
      const c = decodeKeysetCursor(args.after);
      if (!c?.at) throw new ApiInputException('after', 'is not a cursor returned by quarantinedRecords');
      after = { lastSeenAt: c.at, id: c.id };
    }
    const [rows, totalCount] = await Promise.all([this.quarantine.list(args.first + 1, after, args.kind), this.quarantine.count()]);
    const edges = rows.slice(0, args.first).map((r) => ({
      cursor: encodeCursor([r.lastSeenAt.toISOString(), r.id]),
      node: { ...r, issues: r.issues ?? [] },
    }));
    return { edges, totalCount, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > args.first } };
  }
}
