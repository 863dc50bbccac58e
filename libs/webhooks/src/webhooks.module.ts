import { Module } from '@nestjs/common';
import { DeliveryRepository } from './repositories/delivery.repository';
import { SubscriptionRepository } from './repositories/subscription.repository';
import { WebhookDeliveryService } from './services/webhook-delivery.service';
import { WebhookSubscriptionService } from './services/webhook-subscription.service';

@Module({
  providers: [SubscriptionRepository, DeliveryRepository, WebhookSubscriptionService, WebhookDeliveryService],
  exports: [WebhookSubscriptionService, WebhookDeliveryService],
})
export class WebhooksModule {}
