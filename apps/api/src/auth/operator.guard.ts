import { ApiKeyService, DomainErrorKind, DomainException } from '@app/core';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

export class UnauthenticatedException extends DomainException<'UNAUTHENTICATED'> {
  readonly kind: DomainErrorKind = 'unauthenticated';
  constructor() {
    super('UNAUTHENTICATED', 'This operation needs an operator API key: send "Authorization: Bearer trk_…" (create one with `npm run api-key:create`).');
  }
}

/** Lets a request through only with a valid, unrevoked operator API key; records who it is. */
@Injectable()
export class OperatorGuard implements CanActivate {
  constructor(private readonly keys: ApiKeyService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const ctx = GqlExecutionContext.create(context).getContext<{ req?: { headers: Record<string, string | undefined> }; operator?: unknown }>();
    const header = ctx.req?.headers?.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const operator = match ? await this.keys.verify(match[1]) : null;
    if (!operator) throw new UnauthenticatedException();
    ctx.operator = operator;
    return true;
  }
}
