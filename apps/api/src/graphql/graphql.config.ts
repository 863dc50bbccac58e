import { AppConfig } from '@app/core';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { GqlOptionsFactory } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { formatGraphqlError } from '../errors/graphql-error.formatter';
import { nulInputPlugin } from './limits/nul-input.plugin';
import { queryCostPlugin } from './limits/query-cost.plugin';
import { LoadersFactory } from './loaders/loaders.factory';

@Injectable()
export class GraphqlConfig implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    private readonly config: AppConfig,
    private readonly loaders: LoadersFactory,
  ) {}

  /**
   * Production unless NODE_ENV=development: no stack traces, no "Did you mean" field suggestions, no
   * introspection and no landing page. Development adds those back; its explorer is GraphiQL served
   * from node_modules at /graphiql (GraphiqlModule), never the driver's CDN-loaded pages.
   */
  createGqlOptions(): ApolloDriverConfig {
    const development = this.config.development;
    const armor = new ApolloArmor({
      blockFieldSuggestion: { enabled: !development },
      maxDepth: { n: this.config.api.maxDepth },
      // Cost is checked by queryCostPlugin instead, which sees variables and argument defaults.
      costLimit: { enabled: false },
      maxAliases: { n: 15 },
      maxDirectives: { n: 50 },
      maxTokens: { n: 2000 },
    }).protect();
    return {
      // The committed schema.gql is written by `npm run schema:generate` and checked in CI, not at boot.
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      introspection: development,
      includeStacktraceInErrorResponses: development,
      hideSchemaDetailsFromClientErrors: !development,
      graphiql: false,
      plugins: [...armor.plugins, nulInputPlugin(), queryCostPlugin(this.config.api.maxCost)],
      validationRules: armor.validationRules,
      formatError: formatGraphqlError,
      context: ({ req }: { req: unknown }) => ({ req, loaders: this.loaders.create() }),
    };
  }
}
