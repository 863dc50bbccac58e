import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AlertFrequency, AlertKind, AlertLanguage } from '../alerts.types';

export interface AlertSubscriptionRow {
  id: string;
  /** Sealed (SecretBox). */
  email: string;
  kind: AlertKind;
  value: string;
  frequency: AlertFrequency;
  language: AlertLanguage;
  status: 'pending' | 'active';
  /** Sealed; null once confirmed. */
  confirmToken: string | null;
  /** Sealed. */
  unsubscribeToken: string;
  createdAt: Date;
  confirmedAt: Date | null;
}

const COLUMNS = `id, email, kind, value, frequency, language, status, confirm_token AS "confirmToken", unsubscribe_token AS "unsubscribeToken",
  created_at AS "createdAt", confirmed_at AS "confirmedAt"`;

@Injectable()
export class AlertSubscriptionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A new pending sign-up with its confirmation message, in one transaction. Signing up again while pending
   * replaces the confirmation link (and settings) and sends a new one; an active subscription is left alone
   * and null is returned, so the caller sends nothing.
   */
  async upsertPending(
    s: Omit<AlertSubscriptionRow, 'id' | 'status' | 'createdAt' | 'confirmedAt'> & { emailHash: string },
    now: Date,
  ): Promise<{ id: string } | null> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO email_alert_subscription (email, email_hash, kind, value, frequency, language, confirm_token, unsubscribe_token, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (email_hash, kind, value) DO UPDATE
           SET email = EXCLUDED.email, frequency = EXCLUDED.frequency, language = EXCLUDED.language,
               confirm_token = EXCLUDED.confirm_token, created_at = EXCLUDED.created_at
           WHERE email_alert_subscription.status = 'pending'
         RETURNING id`,
        [s.email, s.emailHash, s.kind, s.value, s.frequency, s.language, s.confirmToken, s.unsubscribeToken, now],
      );
      if (!row) return null;
      await tx.query(
        `INSERT INTO email_alert_message (subscription_id, kind, next_attempt_at, created_at) VALUES ($1, 'confirm', $2, $2)`,
        [row.id, now],
      );
      return { id: row.id as string };
    });
  }

  /** Notes a sign-up request and counts those of the address and of the client since `since`, this one included. */
  async noteSignup(emailHash: string, clientHash: string, now: Date, since: Date): Promise<{ byAddress: number; byClient: number }> {
    await this.dataSource.query(`INSERT INTO email_alert_signup (email_hash, client_hash, created_at) VALUES ($1, $2, $3)`, [
      emailHash,
      clientHash,
      now,
    ]);
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email_hash = $1)::int AS "byAddress", count(*) FILTER (WHERE client_hash = $2)::int AS "byClient"
         FROM email_alert_signup WHERE created_at > $3 AND (email_hash = $1 OR client_hash = $2)`,
      [emailHash, clientHash, since],
    );
    return row;
  }

  async find(id: string): Promise<AlertSubscriptionRow | null> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM email_alert_subscription WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** Pending → active; false if it was not pending (already confirmed, or gone). */
  async confirm(id: string, now: Date): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      `UPDATE email_alert_subscription SET status = 'active', confirmed_at = $2, confirm_token = NULL WHERE id = $1 AND status = 'pending'`,
      [id, now],
    );
    return count > 0;
  }

  /** Unsubscribing deletes the row, its queued messages and their log: nothing of the address is kept. */
  async delete(id: string): Promise<boolean> {
    const [, count] = await this.dataSource.query(`DELETE FROM email_alert_subscription WHERE id = $1`, [id]);
    return count > 0;
  }

  /** Active subscriptions, for matching events (no address: matching does not need it). */
  listActive(): Promise<Pick<AlertSubscriptionRow, 'id' | 'kind' | 'value' | 'frequency' | 'confirmedAt'>[]> {
    return this.dataSource.query(
      `SELECT id, kind, value, frequency, confirmed_at AS "confirmedAt" FROM email_alert_subscription WHERE status = 'active'`,
    );
  }

  /** Retention: unconfirmed sign-ups older than `unconfirmedBefore`, rate-limit notes older than `signupsBefore`. */
  async prune(unconfirmedBefore: Date, signupsBefore: Date): Promise<{ unconfirmed: number; signups: number }> {
    const [, unconfirmed] = await this.dataSource.query(
      `DELETE FROM email_alert_subscription WHERE status = 'pending' AND created_at < $1`,
      [unconfirmedBefore],
    );
    const [, signups] = await this.dataSource.query(`DELETE FROM email_alert_signup WHERE created_at < $1`, [signupsBefore]);
    return { unconfirmed, signups };
  }
}
