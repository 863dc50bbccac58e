import { DomainException } from '@app/core';
import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Expected failures (unknown record number, bad cursor) go straight to the GraphQL error
 * formatter; without this filter Nest logs each of them as an unhandled error with a stack.
 */
@Catch(DomainException)
export class DomainExceptionFilter implements GqlExceptionFilter {
  catch(exception: DomainException): DomainException {
    return exception;
  }
}
