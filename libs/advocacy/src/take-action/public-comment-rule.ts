import { addDays, chicagoDayOf, chicagoInstant, weekdayOf } from '@app/core';

export const COMMENT_CHANNELS = ['PHONE', 'IN_PERSON', 'WRITTEN'] as const;
export type CommentChannel = (typeof COMMENT_CHANNELS)[number];

/** A day counted from the meeting's (Chicago) day. */
export const DAY_ANCHORS = ['MEETING_DAY', 'DAY_BEFORE', 'MONDAY_BEFORE'] as const;
export type DayAnchor = (typeof DAY_ANCHORS)[number];

/**
 * One way to take part in a body's meetings, as the Council's rules (or organisers relaying them)
 * publish it: when requests open and close relative to the meeting, where to send them. Kept as
 * data (table `public_comment_rule`), editable by operators, with the day it was last checked.
 */
export interface PublicCommentRule {
  id: string;
  /** eLMS body name of the meetings it applies to ("City Council"). */
  bodyName: string;
  channel: CommentChannel;
  opensOn: DayAnchor;
  /** Chicago wall time "HH:MM". */
  opensAt: string;
  closesOn: DayAnchor;
  /** Chicago wall time "HH:MM"; null: when the meeting starts. */
  closesAt: string | null;
  phone: string | null;
  email: string | null;
  howEn: string;
  howEs: string;
  /** Where the rule was read (publication, toolkit), and the day it was checked against it. */
  source: string;
  checkedOn: string;
  sort: number;
}

export type WindowState = 'UPCOMING' | 'OPEN' | 'CLOSED';

export interface CommentWindow {
  rule: PublicCommentRule;
  opensAt: Date;
  closesAt: Date;
  state: WindowState;
}

function dayOf(anchor: DayAnchor, meetingDay: string): string {
  switch (anchor) {
    case 'MEETING_DAY':
      return meetingDay;
    case 'DAY_BEFORE':
      return addDays(meetingDay, -1);
    case 'MONDAY_BEFORE': {
      // The last Monday strictly before the meeting day (a week back for a Monday meeting).
      const back = (weekdayOf(meetingDay) + 6) % 7 || 7;
      return addDays(meetingDay, -back);
    }
  }
}

/** The windows the rules give for a meeting at `meetingStart`, in the rules' order, with their state at `now`. */
export function commentWindows(rules: PublicCommentRule[], meetingStart: Date, now: Date): CommentWindow[] {
  const day = chicagoDayOf(meetingStart);
  return [...rules]
    .sort((a, b) => a.sort - b.sort)
    .map((rule) => {
      const opensAt = chicagoInstant(dayOf(rule.opensOn, day), rule.opensAt);
      const closesAt = rule.closesAt === null ? meetingStart : chicagoInstant(dayOf(rule.closesOn, day), rule.closesAt);
      const state: WindowState = now < opensAt ? 'UPCOMING' : now < closesAt ? 'OPEN' : 'CLOSED';
      return { rule, opensAt, closesAt, state };
    });
}
