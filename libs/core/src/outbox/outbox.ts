import type { EntityManager } from 'typeorm';

export interface OutboxEventInput {
  /** A dotted `domain.event` name; each emitting library keeps its names (legislation's LEGISLATION_EVENTS). */
  type: string;
  /** Same key, same event: writing it again is a no-op, so a replayed change fires nothing. */
  dedupKey: string;
  subject: string;
  data: Record<string, unknown>;
  occurredAt: Date;
}

/**
 * Writes events in the caller's transaction, next to the change that causes them, so an event is
 * never emitted for a change that rolled back nor lost for one that committed. The body is
 * serialised here, once: deliveries send exactly these bytes.
 */
export async function writeOutboxEvents(events: OutboxEventInput[], tx: EntityManager): Promise<number> {
  let written = 0;
  for (const e of events) {
    const body = JSON.stringify({ type: e.type, version: 1, timestamp: e.occurredAt.toISOString(), data: e.data });
    const rows = await tx.query(
      `INSERT INTO outbox_event (type, dedup_key, subject, body, occurred_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
      [e.type, e.dedupKey, e.subject, body, e.occurredAt],
    );
    written += rows.length;
  }
  return written;
}
