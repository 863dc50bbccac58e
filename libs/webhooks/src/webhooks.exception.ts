import { DomainErrorKind, DomainException } from '@app/core';

export enum WebhookErrorCode {
  SUBSCRIPTION_NOT_FOUND = 'SUBSCRIPTION_NOT_FOUND',
  DELIVERY_NOT_FOUND = 'DELIVERY_NOT_FOUND',
  URL_REFUSED = 'URL_REFUSED',
  INVALID_EVENT_TYPE = 'INVALID_EVENT_TYPE',
}

const KIND: Record<WebhookErrorCode, DomainErrorKind> = {
  [WebhookErrorCode.SUBSCRIPTION_NOT_FOUND]: 'not_found',
  [WebhookErrorCode.DELIVERY_NOT_FOUND]: 'not_found',
  [WebhookErrorCode.URL_REFUSED]: 'invalid_input',
  [WebhookErrorCode.INVALID_EVENT_TYPE]: 'invalid_input',
};

export class WebhookException extends DomainException<WebhookErrorCode> {
  get kind(): DomainErrorKind {
    return KIND[this.code];
  }
}
