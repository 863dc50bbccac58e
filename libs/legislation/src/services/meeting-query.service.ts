import { Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { MeetingAgendaItemEntity } from '../entities/meeting-agenda-item.entity';
import { MeetingAttendanceEntity } from '../entities/meeting-attendance.entity';
import { MeetingFileEntity } from '../entities/meeting-file.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingRepository } from '../repositories/meeting.repository';

export type MeetingRecord = MeetingEntity;
export type AgendaItemRecord = MeetingAgendaItemEntity;
export type MeetingFileRecord = MeetingFileEntity;
export type AttendanceRecord = MeetingAttendanceEntity;

/** @description Meetings with their agendas, files and roll calls, for the api. */
@Injectable()
export class MeetingQueryService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly clock: Clock,
  ) {}

  list(opts: { upcoming: boolean; body?: string; limit: number }): Promise<MeetingRecord[]> {
    return this.meetings.list({ ...opts, now: this.clock.now() });
  }
  /** By eLMS meetingId, as a matter's next step names its meeting. */
  bySourceIds(meetingIds: string[]): Promise<MeetingRecord[]> {
    return this.meetings.findBySourceIds(meetingIds);
  }
  agendaItemsByMeetingIds(ids: string[]): Promise<AgendaItemRecord[]> {
    return this.meetings.agendaItemsByMeetingIds(ids);
  }
  filesByMeetingIds(ids: string[]): Promise<MeetingFileRecord[]> {
    return this.meetings.filesByMeetingIds(ids);
  }
  attendanceByMeetingIds(ids: string[]): Promise<AttendanceRecord[]> {
    return this.meetings.attendanceByMeetingIds(ids);
  }
}
