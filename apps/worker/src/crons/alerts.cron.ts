import { AlertDeliveryService } from '@app/alerts';
import { AppConfig, Clock, JOBS } from '@app/core';
import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalJob } from './interval-job';

const PRUNE_EVERY_MS = 3_600_000;

/**
 * Every 5 s: queue e-mail alerts for new outbox events, then send what is due; once an hour, apply the
 * retention rules. Events are claimed by a unique row and messages with SKIP LOCKED, so any number of
 * workers can run this at once.
 */
@Injectable()
export class AlertsCron extends IntervalJob {
  private lastPrune = 0;

  constructor(
    config: AppConfig,
    registry: SchedulerRegistry,
    private readonly alerts: AlertDeliveryService,
    private readonly clock: Clock,
  ) {
    super(JOBS.alertsDeliver, 5_000, config, registry);
  }

  protected async run(): Promise<void> {
    await this.alerts.dispatch();
    while ((await this.alerts.deliverDue()) > 0);
    const now = this.clock.now().getTime();
    if (now - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = now;
      await this.alerts.prune();
    }
  }
}
