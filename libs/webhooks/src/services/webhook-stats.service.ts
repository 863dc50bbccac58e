import { Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { DeliveryStatsRepository } from '../repositories/delivery-stats.repository';

/** @description Counts for /metrics: deliveries by status, attempts by outcome, and the queue waiting. */
@Injectable()
export class WebhookStatsService {
  constructor(
    private readonly stats: DeliveryStatsRepository,
    private readonly clock: Clock,
  ) {}

  deliveriesByStatus(): Promise<{ status: string; n: number }[]> {
    return this.stats.byStatus();
  }

  attemptsByOutcome(): Promise<{ outcome: string; n: number }[]> {
    return this.stats.attemptsByOutcome();
  }

  queueDepth(): Promise<{ outbox: number; deliveriesDue: number }> {
    return this.stats.queueDepth(this.clock.now());
  }
}
