/** How the edge (GraphQL, CLI) should present a failure; each transport maps these once. */
export type DomainErrorKind =
  | 'not_found'
  | 'invalid_input'
  | 'conflict'
  | 'unauthenticated'
  | 'forbidden'
  | 'unavailable'
  /** A per-client budget ran out (address look-ups); details say when to retry. */
  | 'too_many_requests';

/**
 * Base of every expected failure. Libraries throw subclasses with a code enum of their own;
 * they never throw HTTP exceptions.
 */
export abstract class DomainException<C extends string = string> extends Error {
  abstract readonly kind: DomainErrorKind;

  constructor(
    readonly code: C,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
