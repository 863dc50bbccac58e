import type { AgendaItemRecord, AttendanceRecord, MeetingFileRecord, MeetingRecord } from '@app/legislation';
import { chicagoDateTimeOrNull } from '@app/core';
import { AgendaItem, Meeting, MeetingFile, RollCallEntry } from './meeting.model';

export function toMeetingModel(m: MeetingRecord): Meeting {
  return Object.assign(new Meeting(), {
    rowId: m.id,
    meetingId: m.meetingId,
    body: m.bodyName,
    date: m.date,
    localTime: chicagoDateTimeOrNull(m.date),
    location: m.location,
    status: m.status,
    publicCommentDeadline: m.publicCommentDeadline,
    comment: m.comment,
  });
}

export function toAgendaItemModel(i: AgendaItemRecord): AgendaItem {
  return {
    recordNumber: i.recordNumber,
    matterId: i.matterId,
    title: i.matterTitle,
    matterType: i.matterType,
    section: i.groupTitle,
    actionName: i.actionName,
    actionText: i.actionText,
    hasVotes: i.hasVotes,
    voteType: i.voteType,
    position: i.ordinal + 1,
  };
}

export function toMeetingFileModel(f: MeetingFileRecord): MeetingFile {
  return { fileName: f.fileName, url: f.path, type: f.attachmentType };
}

export function toRollCallEntryModel(a: AttendanceRecord): RollCallEntry {
  return { personId: a.personId, voterName: a.voterName, vote: a.vote, rollName: a.rollName };
}
