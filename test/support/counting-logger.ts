import type { Logger as TypeOrmLogger } from 'typeorm';

/** Counts every SQL statement the api sends (pass as `typeormLogger`; reset `count` before the request measured). */
export class CountingLogger implements TypeOrmLogger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
