import { Module } from '@nestjs/common';
import { DeliveryRepository } from './repositories/delivery.repository';
import { DeliveryStatsRepository } from './repositories/delivery-stats.repository';
import { SubscriptionRepository } from './repositories/subscription.repository';
import { WebhookDeliveryService } from './services/webhook-delivery.service';
import { WebhookSecretResealer } from './services/webhook-secret-resealer.service';
import { WebhookSubscriptionService } from './services/webhook-subscription.service';
import { WebhookStatsService } from './services/webhook-stats.service';

@Module({
  providers: [
    SubscriptionRepository,
    DeliveryRepository,
    DeliveryStatsRepository,
    WebhookStatsService,
    WebhookSubscriptionService,
    WebhookDeliveryService,
    WebhookSecretResealer,
  ],
  exports: [WebhookSubscriptionService, WebhookDeliveryService, WebhookStatsService],
})
export class WebhooksModule {}
