import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AlertFrequency, AlertKind, AlertLanguage } from '../alerts.types';

export interface AlertEventRow {
  id: string;
  type: string;
  body: string;
  occurredAt: Date;
}

/** Where an event goes: an instant message, or the subscription's next digest (sent at `digestAt`). */
export interface AlertTarget {
  subscriptionId: string;
  frequency: AlertFrequency;
}

export interface ClaimedAlertMessage {
  id: string;
  kind: 'confirm' | 'instant' | 'digest';
  attempts: number;
  eventIds: string[];
  subscriptionId: string;
  email: string;
  subscriptionKind: AlertKind;
  value: string;
  frequency: AlertFrequency;
  language: AlertLanguage;
  confirmToken: string | null;
  unsubscribeToken: string;
}

export interface AlertLogRow {
  messageId: string;
  kind: string;
  status: string;
  attempts: number;
  eventCount: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

@Injectable()
export class AlertMessageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes outbox events of `types` not yet taken (a row in email_alert_event claims each, so several workers
   * never take one twice; the outbox's own dispatched_at belongs to webhooks) and queues their messages, in one
   * transaction: one instant message per (event, subscription), or the event appended to the subscription's
   * pending digest due at `digestAt`. Only events since `since` are considered (the log's retention: older
   * marks are pruned, and no subscription confirmed before them).
   */
  async dispatch(
    types: readonly string[],
    limit: number,
    now: Date,
    since: Date,
    digestAt: Date,
    targets: (e: AlertEventRow) => AlertTarget[],
  ): Promise<{ events: number; messages: number }> {
    return this.dataSource.transaction(async (tx) => {
      const events: AlertEventRow[] = await tx.query(
        `WITH taken AS (
           INSERT INTO email_alert_event (event_id, taken_at)
           SELECT e.id, $3 FROM outbox_event e
            WHERE e.type = ANY($1::text[]) AND e.occurred_at > $4 AND NOT EXISTS (SELECT 1 FROM email_alert_event t WHERE t.event_id = e.id)
            ORDER BY e.occurred_at LIMIT $2
           ON CONFLICT (event_id) DO NOTHING RETURNING event_id)
         SELECT e.id, e.type, e.body, e.occurred_at AS "occurredAt" FROM outbox_event e JOIN taken ON taken.event_id = e.id ORDER BY e.occurred_at`,
        [types, limit, now, since],
      );
      let messages = 0;
      for (const e of events) {
        const to = targets(e);
        const instant = to.filter((t) => t.frequency === 'instant').map((t) => t.subscriptionId);
        const daily = to.filter((t) => t.frequency === 'daily').map((t) => t.subscriptionId);
        if (instant.length) {
          const rows = await tx.query(
            `INSERT INTO email_alert_message (subscription_id, kind, event_id, event_ids, next_attempt_at, created_at)
             SELECT s, 'instant', $2::uuid, ARRAY[$2::uuid], $3, $3 FROM unnest($1::uuid[]) AS s
             ON CONFLICT (subscription_id, event_id) WHERE kind = 'instant' DO NOTHING RETURNING id`,
            [instant, e.id, now],
          );
          messages += rows.length;
        }
        if (daily.length) {
          // A digest still pending gathers the event; one per subscription and send time.
          const rows = await tx.query(
            `INSERT INTO email_alert_message (subscription_id, kind, event_ids, digest_at, next_attempt_at, created_at)
             SELECT s, 'digest', ARRAY[$2::uuid], $3, $3, $4 FROM unnest($1::uuid[]) AS s
             ON CONFLICT (subscription_id, digest_at) WHERE kind = 'digest'
               DO UPDATE SET event_ids = email_alert_message.event_ids || EXCLUDED.event_ids
               WHERE email_alert_message.status = 'pending' AND NOT EXCLUDED.event_ids[1] = ANY(email_alert_message.event_ids)
             RETURNING id`,
            [daily, e.id, digestAt, now],
          );
          messages += rows.length;
        }
      }
      return { events: events.length, messages };
    });
  }

  /**
   * Claims due messages (pending and due, or in flight with an expired lease) of subscriptions that may be
   * written to: active ones, and pending ones for their confirmation. The lease outlasts one SMTP attempt.
   */
  async claimDue(limit: number, now: Date, leaseMs: number): Promise<ClaimedAlertMessage[]> {
    const [rows] = await this.dataSource.query(
      `UPDATE email_alert_message m SET status = 'in_flight', attempts = m.attempts + 1, locked_until = $2::timestamptz + ($3 || ' milliseconds')::interval
         FROM (SELECT x.id FROM email_alert_message x JOIN email_alert_subscription s ON s.id = x.subscription_id
                WHERE (s.status = 'active' OR x.kind = 'confirm')
                  AND ((x.status = 'pending' AND x.next_attempt_at <= $2) OR (x.status = 'in_flight' AND x.locked_until < $2))
                ORDER BY x.next_attempt_at LIMIT $1 FOR UPDATE OF x SKIP LOCKED) due,
              email_alert_subscription s
        WHERE m.id = due.id AND s.id = m.subscription_id
        RETURNING m.id, m.kind, m.attempts, m.event_ids AS "eventIds", s.id AS "subscriptionId", s.email, s.kind AS "subscriptionKind", s.value,
                  s.frequency, s.language, s.confirm_token AS "confirmToken", s.unsubscribe_token AS "unsubscribeToken"`,
      [limit, now, String(leaseMs)],
    );
    return rows;
  }

  /** The events a message carries, oldest first. */
  events(ids: string[]): Promise<AlertEventRow[]> {
    return this.dataSource.query(
      `SELECT id, type, body, occurred_at AS "occurredAt" FROM outbox_event WHERE id = ANY($1::uuid[]) ORDER BY occurred_at, id`,
      [ids],
    );
  }

  /** Logs the attempt and settles the message, unless another worker took it over meanwhile. */
  async recordAttempt(
    id: string,
    attempt: number,
    startedAt: Date,
    result: { ok: boolean; smtpResponse: string | null; error: string | null; smtpMessageId: string | null },
    outcome: { status: 'sent' | 'pending' | 'dead'; nextAttemptAt: Date | null; sentAt: Date | null },
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO email_alert_attempt (message_id, attempt, started_at, ok, smtp_response, error) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, attempt, startedAt, result.ok, result.smtpResponse, result.error],
      );
      await tx.query(
        `UPDATE email_alert_message SET status = $2, next_attempt_at = $3, sent_at = $4, locked_until = NULL, last_error = $5,
                smtp_message_id = coalesce($6, smtp_message_id)
          WHERE id = $1 AND attempts = $7 AND status = 'in_flight'`,
        [id, outcome.status, outcome.nextAttemptAt, outcome.sentAt, result.error, result.smtpMessageId, attempt],
      );
    });
  }

  /** The delivery log, newest first: what was sent, what failed and why (never an address). */
  log(limit: number): Promise<AlertLogRow[]> {
    return this.dataSource.query(
      `SELECT id AS "messageId", kind, status, attempts, cardinality(event_ids) AS "eventCount", last_error AS "lastError",
              created_at AS "createdAt", sent_at AS "sentAt"
         FROM email_alert_message ORDER BY created_at DESC, id LIMIT $1`,
      [limit],
    );
  }

  /** Counts for /metrics: messages by kind and status, and how many are due now. */
  async stats(now: Date): Promise<{ messages: { kind: string; status: string; n: number }[]; due: number }> {
    const messages = await this.dataSource.query(`SELECT kind, status, count(*)::int AS n FROM email_alert_message GROUP BY kind, status`);
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM email_alert_message WHERE status = 'pending' AND next_attempt_at <= $1`,
      [now],
    );
    return { messages, due: row.n };
  }

  /**
   * Retention: settled messages (and their attempts, by cascade) and the taken-event marks older than `before`
   * (dispatch never looks that far back, so a pruned mark never makes an event new again).
   */
  async prune(before: Date): Promise<number> {
    const [, messages] = await this.dataSource.query(
      `DELETE FROM email_alert_message WHERE status IN ('sent', 'dead') AND created_at < $1`,
      [before],
    );
    await this.dataSource.query(`DELETE FROM email_alert_event WHERE taken_at < $1`, [before]);
    return messages;
  }
}
