import { LegislationModule } from '@app/legislation';
import { Module } from '@nestjs/common';
import { FeedsController } from './feeds.controller';

/** GET /feeds/tracked.ics, /feeds/matters/:recordNumber.ics and /feeds/tracked.atom. */
@Module({
  imports: [LegislationModule],
  controllers: [FeedsController],
})
export class FeedsModule {}
