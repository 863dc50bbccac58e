import { AppConfig, JOBS } from '@app/core';
import { WebhookDeliveryService } from '@app/webhooks';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

const EVERY_MS = 2_000;

/**
 * Every 2 s: fan new outbox events out to subscriptions, then deliver what is due. Both steps take
 * rows with FOR UPDATE SKIP LOCKED, so any number of workers can run this at once.
 */
@Injectable()
export class WebhooksCron implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhooksCron.name);
  private running = false;

  constructor(
    private readonly config: AppConfig,
    private readonly webhooks: WebhookDeliveryService,
    private readonly registry: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedule.enabled) return;
    this.registry.addInterval(
      JOBS.webhooksDeliver,
      setInterval(() => void this.tick(), EVERY_MS),
    );
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('interval', JOBS.webhooksDeliver)) this.registry.deleteInterval(JOBS.webhooksDeliver);
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.webhooks.dispatch();
      while ((await this.webhooks.deliverDue()) > 0);
    } catch (err) {
      this.logger.error(`webhook tick failed: ${(err as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
