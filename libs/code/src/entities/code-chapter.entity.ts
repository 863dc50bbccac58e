import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A Municipal Code chapter the tracker keeps a baseline of, and the publisher pages it is read from. */
@Entity('code_chapter')
export class CodeChapterEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'code_chapter_pkey' }) id: string;
  @Column('text') number: string;
  @Column('text', { nullable: true }) title: string | null;
  @Column('text', { array: true }) sourceUrls: string[];
  @Column('boolean') tracked: boolean;
  @Column('timestamptz', { nullable: true }) lastCheckedAt: Date | null;
  @Column('timestamptz') createdAt: Date;
}
