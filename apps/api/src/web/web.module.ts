import { AdvocacyModule } from '@app/advocacy';
import { CodeModule } from '@app/code';
import { LegislationModule } from '@app/legislation';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AssetsController } from './assets.controller';
import { CodePagesController } from './code-pages.controller';
import { FindAlderController } from './find-alder.controller';
import { TakeActionCalendarController } from './take-action-calendar.controller';
import { SearchController } from './search.controller';
import { SearchPageQuery } from './queries/search-page.query';
import { CodePageQuery } from './queries/code-page.query';
import { RedlinePageQuery } from './queries/redline-page.query';
import { AlderPageQuery } from './queries/alder-page.query';
import { HomePageQuery } from './queries/home-page.query';
import { MatterPageQuery } from './queries/matter-page.query';
import { SecurityHeadersMiddleware } from './security-headers.middleware';
import { VotesPageController } from './votes-page.controller';
import { VotesPageQuery } from './queries/votes-page.query';
import { WebController } from './web.controller';
import { WebErrorFilter } from './web-error.filter';

/**
 * Server-rendered pages for people (`/`, `/matters/:recordNumber`, `/matters/:recordNumber/redline`,
 * `/code/:chapter`, `/code/:number/history`, `/alders/:ward`, `/find-your-alder`, `/votes`, `/search`), their static assets and the
 * downloads (`/search.csv|json`, `/matters.csv|json`, `/votes/roll-calls.csv|json`, `/code/:number/history.csv|json`).
 */
@Module({
  imports: [LegislationModule, CodeModule, AdvocacyModule],
  controllers: [
    WebController,
    CodePagesController,
    FindAlderController,
    TakeActionCalendarController,
    VotesPageController,
    SearchController,
    AssetsController,
  ],
  providers: [
    HomePageQuery,
    MatterPageQuery,
    AlderPageQuery,
    RedlinePageQuery,
    CodePageQuery,
    VotesPageQuery,
    SearchPageQuery,
    WebErrorFilter,
  ],
})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(SecurityHeadersMiddleware)
      .forRoutes(
        WebController,
        CodePagesController,
        FindAlderController,
        TakeActionCalendarController,
        VotesPageController,
        SearchController,
        AssetsController,
      );
  }
}
