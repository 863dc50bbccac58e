import { AlertsModule } from '@app/alerts';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AlertsPagesController } from './alerts-pages.controller';
import { SecurityHeadersMiddleware } from './security-headers.middleware';
import { WebErrorFilter } from './web-error.filter';

/** The /alerts pages (e-mail alert sign-up, confirmation, unsubscribe), with the pages' security headers. */
@Module({
  imports: [AlertsModule],
  controllers: [AlertsPagesController],
  providers: [WebErrorFilter],
})
export class AlertsWebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SecurityHeadersMiddleware).forRoutes(AlertsPagesController);
  }
}
