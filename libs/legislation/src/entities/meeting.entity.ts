import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('meeting')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'meeting_pkey' }) id: string;
  @Column('text') meetingId: string;
  @Column('text', { nullable: true }) meetingCode: string | null;
  @Column('text', { nullable: true }) bodyId: string | null;
  @Column('text', { nullable: true }) bodyName: string | null;
  @Column('text', { nullable: true }) bodyAbbreviation: string | null;
  @Column('text', { nullable: true }) status: string | null;
  @Column('timestamptz', { nullable: true }) date: Date | null;
  @Column('text', { nullable: true }) location: string | null;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('timestamptz', { nullable: true }) publicCommentDeadline: Date | null;
  @Column('timestamptz', { nullable: true }) lastPublicationDate: Date | null;
  @Column('text', { nullable: true }) listHash: string | null;
  @Column('uuid', { nullable: true }) listRawDocumentId: string | null;
  @Column('text', { nullable: true }) detailHash: string | null;
  @Column('uuid', { nullable: true }) detailRawDocumentId: string | null;
  @Column('timestamptz', { nullable: true }) detailFetchedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
