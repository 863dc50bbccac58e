import { CodeModule } from '@app/code';
import { LegislationModule } from '@app/legislation';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AssetsController } from './assets.controller';
import { CodePagesController } from './code-pages.controller';
import { CodePageQuery } from './queries/code-page.query';
import { RedlinePageQuery } from './queries/redline-page.query';
import { AlderPageQuery } from './queries/alder-page.query';
import { HomePageQuery } from './queries/home-page.query';
import { MatterPageQuery } from './queries/matter-page.query';
import { SecurityHeadersMiddleware } from './security-headers.middleware';
import { WebController } from './web.controller';
import { WebErrorFilter } from './web-error.filter';

/**
 * Server-rendered pages for people (`/`, `/matters/:recordNumber`, `/matters/:recordNumber/redline`,
 * `/code/:chapter`, `/alders/:ward`) and their static assets.
 */
@Module({
  imports: [LegislationModule, CodeModule],
  controllers: [WebController, CodePagesController, AssetsController],
  providers: [HomePageQuery, MatterPageQuery, AlderPageQuery, RedlinePageQuery, CodePageQuery, WebErrorFilter],
})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SecurityHeadersMiddleware).forRoutes(WebController, CodePagesController, AssetsController);
  }
}
