import { DomainErrorKind, DomainException } from '@app/core';

export enum LegislationErrorCode {
  MATTER_NOT_FOUND = 'MATTER_NOT_FOUND',
  INVALID_RECORD_NUMBER = 'INVALID_RECORD_NUMBER',
  INVALID_WARD = 'INVALID_WARD',
  ALDER_NOT_FOUND = 'ALDER_NOT_FOUND',
  INVALID_TRACKING_RULE = 'INVALID_TRACKING_RULE',
  TRACKING_RULE_EXISTS = 'TRACKING_RULE_EXISTS',
  TRACKING_RULE_NOT_FOUND = 'TRACKING_RULE_NOT_FOUND',
  INVALID_CODE_NUMBER = 'INVALID_CODE_NUMBER',
  CODE_CHAPTER_NOT_FOUND = 'CODE_CHAPTER_NOT_FOUND',
  INVALID_TEXT_REF = 'INVALID_TEXT_REF',
  TEXT_NOT_FOUND = 'TEXT_NOT_FOUND',
  CODE_SOURCE_REFUSED = 'CODE_SOURCE_REFUSED',
}

const KIND: Record<LegislationErrorCode, DomainErrorKind> = {
  [LegislationErrorCode.MATTER_NOT_FOUND]: 'not_found',
  [LegislationErrorCode.INVALID_RECORD_NUMBER]: 'invalid_input',
  [LegislationErrorCode.INVALID_WARD]: 'invalid_input',
  [LegislationErrorCode.ALDER_NOT_FOUND]: 'not_found',
  [LegislationErrorCode.INVALID_TRACKING_RULE]: 'invalid_input',
  [LegislationErrorCode.TRACKING_RULE_EXISTS]: 'conflict',
  [LegislationErrorCode.TRACKING_RULE_NOT_FOUND]: 'not_found',
  [LegislationErrorCode.INVALID_CODE_NUMBER]: 'invalid_input',
  [LegislationErrorCode.CODE_CHAPTER_NOT_FOUND]: 'not_found',
  [LegislationErrorCode.INVALID_TEXT_REF]: 'invalid_input',
  [LegislationErrorCode.TEXT_NOT_FOUND]: 'not_found',
  [LegislationErrorCode.CODE_SOURCE_REFUSED]: 'invalid_input',
};

export class LegislationException extends DomainException<LegislationErrorCode> {
  get kind(): DomainErrorKind {
    return KIND[this.code];
  }
}
