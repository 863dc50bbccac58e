import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('meeting_attendance')
export class MeetingAttendanceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'meeting_attendance_pkey' }) id: string;
  @Column('uuid') meetingId: string;
  @Column('integer') ordinal: number;
  @Column('text', { nullable: true }) rollName: string | null;
  @Column('text', { nullable: true }) personId: string | null;
  @Column('text', { nullable: true }) voterName: string | null;
  @Column('text', { nullable: true }) vote: string | null;
}
