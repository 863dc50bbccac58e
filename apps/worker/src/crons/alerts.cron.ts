import { AlertDeliveryService } from '@app/alerts';
import { AppConfig, Clock, JOBS } from '@app/core';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

const EVERY_MS = 5_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Every 5 s: queue e-mail alerts for new outbox events, then send what is due; once an hour, apply the
 * retention rules. Events and messages are taken with SKIP LOCKED or a unique claim, so any number of workers
 * can run this at once.
 */
@Injectable()
export class AlertsCron implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AlertsCron.name);
  private running = false;
  private lastPrune = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly alerts: AlertDeliveryService,
    private readonly registry: SchedulerRegistry,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedule.enabled) return;
    this.registry.addInterval(
      JOBS.alertsDeliver,
      setInterval(() => void this.tick(), EVERY_MS),
    );
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('interval', JOBS.alertsDeliver)) this.registry.deleteInterval(JOBS.alertsDeliver);
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.alerts.dispatch();
      while ((await this.alerts.deliverDue()) > 0);
      const now = this.clock.now().getTime();
      if (now - this.lastPrune >= PRUNE_EVERY_MS) {
        this.lastPrune = now;
        await this.alerts.prune();
      }
    } catch (err) {
      this.logger.error(`alerts tick failed: ${(err as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
