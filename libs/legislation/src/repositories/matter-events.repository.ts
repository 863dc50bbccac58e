import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RULE_MATCHES_MATTER } from './tracking-match.sql';

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

/** Reads, inside the write transaction, what a just-written meeting means for tracked matters. */
@Injectable()
export class MatterEventsRepository {
  async scheduledVotes(tx: EntityManager, meetingRowIds: string[], now: Date): Promise<ScheduledVoteRow[]> {
    if (meetingRowIds.length === 0) return [];
    return tx.query(
      `SELECT DISTINCT m.record_number AS "recordNumber", m.matter_id AS "matterId", m.title, mt.meeting_id AS "meetingId",
              mt.body_name AS body, mt.date, mt.location, mt.public_comment_deadline AS "publicCommentDeadline"
         FROM meeting_agenda_item i
         JOIN meeting mt ON mt.id = i.meeting_id
         JOIN matter m ON m.record_number = i.record_number
        WHERE mt.id = ANY($1::uuid[]) AND mt.date > $2 AND coalesce(mt.status, '') NOT ILIKE '%cancel%'
          AND EXISTS (SELECT 1 FROM tracking_rule r WHERE ${RULE_MATCHES_MATTER})`,
      [meetingRowIds, now],
    );
  }

  async rule41Files(tx: EntityManager, meetingRowIds: string[]): Promise<Rule41FileRow[]> {
    if (meetingRowIds.length === 0) return [];
    return tx.query(
      `SELECT DISTINCT m.record_number AS "recordNumber", m.matter_id AS "matterId", m.title, mt.meeting_id AS "meetingId",
              mt.body_name AS body, mt.date, f.file_name AS "fileName", f.path AS url
         FROM meeting_file f
         JOIN meeting mt ON mt.id = f.meeting_id
         JOIN matter m ON f.file_name ~* 'rule\\s*41' AND upper(f.file_name) LIKE '%' || m.record_number || '%'
        WHERE mt.id = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM tracking_rule r WHERE ${RULE_MATCHES_MATTER})`,
      [meetingRowIds],
    );
  }
}
