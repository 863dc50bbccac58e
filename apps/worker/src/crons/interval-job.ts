import { AppConfig, type JobName } from '@app/core';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

/**
 * A job every worker runs on a short interval (delivery loops that claim their rows with SKIP LOCKED, so
 * workers share the work): registered under its job name when the scheduler is enabled, never two ticks of
 * one process at once, and a failed tick logged, not thrown (the next tick retries).
 */
export abstract class IntervalJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private running = false;

  protected constructor(
    private readonly job: JobName,
    private readonly everyMs: number,
    private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
  ) {}

  /** One round of the job's work. */
  protected abstract run(): Promise<void>;

  onApplicationBootstrap(): void {
    if (!this.config.schedule.enabled) return;
    this.registry.addInterval(
      this.job,
      setInterval(() => void this.tick(), this.everyMs),
    );
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('interval', this.job)) this.registry.deleteInterval(this.job);
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.run();
    } catch (err) {
      this.logger.error(`${this.job} tick failed: ${(err as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
