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
    const rows: TrackingRuleEntity[] = await this.dataSource.query(
      `INSERT INTO tracking_rule (kind, value, note, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (kind, value) DO NOTHING
       RETURNING id, kind, value, note, created_by AS "createdBy", created_at AS "createdAt"`,
      [kind, value, note, createdBy],
    );
    return rows[0] ?? null;
  }

  async delete(id: string): Promise<boolean> {
    const res = await this.dataSource.manager.delete(TrackingRuleEntity, { id });
    return (res.affected ?? 0) > 0;
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
}
