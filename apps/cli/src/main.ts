import 'reflect-metadata';
import { AppConfig } from '@app/core';
import { runMigrations } from './run-migrations';

/** `npm run migration:run` (up) and `migration:revert` (down one): the explicit migration step. */
async function main(): Promise<void> {
  const direction = process.argv[2] === 'down' ? 'down' : 'up';
  const config = AppConfig.fromProcessEnv();
  const applied = await runMigrations(config.database, direction);
  console.log(applied.length ? `${direction === 'up' ? 'Applied' : 'Reverted'}: ${applied.join(', ')}` : 'Schema is up to date.');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
