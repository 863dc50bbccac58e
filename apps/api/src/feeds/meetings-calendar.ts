import type { FeedMeeting } from '@app/legislation';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { CHICAGO_TIME_ZONE, chicagoDateTimeOrNull } from '@app/core';
import { icsText } from './feed-text';

/** eLMS gives a start but no end; a Council or committee meeting is booked for two hours. */
export const DEFAULT_MEETING_DURATION_MS = 2 * 60 * 60 * 1000;
/** With no public-comment deadline, remind a day before the meeting. */
export const DEFAULT_ALARM_BEFORE_SECONDS = 24 * 60 * 60;
const UID_DOMAIN = 'chicago-legislation-tracker';
/** Record numbers named in a SUMMARY before "and N more". */
const SUMMARY_MATTERS = 3;

export function meetingUid(meetingId: string): string {
  return `meeting-${meetingId}@${UID_DOMAIN}`;
}

export function isCancelled(status: string | null): boolean {
  return status !== null && /cancel/i.test(status);
}

function summaryOf(m: FeedMeeting): string {
  const numbers = m.matters.map((x) => x.recordNumber);
  const shown = numbers.slice(0, SUMMARY_MATTERS).join(', ');
  const more = numbers.length > SUMMARY_MATTERS ? ` and ${numbers.length - SUMMARY_MATTERS} more` : '';
  const prefix = isCancelled(m.status) ? 'Cancelled: ' : '';
  return `${prefix}${m.bodyName ?? 'Meeting'}: ${shown}${more} on the agenda`;
}

function descriptionOf(m: FeedMeeting): string {
  const lines = [`On the agenda of ${m.bodyName ?? 'this meeting'}:`];
  for (const x of m.matters) lines.push(`- ${x.recordNumber}${x.title ? `: ${x.title}` : ''}`);
  lines.push('');
  lines.push(
    m.publicCommentDeadline
      ? `Public comment deadline: ${chicagoDateTimeOrNull(m.publicCommentDeadline)}`
      : 'Public comment deadline: not published',
  );
  if (m.status) lines.push(`Status (eLMS): ${m.status}`);
  if (m.agendaUrl) lines.push(`Agenda: ${m.agendaUrl}`);
  if (m.comment) lines.push('', m.comment);
  return lines.join('\n');
}

function isHttpUrl(value: string | null): value is string {
  if (!value) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * An RFC 5545 calendar of meetings, one VEVENT per meeting with a stable UID, start and end in UTC
 * (unambiguous without a VTIMEZONE; X-WR-TIMEZONE tells clients to show them in Chicago time), and a
 * display alarm AT the public-comment deadline (absolute trigger), or a day before the meeting when
 * there is none. ical-generator escapes and folds every value; icsText first drops the control
 * characters RFC 5545 has no escape for (a U+0001 in an eLMS title used to reach subscribers raw).
 */
export function buildMeetingsCalendar(opts: {
  name: string;
  description: string;
  url?: string;
  meetings: FeedMeeting[];
  now: Date;
}): string {
  const calendar = ical({
    name: icsText(opts.name),
    description: icsText(opts.description),
    prodId: { company: UID_DOMAIN, product: 'feeds', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: opts.url ?? null,
    x: { 'X-WR-TIMEZONE': CHICAGO_TIME_ZONE },
  });
  for (const m of opts.meetings) {
    const cancelled = isCancelled(m.status);
    const event = calendar.createEvent({
      id: meetingUid(m.meetingId),
      stamp: opts.now,
      start: m.date,
      end: new Date(m.date.getTime() + DEFAULT_MEETING_DURATION_MS),
      summary: icsText(summaryOf(m)),
      description: icsText(descriptionOf(m)),
      location: m.location === null ? null : icsText(m.location),
      url: isHttpUrl(m.agendaUrl) ? m.agendaUrl : null,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    if (cancelled) continue; // no reminder for a meeting that will not happen
    const matters = m.matters.map((x) => x.recordNumber).join(', ');
    if (m.publicCommentDeadline) {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: m.publicCommentDeadline,
        description: icsText(`Public comment deadline for ${m.bodyName ?? 'the meeting'} (${matters})`),
      });
    } else {
      event.createAlarm({
        type: ICalAlarmType.display,
        triggerBefore: DEFAULT_ALARM_BEFORE_SECONDS,
        description: icsText(`${m.bodyName ?? 'Meeting'} tomorrow: ${matters} on the agenda`),
      });
    }
  }
  return calendar.toString();
}
