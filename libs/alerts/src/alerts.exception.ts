import { DomainErrorKind, DomainException } from '@app/core';

export enum AlertsErrorCode {
  /** SMTP_URL is not set on this server. */
  ALERTS_DISABLED = 'ALERTS_DISABLED',
  INVALID_EMAIL = 'INVALID_EMAIL',
  /** The confirmation or unsubscribe link is unknown, used up or expired. */
  INVALID_LINK = 'INVALID_LINK',
  TOO_MANY_SIGNUPS = 'TOO_MANY_SIGNUPS',
}

const KIND: Record<AlertsErrorCode, DomainErrorKind> = {
  [AlertsErrorCode.ALERTS_DISABLED]: 'unavailable',
  [AlertsErrorCode.INVALID_EMAIL]: 'invalid_input',
  [AlertsErrorCode.INVALID_LINK]: 'not_found',
  [AlertsErrorCode.TOO_MANY_SIGNUPS]: 'too_many_requests',
};

export class AlertsException extends DomainException<AlertsErrorCode> {
  get kind(): DomainErrorKind {
    return KIND[this.code];
  }
}
