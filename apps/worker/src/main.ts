import 'reflect-metadata';
import { AppConfig, createAppLogger, installProcessGuard } from '@app/core';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = AppConfig.fromProcessEnv();
  installProcessGuard(createAppLogger(config));
  if (config.database.kind === 'pglite') {
    throw new Error(
      'A separate worker needs PostgreSQL (DATABASE_URL); on the embedded database run `npm start`, which runs api and worker in one process.',
    );
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ config }), { logger: createAppLogger(config) });
  app.enableShutdownHooks();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
