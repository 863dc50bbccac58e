import { AppConfig } from '@app/core';
import { INestApplication, Logger, ValidationPipe } from '@nestjs/common';

/** What every process serving the api sets up: validation, shutdown hooks, listening. */
export async function listen(app: INestApplication): Promise<string> {
  app.useGlobalPipes(new ValidationPipe({ transform: true, forbidUnknownValues: false }));
  app.enableShutdownHooks();
  const { port, host } = app.get(AppConfig).api;
  await app.listen(port, host);
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  new Logger('Api').log(`GraphQL at ${url}/graphql, health at ${url}/health`);
  return url;
}
