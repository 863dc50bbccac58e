import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { WebhookBodyFormat } from '../delivery/chat-body';

export interface SubscriptionRow {
  id: string;
  url: string;
  eventTypes: string[];
  recordNumbers: string[];
  trackedOnly: boolean;
  chapter: string | null;
  bodyFormat: WebhookBodyFormat;
  secret: string;
  status: 'active' | 'paused' | 'disabled';
  disabledReason: string | null;
  failingSince: Date | null;
  createdBy: string | null;
  createdAt: Date;
}

const COLUMNS = `id, url, event_types AS "eventTypes", record_numbers AS "recordNumbers", tracked_only AS "trackedOnly", chapter, body_format AS "bodyFormat", secret, status,
  disabled_reason AS "disabledReason", failing_since AS "failingSince", created_by AS "createdBy", created_at AS "createdAt"`;

@Injectable()
export class SubscriptionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(s: Omit<SubscriptionRow, 'id' | 'status' | 'disabledReason' | 'failingSince' | 'createdAt'>): Promise<SubscriptionRow> {
    const [row] = await this.dataSource.query(
      `INSERT INTO webhook_subscription (url, event_types, record_numbers, tracked_only, chapter, body_format, secret, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [s.url, s.eventTypes, s.recordNumbers, s.trackedOnly, s.chapter, s.bodyFormat, s.secret, s.createdBy],
    );
    return row;
  }

  async find(id: string): Promise<SubscriptionRow | null> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM webhook_subscription WHERE id = $1`, [id]);
    return row ?? null;
  }

  list(): Promise<SubscriptionRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM webhook_subscription ORDER BY created_at`);
  }

  async update(
    id: string,
    set: { status?: string; secret?: string; disabledReason?: string | null; failingSince?: Date | null },
  ): Promise<SubscriptionRow | null> {
    const [rows] = await this.dataSource.query(
      `UPDATE webhook_subscription SET
          status = coalesce($2, status), secret = coalesce($3, secret),
          disabled_reason = CASE WHEN $4::boolean THEN $5 ELSE disabled_reason END,
          failing_since = CASE WHEN $6::boolean THEN $7::timestamptz ELSE failing_since END,
          updated_at = now()
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [
        id,
        set.status ?? null,
        set.secret ?? null,
        'disabledReason' in set,
        set.disabledReason ?? null,
        'failingSince' in set,
        set.failingSince ?? null,
      ],
    );
    return rows?.[0] ?? null;
  }

  /** Every stored (sealed or legacy plain) secret, for resealing at start. */
  listSecrets(): Promise<{ id: string; secret: string }[]> {
    return this.dataSource.query(`SELECT id, secret FROM webhook_subscription`);
  }

  /** Swaps a stored secret only if it is still `was` (another process may have resealed it). */
  async replaceSecret(id: string, was: string, sealed: string): Promise<boolean> {
    const [, count] = await this.dataSource.query(`UPDATE webhook_subscription SET secret = $3 WHERE id = $1 AND secret = $2`, [
      id,
      was,
      sealed,
    ]);
    return count > 0;
  }

  /** After a success: clears the failing state, writing nothing when there is none (the usual case). */
  async clearFailing(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_subscription SET failing_since = NULL, updated_at = now() WHERE id = $1 AND failing_since IS NOT NULL`,
      [id],
    );
  }

  async delete(id: string): Promise<boolean> {
    const [, count] = await this.dataSource.query(`DELETE FROM webhook_subscription WHERE id = $1`, [id]);
    return count > 0;
  }
}
