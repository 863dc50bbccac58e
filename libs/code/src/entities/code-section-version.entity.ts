import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CodeHistoryEntry } from '../text/code-text/code-text.types';

/** An immutable state of one section, shared by every chapter version in which its text is the same. */
@Entity('code_section_version')
export class CodeSectionVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'code_section_version_pkey' }) id: string;
  @Column('uuid') chapterId: string;
  @Column('text') number: string;
  @Column('text') heading: string;
  @Column('text') body: string;
  @Column('jsonb') paragraphs: { marker: string | null; level: number; text: string }[];
  @Column('text', { nullable: true }) historyNote: string | null;
  @Column('jsonb') history: CodeHistoryEntry[];
  @Column('text') contentHash: string;
  @Column('text', { nullable: true }) sourceUrl: string | null;
  @Column('timestamptz') fetchedAt: Date;
}
