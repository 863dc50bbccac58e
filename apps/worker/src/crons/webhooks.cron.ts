import { AppConfig, JOBS } from '@app/core';
import { WebhookDeliveryService } from '@app/webhooks';
import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalJob } from './interval-job';

/**
 * Every 2 s: fan new outbox events out to subscriptions, then deliver what is due. Both steps take
 * rows with FOR UPDATE SKIP LOCKED, so any number of workers can run this at once.
 */
@Injectable()
export class WebhooksCron extends IntervalJob {
  constructor(
    config: AppConfig,
    registry: SchedulerRegistry,
    private readonly webhooks: WebhookDeliveryService,
  ) {
    super(JOBS.webhooksDeliver, 2_000, config, registry);
  }

  protected async run(): Promise<void> {
    await this.webhooks.dispatch();
    while ((await this.webhooks.deliverDue()) > 0);
  }
}
