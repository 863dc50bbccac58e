import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One agenda item of a meeting, with the meeting's own fields repeated (grouped by the service). */
export interface FeedMeetingItemRow {
  meetingRowId: string;
  meetingId: string;
  bodyName: string | null;
  date: Date;
  location: string | null;
  publicCommentDeadline: Date | null;
  status: string | null;
  comment: string | null;
  /** The published agenda document, when eLMS lists one. */
  agendaUrl: string | null;
  recordNumber: string;
  /** The stored matter's title, else the agenda's. */
  title: string | null;
}

export interface FeedChangeRow {
  kind: 'action' | 'agenda';
  /** Stable across re-syncs (child rows are rewritten with new uuids on every change, so not a row id). */
  key: string;
  date: Date;
  recordNumber: string;
  title: string | null;
  actionName: string | null;
  actionText: string | null;
  byName: string | null;
  meetingId: string | null;
  meetingBody: string | null;
  meetingDate: Date | null;
  location: string | null;
  publicCommentDeadline: Date | null;
}

/**
 * Matter m is tracked: some rule matches it. The flag the row's trigger keeps from RULE_MATCHES_MATTER (migration
 * MatterTrackedFlag), so the Atom feed reads the partial index of tracked matters: testing every rule on every
 * matter took it 480 ms at 200,000 matters.
 */
const TRACKED = 'm.tracked';

/** Reads behind the calendar (ICS) and Atom feeds. Meeting aliased `g`, matter `m`. */
@Injectable()
export class FeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Agenda items of meetings dated from `from` naming either a tracked matter (recordNumber null)
   * or the given record number (tracked or not), ordered by meeting date then agenda order.
   */
  meetingItems(opts: { recordNumber: string | null; from: Date }): Promise<FeedMeetingItemRow[]> {
    const which =
      opts.recordNumber === null
        ? `EXISTS (SELECT 1 FROM matter m WHERE m.record_number = i.record_number AND ${TRACKED})`
        : `i.record_number = $2`;
    return this.dataSource.query(
      `SELECT g.id AS "meetingRowId", g.meeting_id AS "meetingId", g.body_name AS "bodyName", g.date, g.location,
              g.public_comment_deadline AS "publicCommentDeadline", g.status, g.comment,
              (SELECT f.path FROM meeting_file f
                WHERE f.meeting_id = g.id AND f.attachment_type = 'Agenda' AND f.path IS NOT NULL AND f.path <> ''
                ORDER BY f.sort NULLS LAST, f.ordinal LIMIT 1) AS "agendaUrl",
              i.record_number AS "recordNumber",
              coalesce((SELECT mt.title FROM matter mt WHERE mt.record_number = i.record_number ORDER BY mt.last_publication_date DESC NULLS LAST LIMIT 1), i.matter_title) AS title
         FROM meeting_agenda_item i
         JOIN meeting g ON g.id = i.meeting_id
        WHERE g.date >= $1 AND i.record_number IS NOT NULL AND ${which}
        ORDER BY g.date, g.meeting_id, i.ordinal`,
      opts.recordNumber === null ? [opts.from] : [opts.from, opts.recordNumber],
    );
  }

  /** Whether a record number names a stored matter or an agenda item. */
  async isKnownRecordNumber(recordNumber: string): Promise<boolean> {
    const rows: { known: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM matter WHERE record_number = $1)
           OR EXISTS (SELECT 1 FROM meeting_agenda_item WHERE record_number = $1) AS known`,
      [recordNumber],
    );
    return rows[0]?.known === true;
  }

  /**
   * The newest changes to tracked matters: their actions (dated by the action) and their placements
   * on agendas (dated when the agenda was published, else when it was first stored), newest first.
   */
  recentChangesToTrackedMatters(limit: number): Promise<FeedChangeRow[]> {
    return this.dataSource.query(
      `WITH tracked AS (
         SELECT m.id, m.matter_id, m.record_number, m.title FROM matter m WHERE ${TRACKED}
       )
       SELECT * FROM (
         SELECT 'action' AS kind,
                'action:' || coalesce(a.history_id, t.matter_id || ':' || coalesce(a.sort::text, '') || ':' || a.ordinal::text) AS key,
                a.action_date AS date, t.record_number AS "recordNumber", t.title,
                a.action_name AS "actionName", a.action_text AS "actionText", a.action_by_name AS "byName",
                NULL::text AS "meetingId", NULL::text AS "meetingBody", NULL::timestamptz AS "meetingDate",
                NULL::text AS location, NULL::timestamptz AS "publicCommentDeadline", a.ordinal AS ord
           FROM tracked t JOIN matter_action a ON a.matter_id = t.id
          WHERE a.action_date IS NOT NULL
         UNION ALL
         (SELECT DISTINCT ON (g.id, t.record_number) 'agenda',
                'agenda:' || g.meeting_id || ':' || t.record_number,
                coalesce(g.last_publication_date, g.created_at), t.record_number, t.title,
                i.action_name, i.action_text, NULL,
                g.meeting_id, g.body_name, g.date, g.location, g.public_comment_deadline, i.ordinal
           FROM tracked t
           JOIN meeting_agenda_item i ON i.record_number = t.record_number
           JOIN meeting g ON g.id = i.meeting_id
          ORDER BY g.id, t.record_number, i.ordinal)
       ) c
       ORDER BY date DESC, kind, "recordNumber", ord DESC
       LIMIT $1`,
      [limit],
    );
  }
}
