import { bumpDataVersion } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TrackingRuleEntity, TrackingRuleKind } from '../entities/tracking-rule.entity';
import { RULE_MATCHES_MATTER } from './tracking-match.sql';

@Injectable()
export class TrackingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<TrackingRuleEntity[]> {
    return this.dataSource.manager.find(TrackingRuleEntity, { order: { kind: 'ASC', value: 'ASC' } });
  }

  /** Returns null when an identical rule exists. */
  async create(kind: TrackingRuleKind, value: string, note: string | null, createdBy: string): Promise<TrackingRuleEntity | null> {
    // What is tracked is public (pages, feeds, `tracked`): the rule and the data version commit together.
    return this.dataSource.transaction(async (tx) => {
      const rows: TrackingRuleEntity[] = await tx.query(
        `INSERT INTO tracking_rule (kind, value, note, created_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (kind, value) DO NOTHING
         RETURNING id, kind, value, note, created_by AS "createdBy", created_at AS "createdAt"`,
        [kind, value, note, createdBy],
      );
      if (rows.length) await bumpDataVersion(tx);
      return rows[0] ?? null;
    });
  }

  async delete(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const res = await tx.delete(TrackingRuleEntity, { id });
      if (!res.affected) return false;
      await bumpDataVersion(tx);
      return true;
    });
  }

  /** For each matter (row id), the rules that track it. */
  async rulesByMatterIds(ids: string[]): Promise<{ matterId: string; rule: TrackingRuleEntity }[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query(
      `SELECT m.id AS "matterId", r.id, r.kind, r.value, r.note, r.created_by AS "createdBy", r.created_at AS "createdAt"
         FROM matter m JOIN tracking_rule r ON ${RULE_MATCHES_MATTER}
        WHERE m.id = ANY($1::uuid[])
        ORDER BY r.kind, r.value`,
      [ids],
    );
    return rows.map((r: TrackingRuleEntity & { matterId: string }) => {
      const { matterId, ...rule } = r;
      return { matterId, rule };
    });
  }

  /**
   * Every record number the tracker watches: tracked matters (any rule), their relations (substitutes
   * not stored yet), and record-number rules whose matter is not stored yet. With the stored eLMS id
   * and lastPublicationDate, null when not stored.
   */
  async watchList(): Promise<{ recordNumber: string; matterId: string | null; lastPublicationDate: Date | null }[]> {
    return this.dataSource.query(
      `WITH tracked AS (
         SELECT DISTINCT m.id, m.record_number, m.matter_id, m.last_publication_date, m.relations
           FROM matter m JOIN tracking_rule r ON ${RULE_MATCHES_MATTER}
       ), wanted AS (
         SELECT record_number AS n FROM tracked
         UNION SELECT upper(trim(rel)) FROM tracked, unnest(tracked.relations) AS rel
         UNION SELECT upper(trim(value)) FROM tracking_rule WHERE kind = 'record_number'
       )
       SELECT w.n AS "recordNumber", m.matter_id AS "matterId", m.last_publication_date AS "lastPublicationDate"
         FROM wanted w LEFT JOIN LATERAL (
           SELECT matter_id, last_publication_date FROM matter WHERE record_number = w.n ORDER BY last_publication_date DESC NULLS LAST LIMIT 1
         ) m ON true
        WHERE w.n <> ''
        ORDER BY w.n`,
    );
  }
}
