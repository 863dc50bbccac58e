import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TrackingRuleKind = 'record_number' | 'code_chapter' | 'title_keyword';

/** A rule that makes matters tracked: a record number (and its substitutes), a code chapter, or title words. */
@Entity('tracking_rule')
export class TrackingRuleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'tracking_rule_pkey' }) id: string;
  @Column('text') kind: TrackingRuleKind;
  @Column('text') value: string;
  @Column('text', { nullable: true }) note: string | null;
  @Column('text', { nullable: true }) createdBy: string | null;
  @Column('timestamptz', { default: () => 'now()' }) createdAt: Date;
}
