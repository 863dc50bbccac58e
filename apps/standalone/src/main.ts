import 'reflect-metadata';
import { AppConfig, CoreModule, createAppLogger, installProcessGuard } from '@app/core';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiFeaturesModule } from '../../api/src/api.module';
import { listen } from '../../api/src/bootstrap-api';
import { WorkerFeaturesModule } from '../../worker/src/worker.module';

/**
 * `npm start`: api and worker in one process over one database connection. This is how the
 * embedded PGlite default runs (PGlite serves one process); it works on PostgreSQL too.
 */
async function main(): Promise<void> {
  const config = AppConfig.fromProcessEnv();
  installProcessGuard(createAppLogger(config));
  @Module({ imports: [CoreModule.forRoot({ config }), ApiFeaturesModule, WorkerFeaturesModule] })
  class StandaloneModule {}
  const app = await NestFactory.create(StandaloneModule, { logger: createAppLogger(config) });
  await listen(app);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
