import { CoreModule, CoreModuleOptions } from '@app/core';
import { DynamicModule, Module } from '@nestjs/common';
import { ResponseCacheModule } from './cache/response-cache.module';
import { FeedsModule } from './feeds/feeds.module';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { MetricsModule } from './metrics/metrics.module';
import { SecurityModule } from './security/security.module';
import { AlertsWebModule } from './web/alerts-web.module';
import { WebModule } from './web/web.module';

/** The HTTP process: GraphQL at /graphql and GET /health. No scheduling here. */
@Module({})
export class ApiModule {
  static forRoot(options: CoreModuleOptions = {}): DynamicModule {
    return { module: ApiModule, imports: [CoreModule.forRoot(options), ApiFeaturesModule] };
  }
}

/** The api's features without the core wiring, so one process can compose api and worker over one CoreModule. */
@Module({ imports: [SecurityModule, ResponseCacheModule, GraphqlApiModule, FeedsModule, WebModule, AlertsWebModule, MetricsModule] })
export class ApiFeaturesModule {}
