import { Injectable } from '@nestjs/common';
import { LegislationErrorCode, LegislationException } from '../legislation.exception';
import { FeedChangeRow, FeedRepository } from '../repositories/feed.repository';
import { normalizeRecordNumber } from '../types/clean.util';
import { RECORD_NUMBER } from './matter-query.service';

export interface FeedMatterRef {
  recordNumber: string;
  title: string | null;
}

/** A meeting whose agenda holds tracked matters (or the one matter asked for). */
export interface FeedMeeting {
  /** eLMS meetingId. */
  meetingId: string;
  bodyName: string | null;
  date: Date;
  location: string | null;
  publicCommentDeadline: Date | null;
  /** eLMS status, verbatim ("Scheduled", "Cancelled", "Rescheduled", …). */
  status: string | null;
  comment: string | null;
  /** The published agenda document, when eLMS lists one. */
  agendaUrl: string | null;
  /** In agenda order, each record number once. */
  matters: FeedMatterRef[];
}

/** One change to a tracked matter: an action, or a placement on a meeting's agenda. */
export type FeedChange = FeedChangeRow;

/**
 * @description Reads behind the calendar and Atom feeds: meetings with tracked matters on their
 * agendas (or one matter's meetings, tracked or not), and the newest changes to tracked matters.
 */
@Injectable()
export class FeedQueryService {
  constructor(private readonly feeds: FeedRepository) {}

  /**
   * Meetings dated from `from` whose agenda names a tracked matter, or, with `recordNumber`, that
   * matter (tracked or not). Throws INVALID_RECORD_NUMBER for a malformed record number and
   * MATTER_NOT_FOUND for one that names neither a stored matter nor an agenda item.
   */
  async meetingsWithTrackedMatters(opts: { recordNumber?: string; from: Date }): Promise<FeedMeeting[]> {
    let recordNumber: string | null = null;
    if (opts.recordNumber !== undefined) {
      recordNumber = normalizeRecordNumber(opts.recordNumber);
      if (!RECORD_NUMBER.test(recordNumber)) {
        throw new LegislationException(
          LegislationErrorCode.INVALID_RECORD_NUMBER,
          `"${opts.recordNumber}" is not a record number (expected e.g. O2023-0004222)`,
          {
            recordNumber: opts.recordNumber,
          },
        );
      }
      if (!(await this.feeds.isKnownRecordNumber(recordNumber))) {
        throw new LegislationException(LegislationErrorCode.MATTER_NOT_FOUND, `No matter with record number ${recordNumber}`, {
          recordNumber,
        });
      }
    }
    const rows = await this.feeds.meetingItems({ recordNumber, from: opts.from });
    const byMeeting = new Map<string, FeedMeeting>();
    for (const r of rows) {
      let meeting = byMeeting.get(r.meetingRowId);
      if (!meeting) {
        meeting = {
          meetingId: r.meetingId,
          bodyName: r.bodyName,
          date: r.date,
          location: r.location,
          publicCommentDeadline: r.publicCommentDeadline,
          status: r.status,
          comment: r.comment,
          agendaUrl: r.agendaUrl,
          matters: [],
        };
        byMeeting.set(r.meetingRowId, meeting);
      }
      if (!meeting.matters.some((m) => m.recordNumber === r.recordNumber))
        meeting.matters.push({ recordNumber: r.recordNumber, title: r.title });
    }
    return [...byMeeting.values()];
  }

  /** The newest `limit` changes to tracked matters (actions and agenda placements), newest first. */
  async recentChangesToTrackedMatters(limit: number): Promise<FeedChange[]> {
    const rows = await this.feeds.recentChangesToTrackedMatters(Math.max(1, Math.min(500, Math.floor(limit))));
    return rows.map((r) => ({
      kind: r.kind,
      key: r.key,
      date: r.date,
      recordNumber: r.recordNumber,
      title: r.title,
      actionName: r.actionName,
      actionText: r.actionText,
      byName: r.byName,
      meetingId: r.meetingId,
      meetingBody: r.meetingBody,
      meetingDate: r.meetingDate,
      location: r.location,
      publicCommentDeadline: r.publicCommentDeadline,
    }));
  }
}
