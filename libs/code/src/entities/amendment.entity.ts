import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One reading of an amending document against one state of the code baseline. */
@Entity('amendment')
export class AmendmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'amendment_pkey' }) id: string;
  @Column('uuid') matterId: string;
  @Column('uuid') documentId: string;
  /** The chapter versions it was applied to, sorted and joined: the same inputs are never recomputed. */
  @Column('text') baselineKey: string;
  @Column('uuid', { array: true }) chapterVersionIds: string[];
  @Column('text', { nullable: true }) effectiveDate: string | null;
  @Column('jsonb') unparsed: { ordinanceSection: number; text: string }[];
  @Column('timestamptz') computedAt: Date;
}
