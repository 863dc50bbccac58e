import { DomainErrorKind, DomainException } from '@app/core';

/** A malformed argument caught at the edge (bad cursor and the like). */
export class ApiInputException extends DomainException<'INVALID_ARGUMENT'> {
  readonly kind: DomainErrorKind = 'invalid_input';

  constructor(argument: string, problem: string) {
    super('INVALID_ARGUMENT', `Argument "${argument}" ${problem}`, { argument });
  }
}
