import { titleNamesChapterSql } from '@app/legislation';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface CouncilActionOnDay {
  matterId: string;
  recordNumber: string;
  title: string | null;
  /** The Chicago day of the action, YYYY-MM-DD. */
  day: string;
  actionName: string | null;
}

/** The matters behind a section's history notes: read from the legislative record, never written. */
@Injectable()
export class SectionHistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * City Council actions on any of `days` (Chicago calendar days) of matters whose title or a read file names
   * `chapter` (2-173 also in "2-173-020"). The caller keeps the ones that passed. Uses the partial index on
   * Council actions by date: one range per day.
   */
  councilActionsOn(chapter: string, days: readonly string[]): Promise<CouncilActionOnDay[]> {
    if (days.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT m.id AS "matterId", m.record_number AS "recordNumber", m.title, d.day::text AS day, a.action_name AS "actionName"
         FROM unnest($1::date[]) AS d(day)
         JOIN matter_action a
           ON a.action_by_name = 'City Council'
          AND a.action_date >= (d.day::timestamp AT TIME ZONE 'America/Chicago')
          AND a.action_date < ((d.day + 1)::timestamp AT TIME ZONE 'America/Chicago')
         JOIN matter m ON m.id = a.matter_id
        WHERE ${titleNamesChapterSql('m.title', '$2')}
           OR EXISTS (SELECT 1 FROM matter_document f WHERE f.matter_id = m.id AND ${titleNamesChapterSql('f.plain_text', '$2')})
        ORDER BY d.day DESC, m.record_number, a.ordinal`,
      [days, chapter],
    );
  }
}
