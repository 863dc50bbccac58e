import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ElmsSchemaIssue } from '../elms';

/**
 * A source record that failed validation or could not be written, kept exactly as served (canonical
 * JSON, gzip) so it can be re-processed without a re-fetch once the code is fixed. One row per
 * record: `source_key` is its id, or `sha256:<hash>` when it has no usable id.
 */
@Entity('quarantined_record')
export class QuarantinedRecordEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'quarantined_record_pkey' }) id: string;
  /** matter, meeting_list_row, meeting_agenda, body, person, matter_list_row. */
  @Column('text') kind: string;
  @Column('text') sourceKey: string;
  @Column('text', { nullable: true }) sourceId: string | null;
  @Column('text') url: string;
  /** Path of the first problem, e.g. `actions[0].actionDate` ('' for the record as a whole). */
  @Column('text') fieldPath: string;
  @Column('text') message: string;
  @Column('jsonb', { default: () => "'[]'::jsonb" }) issues: ElmsSchemaIssue[];
  @Column('bytea') bodyGzip: Buffer;
  @Column('text') contentHash: string;
  @Column('timestamptz') firstSeenAt: Date;
  @Column('timestamptz') lastSeenAt: Date;
  @Column('integer', { default: 1 }) timesSeen: number;
  @Column('uuid', { nullable: true }) firstRunId: string | null;
  @Column('uuid', { nullable: true }) lastRunId: string | null;
}
