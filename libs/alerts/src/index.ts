export { AlertsModule } from './alerts.module';
export { AlertSignupService, type AlertLinkSubject } from './services/alert-signup.service';
export { AlertDeliveryService, ALERT_EVENT_TYPES } from './services/alert-delivery.service';
export type { AlertLogRow } from './repositories/alert-message.repository';
export { AlertsException, AlertsErrorCode } from './alerts.exception';
export type { AlertKind, AlertFrequency, AlertLanguage, AlertSignup } from './alerts.types';
export { ALERT_LABELS } from './mail/alert-labels';
export { nextDigestAt } from './mail/digest-time';
