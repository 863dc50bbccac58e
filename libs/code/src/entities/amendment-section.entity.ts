import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BaseTextMismatch } from '../text/amendment/amendment.types';
import type { MarkedRun } from '../text/marked-text';

/** A section as the ordinance drafts it, marks included: the redline as the Council reads it. */
export interface DraftedSection {
  heading: MarkedRun[];
  paragraphs: { runs: MarkedRun[]; omittedBefore: boolean }[];
  omittedAfter: boolean;
}

@Entity('amendment_section')
export class AmendmentSectionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'amendment_section_pkey' }) id: string;
  @Column('uuid') amendmentId: string;
  @Column('integer') ordinal: number;
  @Column('integer') ordinanceSection: number;
  @Column('text') number: string;
  @Column('text') change: 'AMENDED' | 'ADDED' | 'REPEALED';
  @Column('text') heading: string;
  @Column('text', { nullable: true }) baseText: string | null;
  @Column('text', { nullable: true }) amendedText: string | null;
  /** Null when no baseline of the section's chapter is stored, so nothing could be checked. */
  @Column('boolean', { nullable: true }) baseTextMatches: boolean | null;
  @Column('boolean') applied: boolean;
  @Column('jsonb') mismatches: BaseTextMismatch[];
  @Column('jsonb') marked: DraftedSection;
  @Column('uuid', { nullable: true }) diffId: string | null;
}
