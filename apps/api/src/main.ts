import 'reflect-metadata';
import { AppConfig, createAppLogger, installProcessGuard } from '@app/core';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from './api.module';
import { listen } from './bootstrap-api';

async function main(): Promise<void> {
  const config = AppConfig.fromProcessEnv();
  installProcessGuard(createAppLogger(config));
  const app = await NestFactory.create(ApiModule.forRoot({ config }), { logger: createAppLogger(config) });
  await listen(app);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
