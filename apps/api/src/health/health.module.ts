import { LegislationModule } from '@app/legislation';
import { ScraperModule } from '@app/scraper';
import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  imports: [LegislationModule, ScraperModule],
  controllers: [HealthController],
  providers: [HealthService],
  exports: [HealthService],
})
export class HealthModule {}
