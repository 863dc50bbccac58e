import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chunk } from '@app/core';
import { DataSource } from 'typeorm';
import { DataQualityKind, DataQualityNote, FINAL_RESULT_ACTION_NAMES, INTRODUCTION_ACTION_NAMES } from '../lifecycle/data-quality';

const DAY_LOCAL = `to_char(%s AT TIME ZONE 'America/Chicago', 'YYYY-MM-DD')`;
const day = (col: string) => DAY_LOCAL.replace('%s', col);
const actionLabel = `coalesce(a.action_name, 'An action')`;

/**
 * The anomaly rules of DataQualityKind, in SQL over the stored rows, so they are always current and
 * cost one query per page of matters. Dates are read as Chicago days.
 */
const NOTES_SQL = `
  SELECT a.matter_id AS "matterId", '${DataQualityKind.ACTION_WITHOUT_DATE}' AS kind, ${actionLabel} || ' has no date' AS detail
    FROM matter_action a WHERE a.matter_id = ANY($1::uuid[]) AND a.action_date IS NULL
  UNION ALL
  SELECT a.matter_id, '${DataQualityKind.ACTION_WITHOUT_BODY}', ${actionLabel} || coalesce(' of ' || ${day('a.action_date')}, '') || ' names no acting body'
    FROM matter_action a WHERE a.matter_id = ANY($1::uuid[]) AND a.action_by_name IS NULL
  UNION ALL
  SELECT a.matter_id, '${DataQualityKind.DUPLICATE_ACTION}', ${actionLabel} || coalesce(' of ' || ${day('a.action_date')}, '') || ' is listed ' || count(*) || ' times'
    FROM matter_action a WHERE a.matter_id = ANY($1::uuid[])
   GROUP BY a.matter_id, a.action_name, a.action_date, a.action_by_name HAVING count(*) > 1
  UNION ALL
  SELECT a.matter_id, '${DataQualityKind.INTRODUCED_AFTER_LATER_STEP}',
         ${actionLabel} || ' is dated ' || ${day('a.action_date')} || ', after ' || coalesce(first.action_name, 'another step') || ' of ' || ${day('first.action_date')}
    FROM matter_action a
    JOIN LATERAL (
      SELECT o.action_name, o.action_date FROM matter_action o
       WHERE o.matter_id = a.matter_id AND o.action_date IS NOT NULL AND NOT (lower(coalesce(o.action_name, '')) = ANY($2::text[]))
       ORDER BY o.action_date, o.ordinal LIMIT 1
    ) first ON true
   WHERE a.matter_id = ANY($1::uuid[]) AND lower(coalesce(a.action_name, '')) = ANY($2::text[]) AND a.action_date > first.action_date
  UNION ALL
  SELECT a.matter_id, '${DataQualityKind.ACTION_DATE_NOT_MEETING_DATE}',
         ${actionLabel} || ' is dated ' || ${day('a.action_date')} || ' but names the meeting of ' || ${day('mt.date')}
    FROM matter_action a JOIN meeting mt ON mt.meeting_id = a.meeting_id
   WHERE a.matter_id = ANY($1::uuid[]) AND a.action_date IS NOT NULL AND mt.date IS NOT NULL
     AND abs(extract(epoch FROM (a.action_date - mt.date))) > 129600
  UNION ALL
  SELECT m.id, '${DataQualityKind.AGENDA_RESULT_WITHOUT_ACTION}',
         'The agenda of ' || coalesce(mt.body_name, 'a meeting') || ' on ' || ${day('mt.date')} || ' records ' || ai.action_name || ', which no action of the matter shows'
    FROM matter m
    JOIN meeting_agenda_item ai ON upper(trim(ai.record_number)) = m.record_number
    JOIN meeting mt ON mt.id = ai.meeting_id
   WHERE m.id = ANY($1::uuid[]) AND lower(coalesce(ai.action_name, '')) = ANY($3::text[]) AND mt.date <= $4
     AND NOT EXISTS (SELECT 1 FROM matter_action a WHERE a.matter_id = m.id AND lower(a.action_name) = lower(ai.action_name))
  UNION ALL
  SELECT m.id, '${DataQualityKind.NO_TEXT_DOCUMENT}', 'No Legislation attachment: the text of this ordinance is not published'
    FROM matter m
   WHERE m.id = ANY($1::uuid[]) AND m.type ILIKE 'ordinance%'
     AND NOT EXISTS (SELECT 1 FROM matter_attachment t WHERE t.matter_id = m.id AND t.attachment_type ILIKE 'legislation')
`;

@Injectable()
export class DataQualityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async notesByMatterIds(ids: string[], now: Date): Promise<DataQualityNote[]> {
    const out: DataQualityNote[] = [];
    for (const part of chunk(ids, 1000)) {
      out.push(
        ...(await this.dataSource.query(`SELECT * FROM (${NOTES_SQL}) n ORDER BY "matterId", kind, detail`, [
          part,
          INTRODUCTION_ACTION_NAMES,
          FINAL_RESULT_ACTION_NAMES,
          now,
        ])),
      );
    }
    return out;
  }
}
