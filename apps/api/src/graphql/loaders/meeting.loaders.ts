import type { AgendaItemRecord, AttendanceRecord, MeetingFileRecord, MeetingQueryService } from '@app/legislation';
import DataLoader from 'dataloader';
import { groupByKey } from './group-by-key.util';

export function createMeetingLoaders(meetings: MeetingQueryService) {
  return {
    agendaByMeetingId: new DataLoader<string, AgendaItemRecord[]>(async (ids) =>
      groupByKey(ids, await meetings.agendaItemsByMeetingIds([...ids]), (i) => i.meetingId),
    ),
    filesByMeetingId: new DataLoader<string, MeetingFileRecord[]>(async (ids) =>
      groupByKey(ids, await meetings.filesByMeetingIds([...ids]), (f) => f.meetingId),
    ),
    attendanceByMeetingId: new DataLoader<string, AttendanceRecord[]>(async (ids) =>
      groupByKey(ids, await meetings.attendanceByMeetingIds([...ids]), (a) => a.meetingId),
    ),
  };
}
