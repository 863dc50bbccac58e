import { AlertsModule } from '@app/alerts';
import { CoreModule, CoreModuleOptions } from '@app/core';
import { ScraperModule } from '@app/scraper';
import { WebhooksModule } from '@app/webhooks';
import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AlertsCron } from './crons/alerts.cron';
import { SyncCron } from './crons/sync.cron';
import { WebhooksCron } from './crons/webhooks.cron';

/**
 * The worker's features: ScheduleModule lives here and nowhere else. AlertsModule also brings legislation's
 * EventText (global), which words the chat bodies of webhooks.
 */
@Module({
  imports: [ScheduleModule.forRoot(), ScraperModule, WebhooksModule, AlertsModule],
  providers: [SyncCron, WebhooksCron, AlertsCron],
})
export class WorkerFeaturesModule {}

/** The worker process: scheduler and jobs, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(options: CoreModuleOptions = {}): DynamicModule {
    return { module: WorkerModule, imports: [CoreModule.forRoot(options), WorkerFeaturesModule] };
  }
}
