import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A source document exactly as served (canonical JSON, gzip), kept so any run can be replayed. */
@Entity('raw_document')
export class RawDocumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'raw_document_pkey' }) id: string;
  @Column('text', { default: 'elms' }) source: string;
  /** matter, meeting_list_row, meeting_agenda, body, person. */
  @Column('text') kind: string;
  @Column('text') sourceId: string;
  @Column('text') url: string;
  @Column('timestamptz') fetchedAt: Date;
  @Column('text') contentHash: string;
  @Column('bytea') bodyGzip: Buffer;
  @Column('integer') byteLength: number;
  @Column('uuid', { nullable: true }) scrapeRunId: string | null;
}
