import { DomainErrorKind, DomainException } from '@app/core';

export enum LegislationErrorCode {
  MATTER_NOT_FOUND = 'MATTER_NOT_FOUND',
  INVALID_RECORD_NUMBER = 'INVALID_RECORD_NUMBER',
  INVALID_WARD = 'INVALID_WARD',
  ALDER_NOT_FOUND = 'ALDER_NOT_FOUND',
  INVALID_TRACKING_RULE = 'INVALID_TRACKING_RULE',
  TRACKING_RULE_EXISTS = 'TRACKING_RULE_EXISTS',
  TRACKING_RULE_NOT_FOUND = 'TRACKING_RULE_NOT_FOUND',
  INVALID_SEARCH_QUERY = 'INVALID_SEARCH_QUERY',
}

const KIND: Record<LegislationErrorCode, DomainErrorKind> = {
  [LegislationErrorCode.MATTER_NOT_FOUND]: 'not_found',
  [LegislationErrorCode.INVALID_RECORD_NUMBER]: 'invalid_input',
  [LegislationErrorCode.INVALID_WARD]: 'invalid_input',
  [LegislationErrorCode.ALDER_NOT_FOUND]: 'not_found',
  [LegislationErrorCode.INVALID_TRACKING_RULE]: 'invalid_input',
  [LegislationErrorCode.TRACKING_RULE_EXISTS]: 'conflict',
  [LegislationErrorCode.TRACKING_RULE_NOT_FOUND]: 'not_found',
  [LegislationErrorCode.INVALID_SEARCH_QUERY]: 'invalid_input',
};

export class LegislationException extends DomainException<LegislationErrorCode> {
  get kind(): DomainErrorKind {
    return KIND[this.code];
  }
}
