import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chunk } from '@app/core';
import { DataSource } from 'typeorm';

export interface MeetingFileNoticeRow {
  recordNumber: string;
  meetingId: string;
  meetingDate: Date | null;
  meetingBody: string | null;
  fileName: string;
  path: string | null;
  postedAt: Date | null;
}

export interface AgendaPlacementRow {
  recordNumber: string;
  matterId: string | null;
  meetingId: string;
  meetingDate: Date | null;
  body: string | null;
  location: string | null;
  publicCommentDeadline: Date | null;
  meetingStatus: string | null;
  actionName: string | null;
  sort: number | null;
  ordinal: number;
}

/** Reads that place matters in meetings: Rule 41 notices (meeting files) and agenda items. */
@Injectable()
export class LifecycleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * eLMS files a Rule 41 notice as a meeting file named after the matter
   * ("Rule 41 Hadden O2026-0024083_1 (1).pdf"), not as an action.
   */
  async rule41NoticesByRecordNumbers(recordNumbers: string[]): Promise<MeetingFileNoticeRow[]> {
    const out: MeetingFileNoticeRow[] = [];
    for (const part of chunk(recordNumbers, 1000)) {
      const rows = await this.dataSource.query(
        `SELECT rn AS "recordNumber", m.meeting_id AS "meetingId", m.date AS "meetingDate", m.body_name AS "meetingBody",
                f.file_name AS "fileName", f.path, m.created_at AS "postedAt"
           FROM unnest($1::text[]) AS rn
           JOIN meeting_file f ON f.file_name ~* 'rule\\s*41' AND upper(f.file_name) LIKE '%' || rn || '%'
           JOIN meeting m ON m.id = f.meeting_id
          ORDER BY m.date`,
        [part],
      );
      out.push(...rows);
    }
    return out;
  }

  async agendaPlacementsByRecordNumbers(recordNumbers: string[]): Promise<AgendaPlacementRow[]> {
    const out: AgendaPlacementRow[] = [];
    for (const part of chunk(recordNumbers, 1000)) {
      const rows = await this.dataSource.query(
        `SELECT i.record_number AS "recordNumber", i.matter_id AS "matterId", m.meeting_id AS "meetingId", m.date AS "meetingDate",
                m.body_name AS body, m.location, m.public_comment_deadline AS "publicCommentDeadline", m.status AS "meetingStatus",
                i.action_name AS "actionName", i.sort, i.ordinal
           FROM meeting_agenda_item i
           JOIN meeting m ON m.id = i.meeting_id
          WHERE i.record_number = ANY($1::text[])
          ORDER BY m.date, i.ordinal`,
        [part],
      );
      out.push(...rows);
    }
    return out;
  }

  /** Matters in the same substitute chain: originals, substitutes and eLMS relations, both ways. */
  async relatedRecordNumbers(recordNumbers: string[]): Promise<{ recordNumber: string; related: string }[]> {
    if (recordNumbers.length === 0) return [];
    return this.dataSource.query(
      `SELECT DISTINCT rn AS "recordNumber", m.record_number AS related
         FROM unnest($1::text[]) AS rn
         JOIN matter src ON src.record_number = rn
         JOIN matter m ON m.record_number <> rn AND (
              m.original_record_number = rn OR m.record_number = src.original_record_number
           OR m.record_number = ANY(src.relations) OR rn = ANY(m.relations)
           OR (src.superseded_by IS NOT NULL AND m.record_number = src.superseded_by))
        ORDER BY 1, 2`,
      [recordNumbers],
    );
  }
}
