import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chunk } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';

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

/** What a matter's next step shows of a meeting. */
export type NextMeetingRow = Pick<
  AgendaPlacementRow,
  'meetingId' | 'meetingDate' | 'body' | 'location' | 'publicCommentDeadline' | 'meetingStatus'
>;

/**
 * `links(rn, related)`: the substitute-chain links of the record numbers in `$1` (text[]) that name a stored
 * matter, for a `WITH` clause.
 */
const CHAIN_LINKS = `src AS (SELECT record_number AS rn, original_record_number AS orig, superseded_by AS sup, relations FROM matter WHERE record_number = ANY($1::text[])),
  links AS (
    SELECT rn, related FROM (
      SELECT src.rn, m.record_number AS related FROM src JOIN matter m ON m.original_record_number = src.rn
      UNION ALL SELECT src.rn, src.orig FROM src WHERE src.orig IS NOT NULL
      UNION ALL SELECT src.rn, src.sup FROM src WHERE src.sup IS NOT NULL
      UNION ALL SELECT src.rn, r FROM src, unnest(src.relations) AS r
      UNION ALL SELECT src.rn, m.record_number FROM src JOIN matter m ON m.relations @> ARRAY[src.rn]
    ) l
    WHERE related <> rn AND EXISTS (SELECT 1 FROM matter x WHERE x.record_number = related))`;

/** Reads that place matters in meetings: Rule 41 notices (meeting files) and agenda items. `tx` reads inside a write transaction. */
@Injectable()
export class LifecycleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * eLMS files a Rule 41 notice as a meeting file named after the matter
   * ("Rule 41 Hadden O2026-0024083_1 (1).pdf"), not as an action. The `~*` condition is the predicate of the
   * partial index meeting_file_rule41_idx, spelled the same so the planner reads the index, not every file.
   */
  async rule41NoticesByRecordNumbers(recordNumbers: string[], tx?: EntityManager): Promise<MeetingFileNoticeRow[]> {
    const out: MeetingFileNoticeRow[] = [];
    for (const part of chunk(recordNumbers, 1000)) {
      const rows = await (tx ?? this.dataSource.manager).query(
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

  async agendaPlacementsByRecordNumbers(recordNumbers: string[], tx?: EntityManager): Promise<AgendaPlacementRow[]> {
    const out: AgendaPlacementRow[] = [];
    for (const part of chunk(recordNumbers, 1000)) {
      const rows = await (tx ?? this.dataSource.manager).query(
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

  /**
   * Matters in the same substitute chain: originals, substitutes and eLMS relations, both ways.
   * One indexed look-up per kind of link (a single OR-join would scan every matter per number).
   */
  async relatedRecordNumbers(recordNumbers: string[], tx?: EntityManager): Promise<{ recordNumber: string; related: string }[]> {
    if (recordNumbers.length === 0) return [];
    return (tx ?? this.dataSource.manager).query(
      `WITH ${CHAIN_LINKS} SELECT DISTINCT rn AS "recordNumber", related FROM links ORDER BY 1, 2`,
      [recordNumbers],
    );
  }

  /**
   * Marks the stored stages of these matters and of their substitute chains (as stored now) stale, in one
   * statement: the write in `tx` may have changed what they derive from. Returns the record numbers marked.
   */
  async markChainsStale(recordNumbers: string[], tx: EntityManager): Promise<string[]> {
    if (recordNumbers.length === 0) return [];
    const [rows] = await tx.query(
      `WITH ${CHAIN_LINKS},
            targets AS (SELECT unnest($1::text[]) AS n UNION SELECT related FROM links)
       UPDATE matter m SET stage_rules = NULL FROM targets
        WHERE m.record_number = targets.n AND m.stage_rules IS NOT NULL
       RETURNING m.record_number AS "recordNumber"`,
      [recordNumbers],
    );
    return [...new Set<string>((rows ?? []).map((r: { recordNumber: string }) => r.recordNumber))];
  }
}
