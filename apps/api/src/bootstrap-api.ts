import { AppConfig } from '@app/core';
import { INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import { answerCacheHitsFirst } from './cache/cache-hits-first';
import { applySecurityHeaders } from './security/security-headers';

/** What every app serving the api sets up before it starts, in production and in tests alike: security headers, validation, cache hits first. */
export function configureApi(app: INestApplication): void {
  applySecurityHeaders(app, app.get(AppConfig).rateLimit.trustProxy);
  app.useGlobalPipes(new ValidationPipe({ transform: true, forbidUnknownValues: false }));
  answerCacheHitsFirst(app);
}

/** What every process serving the api sets up: the above, shutdown hooks, listening. */
export async function listen(app: INestApplication): Promise<string> {
  configureApi(app);
  app.enableShutdownHooks();
  const { port, host } = app.get(AppConfig).api;
  await app.listen(port, host);
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  new Logger('Api').log(`GraphQL at ${url}/graphql, health at ${url}/health`);
  return url;
}
