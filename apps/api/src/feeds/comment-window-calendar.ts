import type { CommentWindow } from '@app/advocacy';
import { CHICAGO_TIME_ZONE } from '@app/core';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { icsText } from './feed-text';

/**
 * One public-comment window as an RFC 5545 event ("add to calendar"): from when requests open to
 * when they close, in UTC, with how to take part and the phone or e-mail the rule gives (nothing else).
 */
export function buildCommentWindowCalendar(opts: {
  window: CommentWindow;
  recordNumber: string;
  meetingId: string;
  summary: string;
  how: string;
  url: string;
  now: Date;
}): string {
  const { window: w } = opts;
  const calendar = ical({
    name: icsText(opts.summary),
    prodId: { company: 'chicago-legislation-tracker', product: 'take-action', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    x: { 'X-WR-TIMEZONE': CHICAGO_TIME_ZONE },
  });
  const contact = [w.rule.phone, w.rule.email].filter(Boolean).join(' · ');
  calendar.createEvent({
    id: `comment-${w.rule.channel.toLowerCase()}-${opts.meetingId}-${opts.recordNumber}@chicago-legislation-tracker`,
    stamp: opts.now,
    start: w.opensAt,
    end: w.closesAt,
    summary: icsText(opts.summary),
    description: icsText([opts.how, contact, opts.url].filter(Boolean).join('\n\n')),
    url: opts.url,
  });
  return calendar.toString();
}
