import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An immutable state of a chapter: written only when its normalised text differs from the last one. */
@Entity('code_chapter_version')
export class CodeChapterVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'code_chapter_version_pkey' }) id: string;
  @Column('uuid') chapterId: string;
  @Column('integer') version: number;
  @Column('text', { nullable: true }) title: string | null;
  @Column('text') contentHash: string;
  @Column('text', { array: true }) sourceUrls: string[];
  @Column('timestamptz') fetchedAt: Date;
  /** Section versions in chapter order; unchanged sections are shared with earlier chapter versions. */
  @Column('uuid', { array: true }) sectionIds: string[];
}
