import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface ScheduledVoteRow {
  recordNumber: string;
  matterId: string;
  title: string | null;
  meetingId: string;
  body: string | null;
  date: Date;
  location: string | null;
  publicCommentDeadline: Date | null;
}

export interface Rule41FileRow {
  recordNumber: string;
  matterId: string;
  title: string | null;
  meetingId: string;
  body: string | null;
  date: Date | null;
  fileName: string;
  url: string | null;
}

/**
 * Reads, inside the write transaction, what a just-written meeting means for tracked matters. "Tracked" is
 * `matter.tracked`, which the row's own trigger sets from RULE_MATCHES_MATTER as it is written (migration
 * MatterTrackedFlag): the matters are filtered on their row before any join, where testing every rule on
 * every joined roll-call row cost a backfill ~5 ms a step.
 */
@Injectable()
export class MatterEventsRepository {
  async scheduledVotes(meetingRowIds: string[], now: Date, tx: EntityManager): Promise<ScheduledVoteRow[]> {
    if (meetingRowIds.length === 0) return [];
    return tx.query(
      `SELECT DISTINCT m.record_number AS "recordNumber", m.matter_id AS "matterId", m.title, mt.meeting_id AS "meetingId",
              mt.body_name AS body, mt.date, mt.location, mt.public_comment_deadline AS "publicCommentDeadline"
         FROM meeting_agenda_item i
         JOIN meeting mt ON mt.id = i.meeting_id
         JOIN matter m ON m.record_number = i.record_number
        WHERE mt.id = ANY($1::uuid[]) AND mt.date > $2 AND coalesce(mt.status, '') NOT ILIKE '%cancel%'
          AND m.tracked`,
      [meetingRowIds, now],
    );
  }

  /** The `~*` condition is meeting_file_rule41_idx's predicate, spelled the same (see LifecycleRepository). */
  async rule41Files(meetingRowIds: string[], tx: EntityManager): Promise<Rule41FileRow[]> {
    if (meetingRowIds.length === 0) return [];
    return tx.query(
      `SELECT DISTINCT m.record_number AS "recordNumber", m.matter_id AS "matterId", m.title, mt.meeting_id AS "meetingId",
              mt.body_name AS body, mt.date, f.file_name AS "fileName", f.path AS url
         FROM meeting_file f
         JOIN meeting mt ON mt.id = f.meeting_id
         JOIN matter m ON f.file_name ~* 'rule\\s*41' AND upper(f.file_name) LIKE '%' || m.record_number || '%'
        WHERE mt.id = ANY($1::uuid[])
          AND m.tracked`,
      [meetingRowIds],
    );
  }

  /** Roll calls of tracked matters among the given matter rows. */
  async rollCalls(
    matterRowIds: string[],
    tx: EntityManager,
  ): Promise<
    {
      recordNumber: string;
      matterId: string;
      title: string | null;
      actionId: string;
      historyId: string | null;
      actionName: string | null;
      actionDate: Date | null;
      votes: { voterName: string | null; vote: string | null; personId: string | null }[];
    }[]
  > {
    if (matterRowIds.length === 0) return [];
    return tx.query(
      `SELECT m.record_number AS "recordNumber", m.matter_id AS "matterId", m.title, a.id AS "actionId", a.history_id AS "historyId",
              a.action_name AS "actionName", a.action_date AS "actionDate",
              json_agg(json_build_object('voterName', v.voter_name, 'vote', v.vote, 'personId', v.person_id) ORDER BY v.ordinal) AS votes
         FROM matter m JOIN matter_action a ON a.matter_id = m.id JOIN action_vote v ON v.action_id = a.id
        WHERE m.id = ANY($1::uuid[]) AND m.tracked
        GROUP BY m.id, a.id`,
      [matterRowIds],
    );
  }

  /** Legislation attachments of tracked matters among the given rows (the text a redline is built from). */
  async legislationTexts(
    matterRowIds: string[],
    tx: EntityManager,
  ): Promise<
    {
      recordNumber: string;
      matterId: string;
      title: string | null;
      originalRecordNumber: string | null;
      files: { fileName: string | null; url: string | null }[];
    }[]
  > {
    if (matterRowIds.length === 0) return [];
    return tx.query(
      `SELECT m.record_number AS "recordNumber", m.matter_id AS "matterId", m.title, m.original_record_number AS "originalRecordNumber",
              json_agg(json_build_object('fileName', f.file_name, 'url', f.path) ORDER BY f.path) AS files
         FROM matter m JOIN matter_attachment f ON f.matter_id = m.id AND f.attachment_type ILIKE 'legislation'
        WHERE m.id = ANY($1::uuid[]) AND m.tracked
        GROUP BY m.id`,
      [matterRowIds],
    );
  }

  /** Cancelled or rescheduled meetings among the given rows that have tracked matters on their agenda. */
  async changedMeetings(
    meetingRowIds: string[],
    tx: EntityManager,
  ): Promise<
    { meetingId: string; body: string | null; date: Date | null; status: string; location: string | null; recordNumbers: string[] }[]
  > {
    if (meetingRowIds.length === 0) return [];
    return tx.query(
      `SELECT mt.meeting_id AS "meetingId", mt.body_name AS body, mt.date, mt.status, mt.location, array_agg(DISTINCT m.record_number) AS "recordNumbers"
         FROM meeting mt JOIN meeting_agenda_item i ON i.meeting_id = mt.id JOIN matter m ON m.record_number = i.record_number
        WHERE mt.id = ANY($1::uuid[]) AND (mt.status ILIKE '%cancel%' OR mt.status ILIKE '%reschedul%')
          AND m.tracked
        GROUP BY mt.id`,
      [meetingRowIds],
    );
  }

  /** The titles of those of these matters a tracking rule matches, by row id. */
  async trackedMatterTitles(matterRowIds: string[], tx: EntityManager): Promise<Map<string, string>> {
    if (matterRowIds.length === 0) return new Map();
    const rows: { id: string; title: string | null }[] = await tx.query(
      `SELECT m.id, m.title FROM matter m WHERE m.id = ANY($1::uuid[]) AND m.tracked`,
      [matterRowIds],
    );
    return new Map(rows.map((r) => [r.id, r.title ?? '']));
  }
}
