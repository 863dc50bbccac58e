import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('matter_action')
export class MatterActionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'matter_action_pkey' }) id: string;
  /** The owning matter row's uuid (not the eLMS matterId). */
  @Column('uuid') matterId: string;
  @Column('text', { nullable: true }) historyId: string | null;
  @Column('integer') ordinal: number;
  @Column('timestamptz', { nullable: true }) actionDate: Date | null;
  @Column('text', { nullable: true }) actionName: string | null;
  @Column('text', { nullable: true }) actionText: string | null;
  @Column('text', { nullable: true }) actionByName: string | null;
  @Column('text', { nullable: true }) journalPage: string | null;
  @Column('text', { nullable: true }) meetingId: string | null;
  @Column('text', { nullable: true }) name: string | null;
  @Column('integer', { nullable: true }) sort: number | null;
}
