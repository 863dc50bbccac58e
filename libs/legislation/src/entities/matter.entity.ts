import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('matter')
@Index('matter_record_number_idx', ['recordNumber'])
export class MatterEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'matter_pkey' }) id: string;
  @Column('text') matterId: string;
  @Column('text') recordNumber: string;
  @Column('text', { nullable: true }) legacyRecordNumber: string | null;
  @Column('integer', { nullable: true }) fileYear: number | null;
  @Column('text', { nullable: true }) type: string | null;
  @Column('text', { nullable: true }) status: string | null;
  @Column('text', { nullable: true }) subStatus: string | null;
  @Column('text', { nullable: true }) statusDescription: string | null;
  @Column('text', { nullable: true }) legacyStatus: string | null;
  @Column('text', { nullable: true }) title: string | null;
  @Column('text', { nullable: true }) shortTitle: string | null;
  @Column('text', { nullable: true }) nicknameAlias: string | null;
  @Column('text', { nullable: true }) filingOffice: string | null;
  @Column('text', { nullable: true }) filingSponsor: string | null;
  @Column('text', { nullable: true }) filingSponsorId: string | null;
  @Column('timestamptz', { nullable: true }) introductionDate: Date | null;
  @Column('text', { nullable: true }) introductionType: string | null;
  @Column('timestamptz', { nullable: true }) finalActionDate: Date | null;
  @Column('text', { nullable: true }) committeeReferral: string | null;
  @Column('text', { nullable: true }) controllingBody: string | null;
  @Column('text', { nullable: true }) controllingBodyId: string | null;
  @Column('text', { nullable: true }) matterCategory: string | null;
  @Column('text', { nullable: true }) routine: string | null;
  @Column('text', { nullable: true }) keyLegislation: string | null;
  @Column('text', { nullable: true }) economicDisclosure: string | null;
  @Column('text', { nullable: true }) agreedCalendar: string | null;
  @Column('text', { nullable: true }) originalRecordNumber: string | null;
  @Column('text', { nullable: true }) supersededBy: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) relations: string[];
  @Column('timestamptz', { nullable: true }) recordCreateDate: Date | null;
  @Column('timestamptz', { nullable: true }) lastPublicationDate: Date | null;
  @Column('text') contentHash: string;
  @Column('uuid', { nullable: true }) rawDocumentId: string | null;
  @Column('timestamptz') fetchedAt: Date;
  /** Derived by MatterLifecycleService (see refreshStages); null until first computed. */
  @Column('text', { nullable: true }) stage: string | null;
  @Column('timestamptz', { nullable: true }) stageSince: Date | null;
  @Column('timestamptz', { nullable: true }) stageComputedAt: Date | null;
  @Column('text', { array: true, nullable: true }) stageCommittees: string[] | null;
  /** The next scheduled meeting on the matter's agenda: the stored stage holds until then. */
  @Column('timestamptz', { nullable: true }) stageHoldsUntil: Date | null;
  /** eLMS id of the meeting that is the matter's next step (MEETING), when it is one. */
  @Column('text', { nullable: true }) stageNextMeeting: string | null;
  /** STAGE_RULES_VERSION the stored stage was derived under; null once its inputs changed (see storedStage). */
  @Column('integer', { nullable: true }) stageRules: number | null;
  /** Full-text vector of record number and title, kept by a PostgreSQL trigger (migration FullTextSearch); never read or written here. */
  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  searchVector?: string;
  /** Whether any tracking rule matches, kept by PostgreSQL triggers (migration MatterTrackedFlag); read in SQL only. */
  @Column({ type: 'boolean', default: false, select: false, insert: false, update: false })
  tracked?: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
