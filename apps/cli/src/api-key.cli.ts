import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ApiKeyService, AppConfig, AuthModule, CoreModule } from '@app/core';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/** `npm run api-key:create -- --name alice` prints a new operator key once; `--revoke ID` revokes one. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { name: { type: 'string' }, revoke: { type: 'string' } } });
  if (!values.name && !values.revoke) throw new Error('Usage: npm run api-key:create -- --name NAME | --revoke KEY_ID');
  const config = AppConfig.fromProcessEnv();
  @Module({ imports: [CoreModule.forRoot({ config }), AuthModule] })
  class ApiKeyCliModule {}
  const app = await NestFactory.createApplicationContext(ApiKeyCliModule, { logger: ['error'] });
  try {
    const keys = app.get(ApiKeyService);
    if (values.revoke) {
      console.log((await keys.revoke(values.revoke)) ? `Revoked ${values.revoke}` : `No active key ${values.revoke}`);
      return;
    }
    const { id, key } = await keys.create(values.name!);
    console.log(`Key ${id} for "${values.name}" (shown once, store it now):\n${key}`);
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
