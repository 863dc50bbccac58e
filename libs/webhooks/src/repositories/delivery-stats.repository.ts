import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Read-only counts for /metrics: deliveries by status, and the work waiting. */
@Injectable()
export class DeliveryStatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byStatus(): Promise<{ status: string; n: number }[]> {
    return this.dataSource.query('SELECT status, count(*)::int AS n FROM webhook_delivery GROUP BY status');
  }

  async attemptsByOutcome(): Promise<{ outcome: string; n: number }[]> {
    return this.dataSource.query(
      `SELECT CASE WHEN status_code BETWEEN 200 AND 299 THEN 'delivered' WHEN status_code IS NULL THEN 'no_response' ELSE 'http_error' END AS outcome,
              count(*)::int AS n
         FROM webhook_delivery_attempt GROUP BY 1`,
    );
  }

  async queueDepth(now: Date): Promise<{ outbox: number; deliveriesDue: number }> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM outbox_event WHERE dispatched_at IS NULL) AS outbox,
              (SELECT count(*)::int FROM webhook_delivery WHERE status = 'pending' AND next_attempt_at <= $1) AS "deliveriesDue"`,
      [now],
    );
    return row;
  }
}
