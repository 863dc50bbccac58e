import { AdvocacyModule } from '@app/advocacy';
import { AlertsModule } from '@app/alerts';
import { CodeModule } from '@app/code';
import { AuthModule } from '@app/core';
import { LegislationModule } from '@app/legislation';
import { ScraperModule } from '@app/scraper';
import { WebhooksModule } from '@app/webhooks';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { DomainExceptionFilter } from '../errors/domain-exception.filter';
import { GraphQLModule } from '@nestjs/graphql';
import { OperatorAuthModule } from '../auth/operator-auth.module';
import { HealthModule } from '../health/health.module';
import { GraphiqlController } from './explorer/graphiql.controller';
import { GraphqlConfig } from './graphql.config';
import { LoadersFactory } from './loaders/loaders.factory';
import { RESOLVERS } from './resolvers';

@Module({
  imports: [
    LegislationModule,
    CodeModule,
    ScraperModule,
    HealthModule,
    AuthModule,
    OperatorAuthModule,
    WebhooksModule,
    AlertsModule,
    AdvocacyModule,
  ],
  providers: [LoadersFactory, ...RESOLVERS],
  exports: [LoadersFactory],
})
class GraphqlResolversModule {}

@Module({
  imports: [
    GraphqlResolversModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({ driver: ApolloDriver, imports: [GraphqlResolversModule], useClass: GraphqlConfig }),
  ],
  controllers: [GraphiqlController],
  providers: [{ provide: APP_FILTER, useClass: DomainExceptionFilter }],
})
export class GraphqlApiModule {}
