import { ApiKeyEntity, buildDataSourceOptions } from '@app/core';
import { CODE_ENTITIES } from '@app/code';
import { LEGISLATION_ENTITIES } from '@app/legislation';
import { SCRAPER_ENTITIES } from '@app/scraper';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { createTestDatabase, TestDatabase } from '../../support/db';

describe('migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(
      buildDataSourceOptions(db.config.database, {
        pglite: db.pglite,
        entities: [...LEGISLATION_ENTITIES, ...CODE_ENTITIES, ...SCRAPER_ENTITIES, ApiKeyEntity],
        migrations: MIGRATIONS,
      }),
    );
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  // Constraints, indexes and foreign keys are owned by the SQL migrations and not repeated on the
  // entities, so the check covers what would break at run time: tables, columns, types, nullability.
  const COLUMN_DRIFT = /CREATE TABLE|DROP TABLE|ADD COLUMN|DROP COLUMN|ADD "|DROP "|TYPE |SET NOT NULL|DROP NOT NULL/;

  it('agree with the entities on every table, column, type and nullability', async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query).filter((q) => COLUMN_DRIFT.test(q))).toEqual([]);
  });

  it('all revert cleanly, in order, and re-apply', async () => {
    const tables = async () =>
      (
        await ds.query(
          `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migration'`,
        )
      )[0].n;
    expect(await ds.query(`SELECT kind, value FROM tracking_rule WHERE created_by = 'seed' ORDER BY kind`)).toEqual([
      { kind: 'code_chapter', value: '2-173' },
      { kind: 'record_number', value: 'O2023-0004222' },
      { kind: 'title_keyword', value: 'Welcoming City' },
    ]);
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
    expect(await tables()).toBe(0);
    await ds.runMigrations();
    expect(await tables()).toBeGreaterThan(15);
  });
});
