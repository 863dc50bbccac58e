export { WebhooksModule } from './webhooks.module';
export {
  WebhookSubscriptionService,
  type SubscriptionRecord,
  type DeliveryRecord,
  type CreateSubscription,
} from './services/webhook-subscription.service';
export { WebhookDeliveryService } from './services/webhook-delivery.service';
export { WebhookStatsService } from './services/webhook-stats.service';
export { WebhookException, WebhookErrorCode } from './webhooks.exception';
export { signWebhook } from './signing/sign-payload';
