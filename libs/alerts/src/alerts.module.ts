import { LegislationEventTextModule } from '@app/legislation';
import { Module } from '@nestjs/common';
import { AlertMailer } from './mail/alert-mailer';
import { AlertMessageRepository } from './repositories/alert-message.repository';
import { AlertSubscriptionRepository } from './repositories/alert-subscription.repository';
import { AlertComposer } from './services/alert-composer.service';
import { AlertDeliveryService } from './services/alert-delivery.service';
import { AlertSignupService } from './services/alert-signup.service';

/** E-mail alerts: sign-up (api) and delivery (worker). Messages are worded by legislation's EventText. */
@Module({
  imports: [LegislationEventTextModule],
  providers: [AlertSubscriptionRepository, AlertMessageRepository, AlertMailer, AlertComposer, AlertSignupService, AlertDeliveryService],
  exports: [AlertSignupService, AlertDeliveryService],
})
export class AlertsModule {}
