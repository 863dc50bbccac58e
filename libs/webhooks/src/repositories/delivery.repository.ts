import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface OutboxEventRow {
  id: string;
  type: string;
  subject: string | null;
  body: string;
}

export interface ClaimedDelivery {
  id: string;
  subscriptionId: string;
  messageId: string;
  attempts: number;
  url: string;
  secret: string;
  bodyFormat: 'standard' | 'slack';
  eventType: string;
  body: string;
}

export interface DeliveryRow {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  messageId: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

@Injectable()
export class DeliveryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Fans undispatched events out to deliveries in one transaction, locking the events it takes
   * (SKIP LOCKED), so several workers never dispatch the same event twice.
   */
  async dispatch(limit: number, now: Date, targets: (e: OutboxEventRow) => string[]): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const events: OutboxEventRow[] = await tx.query(
        `SELECT id, type, subject, body FROM outbox_event WHERE dispatched_at IS NULL ORDER BY occurred_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      let created = 0;
      for (const e of events) {
        const subscriptionIds = targets(e);
        if (subscriptionIds.length) {
          // One webhook-id per (event, subscription), fixed here: retries and redeliveries reuse it.
          const rows = await tx.query(
            `INSERT INTO webhook_delivery (subscription_id, event_id, message_id, next_attempt_at)
             SELECT s, $2::uuid, m, $4 FROM unnest($1::uuid[], $3::text[]) AS t(s, m)
             ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING id`,
            [subscriptionIds, e.id, subscriptionIds.map(() => `msg_${randomBytes(16).toString('hex')}`), now],
          );
          created += rows.length;
        }
        await tx.query(`UPDATE outbox_event SET dispatched_at = $2 WHERE id = $1`, [e.id, now]);
      }
      return created;
    });
  }

  /**
   * Claims due deliveries for this worker: pending ones whose time has come, and in-flight ones whose
   * worker died (lease expired). The claim commits before sending, so no two workers send the same attempt;
   * the lease (see attemptLeaseMs) outlasts the attempt, so a live worker's claim never expires mid-send.
   */
  async claimDue(limit: number, now: Date, leaseMs: number): Promise<ClaimedDelivery[]> {
    const [rows] = await this.dataSource.query(
      `UPDATE webhook_delivery d SET status = 'in_flight', attempts = d.attempts + 1, locked_until = $2::timestamptz + ($3 || ' milliseconds')::interval
         FROM (SELECT w.id FROM webhook_delivery w JOIN webhook_subscription s ON s.id = w.subscription_id
                WHERE s.status = 'active'
                  AND ((w.status = 'pending' AND w.next_attempt_at <= $2) OR (w.status = 'in_flight' AND w.locked_until < $2))
                ORDER BY w.next_attempt_at LIMIT $1 FOR UPDATE OF w SKIP LOCKED) due,
              webhook_subscription s, outbox_event e
        WHERE d.id = due.id AND s.id = d.subscription_id AND e.id = d.event_id
        RETURNING d.id, d.subscription_id AS "subscriptionId", d.message_id AS "messageId", d.attempts, s.url, s.secret, s.body_format AS "bodyFormat",
                  e.type AS "eventType", e.body`,
      [limit, now, String(leaseMs)],
    );
    return rows;
  }

  async recordAttempt(
    deliveryId: string,
    attempt: number,
    startedAt: Date,
    result: { status: number | null; latencyMs: number; responseSnippet: string; error: string | null },
    outcome: { status: 'succeeded' | 'pending' | 'dead'; nextAttemptAt: Date | null; deliveredAt: Date | null },
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO webhook_delivery_attempt (delivery_id, attempt, started_at, status_code, latency_ms, response_snippet, error) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [deliveryId, attempt, startedAt, result.status, Math.round(result.latencyMs), result.responseSnippet, result.error],
      );
      // Only the holder of this attempt's claim settles the row: a worker whose lease was taken over
      // (it stalled past the lease) logs its attempt but cannot overwrite the newer attempt's outcome.
      await tx.query(
        `UPDATE webhook_delivery SET status = $2, next_attempt_at = $3, delivered_at = $4, locked_until = NULL, last_status_code = $5, last_error = $6
          WHERE id = $1 AND attempts = $7 AND status = 'in_flight'`,
        [deliveryId, outcome.status, outcome.nextAttemptAt, outcome.deliveredAt, result.status, result.error, attempt],
      );
    });
  }

  /**
   * Bounds the queue of a subscription that is not sending (paused or disabled): beyond the newest
   * `keep` waiting deliveries, the older ones are marked dead with the reason. Returns how many.
   */
  async dropOverflow(subscriptionIds: string[], keep: number): Promise<number> {
    if (subscriptionIds.length === 0) return 0;
    const [, count] = await this.dataSource.query(
      `UPDATE webhook_delivery SET status = 'dead', next_attempt_at = NULL, last_error = 'dropped: paused queue full (WEBHOOK_PAUSED_QUEUE_LIMIT)'
        WHERE id IN (SELECT id FROM (SELECT d.id, row_number() OVER (PARTITION BY d.subscription_id ORDER BY e.occurred_at DESC, d.created_at DESC, d.id DESC) AS n
                                       FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id
                                      WHERE d.subscription_id = ANY($1::uuid[]) AND d.status = 'pending') q WHERE q.n > $2)`,
      [subscriptionIds, keep],
    );
    return count;
  }

  /** Waiting deliveries of a subscription whose event occurred before `before` give up (kept no longer than the retry window). */
  async expireQueued(subscriptionId: string, before: Date): Promise<number> {
    const [, count] = await this.dataSource.query(
      `UPDATE webhook_delivery SET status = 'dead', next_attempt_at = NULL, last_error = 'expired: queued longer than the retry window while disabled'
        WHERE subscription_id = $1 AND status = 'pending' AND event_id IN (SELECT id FROM outbox_event WHERE occurred_at < $2)`,
      [subscriptionId, before],
    );
    return count;
  }

  /** When the delivery's first attempt started (null before any). */
  async firstAttemptAt(deliveryId: string): Promise<Date | null> {
    const [row] = await this.dataSource.query(`SELECT min(started_at) AS at FROM webhook_delivery_attempt WHERE delivery_id = $1`, [
      deliveryId,
    ]);
    return row?.at ? new Date(row.at) : null;
  }

  /** Queue a delivery again (same webhook-id), e.g. after the receiver fixed a bug. */
  async redeliver(deliveryId: string, now: Date): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      `UPDATE webhook_delivery SET status = 'pending', next_attempt_at = $2, locked_until = NULL WHERE id = $1`,
      [deliveryId, now],
    );
    return count > 0;
  }

  listBySubscription(subscriptionId: string, limit: number): Promise<DeliveryRow[]> {
    return this.dataSource.query(
      `SELECT d.id, d.subscription_id AS "subscriptionId", d.event_id AS "eventId", e.type AS "eventType", d.message_id AS "messageId", d.status, d.attempts,
              d.next_attempt_at AS "nextAttemptAt", d.last_status_code AS "lastStatusCode", d.last_error AS "lastError", d.created_at AS "createdAt", d.delivered_at AS "deliveredAt"
         FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id WHERE d.subscription_id = $1 ORDER BY d.created_at DESC LIMIT $2`,
      [subscriptionId, limit],
    );
  }

  /** A test ping: an event for this subscription only, delivered like any other. */
  async enqueuePing(subscriptionId: string, body: string, now: Date): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      const [event] = await tx.query(
        `INSERT INTO outbox_event (type, dedup_key, subject, body, occurred_at, dispatched_at) VALUES ('webhook.test', $1, $2, $3, $4, $4) RETURNING id`,
        [`webhook.test:${subscriptionId}:${now.toISOString()}:${randomBytes(4).toString('hex')}`, subscriptionId, body, now],
      );
      const [d] = await tx.query(
        `INSERT INTO webhook_delivery (subscription_id, event_id, message_id, next_attempt_at) VALUES ($1, $2, $3, $4) RETURNING id`,
        [subscriptionId, event.id, `msg_${randomBytes(16).toString('hex')}`, now],
      );
      return d.id;
    });
  }
}
