import { DomainErrorKind, DomainException } from '@app/core';

export enum CodeErrorCode {
  INVALID_CODE_NUMBER = 'INVALID_CODE_NUMBER',
  CODE_CHAPTER_NOT_FOUND = 'CODE_CHAPTER_NOT_FOUND',
  INVALID_TEXT_REF = 'INVALID_TEXT_REF',
  TEXT_NOT_FOUND = 'TEXT_NOT_FOUND',
  CODE_SOURCE_REFUSED = 'CODE_SOURCE_REFUSED',
}

const KIND: Record<CodeErrorCode, DomainErrorKind> = {
  [CodeErrorCode.INVALID_CODE_NUMBER]: 'invalid_input',
  [CodeErrorCode.CODE_CHAPTER_NOT_FOUND]: 'not_found',
  [CodeErrorCode.INVALID_TEXT_REF]: 'invalid_input',
  [CodeErrorCode.TEXT_NOT_FOUND]: 'not_found',
  [CodeErrorCode.CODE_SOURCE_REFUSED]: 'invalid_input',
};

export class CodeException extends DomainException<CodeErrorCode> {
  get kind(): DomainErrorKind {
    return KIND[this.code];
  }
}
