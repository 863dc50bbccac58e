import { AppConfig } from '@app/core';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { OperatorAuthModule } from '../auth/operator-auth.module';
import { ApiThrottlerGuard } from './api-throttler.guard';
import { RejectNulGuard } from './reject-nul.guard';

/**
 * Guards every route of the api: NUL bytes refused, then rate limits (in memory, per process: with
 * several api processes each counts its own). Security headers are set by `applySecurityHeaders`.
 */
@Module({
  imports: [
    OperatorAuthModule,
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'default', ttl: config.rateLimit.windowMs, limit: config.rateLimit.anonymous }],
        errorMessage: 'Too many requests: try again after the Retry-After seconds',
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RejectNulGuard }, ApiThrottlerGuard, { provide: APP_GUARD, useExisting: ApiThrottlerGuard }],
  // The response cache applies the same limits to the answers it serves.
  exports: [ApiThrottlerGuard],
})
export class SecurityModule {}
