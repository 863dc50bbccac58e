import { AuthModule } from '@app/core';
import { Module } from '@nestjs/common';
import { OperatorGuard } from './operator.guard';
import { RequestOperator } from './request-operator';

/** One RequestOperator per process, so the rate limiter and the resolvers share each request's key lookup. */
@Module({
  imports: [AuthModule],
  providers: [RequestOperator, OperatorGuard],
  exports: [RequestOperator, OperatorGuard],
})
export class OperatorAuthModule {}
