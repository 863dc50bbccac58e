import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AppConfig, openPGlite } from '@app/core';
import { SyncJobsService } from '@app/scraper';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../../apps/api/src/api.module';
import { runMigrations } from '../../../apps/cli/src/run-migrations';
import { ApiTestApp, startApiApp } from '../../support/api-app';
import { replayEnv, startReplay } from '../../support/replay';

const health = (app: INestApplication) => request(app.getHttpServer()).get('/health');

describe('/health when stored rows vanish or queries fail', () => {
  let s: ApiTestApp;

  beforeAll(async () => {
    s = await startApiApp();
  }, 180_000);

  afterAll(async () => {
    await s?.close();
  });

  it('answers 200 after the poll, with the matters it stored', async () => {
    const res = await health(s.app);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ database: true });
    expect(res.body.matters).toBeGreaterThan(0);
  });

  it('answers 503 naming the table when rows the last run wrote are gone', async () => {
    const ds = s.app.get(DataSource);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM matter`);
    // Underneath the application (the API never deletes matters): what a lost table file looks like.
    await ds.query(`TRUNCATE matter CASCADE`);
    const res = await health(s.app);
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({
      status: 'degraded',
      database: false,
      matters: 0,
      reasons: expect.arrayContaining(['stored data lost']),
    });
    expect(res.body.databaseError).toMatch(new RegExp(`^matter holds 0 rows; the last successful run left ${n}$`));
  });

  it('answers 503, not 500, when the database answers a ping but its queries fail', async () => {
    const ds = s.app.get(DataSource);
    await ds.query(`ALTER TABLE matter RENAME TO matter_unreadable`);
    try {
      const res = await health(s.app);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'degraded', database: false, reasons: ['database queries fail'] });
    } finally {
      await ds.query(`ALTER TABLE matter_unreadable RENAME TO matter`);
    }
  });
});

/** The fault as it happens on the embedded database: the matter table's file cut to nothing. */
(process.env.DATABASE_URL ? describe.skip : describe)('/health over a PGlite folder whose matter file was truncated', () => {
  it('answers 503 instead of 200 "ok" with 0 matters', async () => {
    const replay = await startReplay();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-truncated-'));
    const dataDir = path.join(dir, 'data');
    const config = AppConfig.fromEnv({
      ...process.env,
      ...replayEnv(replay),
      DATABASE_URL: '',
      PGLITE_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      INITIAL_SYNC_DAYS: '5000',
    });
    const boot = async () => {
      const pglite = openPGlite(dataDir);
      const moduleRef = await Test.createTestingModule({ imports: [ApiModule.forRoot({ config, pglite })] }).compile();
      const app = moduleRef.createNestApplication();
      await app.init();
      return { app, close: async () => (await app.close(), await (await pglite).close()) };
    };
    try {
      await runMigrations(config.database);
      const first = await boot();
      const { ScraperModule } = await import('@app/scraper');
      await first.app.select(ScraperModule).get(SyncJobsService).run('elms.poll');
      expect((await health(first.app)).status).toBe(200);
      const [{ file }] = await first.app.get(DataSource).query(`SELECT pg_relation_filepath('matter') AS file`);
      await first.close();

      fs.truncateSync(path.join(dataDir, file), 0);
      const second = await boot();
      try {
        const res = await health(second.app);
        expect(res.status).toBe(503);
        expect(res.body.databaseError).toMatch(/^matter holds 0 rows; the last successful run left \d+$/);
      } finally {
        await second.close();
      }
    } finally {
      await replay.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
