import { DomainErrorKind, DomainException } from '@app/core';

export enum AdvocacyErrorCode {
  INVALID_COORDINATES = 'INVALID_COORDINATES',
  INVALID_ADDRESS = 'INVALID_ADDRESS',
  /** The geocoder did not answer, answered an error, or answered something that is not its documented format. */
  GEOCODER_UNAVAILABLE = 'GEOCODER_UNAVAILABLE',
  ADDRESS_LOOKUP_LIMITED = 'ADDRESS_LOOKUP_LIMITED',
  INVALID_TAKE_ACTION_DATA = 'INVALID_TAKE_ACTION_DATA',
  PUBLIC_COMMENT_RULE_NOT_FOUND = 'PUBLIC_COMMENT_RULE_NOT_FOUND',
}

const KIND: Record<AdvocacyErrorCode, DomainErrorKind> = {
  [AdvocacyErrorCode.INVALID_COORDINATES]: 'invalid_input',
  [AdvocacyErrorCode.INVALID_ADDRESS]: 'invalid_input',
  [AdvocacyErrorCode.GEOCODER_UNAVAILABLE]: 'unavailable',
  [AdvocacyErrorCode.ADDRESS_LOOKUP_LIMITED]: 'too_many_requests',
  [AdvocacyErrorCode.INVALID_TAKE_ACTION_DATA]: 'invalid_input',
  [AdvocacyErrorCode.PUBLIC_COMMENT_RULE_NOT_FOUND]: 'not_found',
};

export class AdvocacyException extends DomainException<AdvocacyErrorCode> {
  get kind(): DomainErrorKind {
    return KIND[this.code];
  }
}
