import type { DiffHunk } from '@app/diff';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A computed diff, keyed by the content hashes of its sides and the algorithm's version. */
@Entity('text_diff')
export class TextDiffEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'text_diff_pkey' }) id: string;
  @Column('text') fromHash: string;
  @Column('text') toHash: string;
  @Column('integer') algorithmVersion: number;
  @Column('text') algorithm: string;
  @Column('jsonb') hunks: DiffHunk[];
  @Column('integer') insertedWords: number;
  @Column('integer') deletedWords: number;
  @Column('boolean') truncated: boolean;
  @Column('timestamptz') computedAt: Date;
}
