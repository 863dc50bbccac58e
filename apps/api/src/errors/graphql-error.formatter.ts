import { DomainErrorKind, DomainException } from '@app/core';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

function codeFor(kind: DomainErrorKind): string {
  switch (kind) {
    case 'not_found':
      return 'NOT_FOUND';
    case 'invalid_input':
      return 'BAD_USER_INPUT';
    case 'conflict':
      return 'CONFLICT';
    case 'unauthenticated':
      return 'UNAUTHENTICATED';
    case 'forbidden':
      return 'FORBIDDEN';
    case 'unavailable':
      return 'SERVICE_UNAVAILABLE';
    case 'too_many_requests':
      return 'TOO_MANY_REQUESTS';
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/**
 * Maps failures to `extensions.code` once, for the whole schema: domain exceptions by kind,
 * argument validation to BAD_USER_INPUT, GraphQL's own errors as they are; anything else is
 * logged with its stack and reported only as an internal error.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainException) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: codeFor(original.kind), reason: original.code, ...original.details },
    };
  }
  if (original instanceof HttpException && original.getStatus() === 400) {
    const response = original.getResponse() as { message?: string | string[] };
    const message = Array.isArray(response.message) ? response.message.join('; ') : (response.message ?? original.message);
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof HttpException && original.getStatus() === 429) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'TOO_MANY_REQUESTS' } };
  }
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
