import { AlertsModule } from '@app/alerts';
import { ScraperModule } from '@app/scraper';
import { WebhooksModule } from '@app/webhooks';
import { Module } from '@nestjs/common';
import { ResponseCacheModule } from '../cache/response-cache.module';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

@Module({
  imports: [ScraperModule, WebhooksModule, ResponseCacheModule, AlertsModule],
  controllers: [MetricsController],
  providers: [MetricsService],
  exports: [MetricsService],
})
export class MetricsModule {}
