import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('meeting_file')
export class MeetingFileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'meeting_file_pkey' }) id: string;
  @Column('uuid') meetingId: string;
  @Column('integer') ordinal: number;
  @Column('text', { nullable: true }) fileName: string | null;
  @Column('text', { nullable: true }) path: string | null;
  @Column('text', { nullable: true }) attachmentType: string | null;
  @Column('integer', { nullable: true }) sort: number | null;
}
