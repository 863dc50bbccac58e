import { DomainErrorKind, DomainException } from '@app/core';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestOperator } from './request-operator';

export class UnauthenticatedException extends DomainException<'UNAUTHENTICATED'> {
  readonly kind: DomainErrorKind = 'unauthenticated';
  constructor() {
    super(
      'UNAUTHENTICATED',
      'This operation needs an operator API key: send "Authorization: Bearer trk_…" (create one with `npm run api-key:create`).',
    );
  }
}

/** Lets a request through only with a valid, unrevoked operator API key; records who it is. */
@Injectable()
export class OperatorGuard implements CanActivate {
  constructor(private readonly operators: RequestOperator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const ctx = GqlExecutionContext.create(context).getContext<{
      req?: { headers: Record<string, string | undefined> };
      operator?: unknown;
    }>();
    const operator = await this.operators.of(ctx.req);
    if (!operator) throw new UnauthenticatedException();
    ctx.operator = operator;
    return true;
  }
}
