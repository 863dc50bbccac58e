import { DomainErrorKind, DomainException } from '@app/core';
import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';

const HTTP_STATUS: Record<DomainErrorKind, number> = {
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  unauthenticated: 401,
  forbidden: 403,
  unavailable: 503,
  too_many_requests: 429,
};

/**
 * Expected failures, mapped once per transport: on GraphQL they go on to the error formatter
 * (without this filter Nest logs each as an unhandled error); on plain HTTP routes (feeds, health)
 * they become a JSON error with the matching status.
 */
@Catch(DomainException)
export class DomainExceptionFilter implements GqlExceptionFilter {
  catch(exception: DomainException, host: ArgumentsHost): DomainException | void {
    if (host.getType<string>() === 'graphql') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    const status = HTTP_STATUS[exception.kind];
    res.status(status).json({ statusCode: status, code: exception.code, message: exception.message, ...exception.details });
  }
}
