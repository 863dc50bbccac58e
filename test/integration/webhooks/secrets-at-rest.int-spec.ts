import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppConfig, CoreModule, openPGlite } from '@app/core';
import { WebhookDeliveryService, WebhooksModule, WebhookSubscriptionService } from '@app/webhooks';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { runMigrations } from '../../../apps/cli/src/run-migrations';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { startReceiver } from '../../support/webhook-receiver';
import { createWebhooksContext, emitVoteEvents } from '../../support/webhooks-context';

const KEY_1 = randomBytes(32).toString('base64');
const KEY_2 = randomBytes(32).toString('base64');

/** Every file under `dir` with its mode bits. */
function walk(dir: string): { file: string; mode: number; isDir: boolean }[] {
  const out: { file: string; mode: number; isDir: boolean }[] = [];
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const st = fs.statSync(file);
    out.push({ file, mode: st.mode & 0o777, isDir: st.isDirectory() });
    if (st.isDirectory()) out.push(...walk(file));
  }
  return out;
}

describe('webhook secrets at rest', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let tmp: string;

  beforeAll(async () => {
    receiver = await startReceiver();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-secrets-'));
  });

  afterAll(async () => {
    await receiver?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('in the database', () => {
    let db: TestDatabase;
    const env = (extra: Record<string, string>) => ({
      WEBHOOK_ALLOW_HOSTS: '127.0.0.1/32',
      SECRETS_KEY_FILE: path.join(tmp, 'unused.key'),
      ...extra,
    });
    const contexts: TestingModule[] = [];
    /** A process booting with this environment on the same database. */
    const boot = async (extra: Record<string, string>) => {
      const ctx = await createWebhooksContext({
        ...db,
        config: AppConfig.fromEnv({
          ...process.env,
          LOG_LEVEL: 'warn',
          DATABASE_URL: db.config.database.kind === 'postgres' ? db.config.database.url : '',
          ...env(extra),
        }),
      });
      contexts.push(ctx);
      return ctx;
    };
    const stored = async (ctx: TestingModule, id: string): Promise<string> =>
      (await ctx.get(DataSource).query(`SELECT secret FROM webhook_subscription WHERE id = $1`, [id]))[0].secret;
    const deliverTo = async (ctx: TestingModule, route: string, tag: string) => {
      await emitVoteEvents(ctx, 1, new Date(), tag);
      const svc = ctx.get(WebhookDeliveryService);
      await svc.dispatch();
      while ((await svc.deliverDue()) > 0);
      return receiver.received.filter((r) => r.path === route && JSON.parse(r.body).data.tag === tag);
    };

    beforeAll(async () => {
      db = await createTestDatabase(env({ SECRETS_KEY: KEY_1 }));
    });

    afterAll(async () => {
      for (const c of contexts) await c.close();
      await db?.drop();
    });

    it('stores the secret encrypted (AES-GCM), signs with the plain one', async () => {
      const ctx = await boot({ SECRETS_KEY: KEY_1 });
      const { subscription, secret } = await ctx
        .get(WebhookSubscriptionService)
        .create({ url: `${receiver.url}/enc`, eventTypes: ['matter.*'], createdBy: 'test' });
      receiver.secrets.set('/enc', secret);
      const atRest = await stored(ctx, subscription.id);
      expect(atRest).not.toContain(secret.slice('whsec_'.length));
      expect(atRest).not.toMatch(/whsec_/);
      expect(atRest).toMatch(/^enc:v1:/);
      const got = await deliverTo(ctx, '/enc', 'enc');
      expect(got.map((r) => r.verified)).toEqual([true]);
    });

    it('encrypts plain-text secrets left by an earlier version when a process starts, and re-encrypts on key rotation', async () => {
      const first = contexts[0];
      const plain = `whsec_${randomBytes(24).toString('base64')}`;
      const [{ id }] = await first
        .get(DataSource)
        .query(
          `INSERT INTO webhook_subscription (url, event_types, record_numbers, tracked_only, secret) VALUES ($1, $2, '{}', false, $3) RETURNING id`,
          [`${receiver.url}/legacy`, ['matter.*'], plain],
        );
      receiver.secrets.set('/legacy', plain);

      const restarted = await boot({ SECRETS_KEY: KEY_1 });
      const sealed = await stored(restarted, id);
      expect(sealed).toMatch(/^enc:v1:/);
      expect(sealed).not.toContain(plain.slice('whsec_'.length));
      expect((await deliverTo(restarted, '/legacy', 'legacy')).map((r) => r.verified)).toEqual([true]);

      const rotated = await boot({ SECRETS_KEY: KEY_2, SECRETS_PREVIOUS_KEYS: KEY_1 });
      const resealed = await stored(rotated, id);
      expect(resealed).toMatch(/^enc:v1:/);
      expect(resealed).not.toBe(sealed);
      expect((await deliverTo(rotated, '/legacy', 'rotated')).map((r) => r.verified)).toEqual([true]);
      // After rotation the old key is no longer needed.
      const newOnly = await boot({ SECRETS_KEY: KEY_2 });
      expect((await deliverTo(newOnly, '/legacy', 'new-only')).map((r) => r.verified)).toEqual([true]);
    });
  });

  it('without SECRETS_KEY, generates a key once into a 0600 file in a 0700 folder and keeps using it', async () => {
    const keyFile = path.join(tmp, 'keyfolder', 'secrets.key');
    const db = await createTestDatabase({ WEBHOOK_ALLOW_HOSTS: '127.0.0.1/32', SECRETS_KEY: '', SECRETS_KEY_FILE: keyFile });
    const a = await createWebhooksContext(db);
    try {
      const { subscription, secret } = await a
        .get(WebhookSubscriptionService)
        .create({ url: `${receiver.url}/keyfile`, eventTypes: ['matter.*'], createdBy: 'test' });
      receiver.secrets.set('/keyfile', secret);
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(keyFile)).mode & 0o777).toBe(0o700);
      const key = fs.readFileSync(keyFile, 'utf8');
      const b = await createWebhooksContext(db);
      try {
        expect(fs.readFileSync(keyFile, 'utf8')).toBe(key);
        const [{ secret: atRest }] = await b
          .get(DataSource)
          .query(`SELECT secret FROM webhook_subscription WHERE id = $1`, [subscription.id]);
        expect(atRest).toMatch(/^enc:v1:/);
        await emitVoteEvents(b, 1, new Date(), 'keyfile');
        await b.get(WebhookDeliveryService).dispatch();
        await b.get(WebhookDeliveryService).deliverDue();
        expect(receiver.received.filter((r) => r.path === '/keyfile').map((r) => r.verified)).toEqual([true]);
      } finally {
        await b.close();
      }
    } finally {
      await a.close();
      await db.drop();
    }
  });

  it('keeps the embedded database in 0600 files and 0700 folders, with no plain secret in any file (WAL included)', async () => {
    const dataDir = path.join(tmp, 'data', 'pglite');
    const config = AppConfig.fromEnv({
      ...process.env,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      PGLITE_DATA_DIR: dataDir,
      WEBHOOK_ALLOW_HOSTS: '127.0.0.1/32',
      SECRETS_KEY: KEY_1,
    });
    const pglite = await openPGlite(dataDir);
    await runMigrations(config.database, 'up', pglite);
    const ctx = await Test.createTestingModule({
      imports: [CoreModule.forRoot({ config, pglite: Promise.resolve(pglite) }), WebhooksModule],
    }).compile();
    await ctx.init();
    let secret: string;
    try {
      secret = (
        await ctx.get(WebhookSubscriptionService).create({ url: `${receiver.url}/disk`, eventTypes: ['matter.*'], createdBy: 'test' })
      ).secret;
      await ctx.get(DataSource).query('CHECKPOINT');
    } finally {
      await ctx.close();
      await pglite.close();
    }
    const entries = walk(path.dirname(dataDir));
    expect(entries.filter((e) => !e.isDir).length).toBeGreaterThan(100);
    expect(entries.filter((e) => !e.isDir && e.mode !== 0o600).map((e) => `${e.file} ${e.mode.toString(8)}`)).toEqual([]);
    expect(entries.filter((e) => e.isDir && e.mode !== 0o700).map((e) => `${e.file} ${e.mode.toString(8)}`)).toEqual([]);
    const needle = Buffer.from(secret.slice('whsec_'.length));
    expect(entries.filter((e) => !e.isDir && fs.readFileSync(e.file).includes(needle)).map((e) => e.file)).toEqual([]);
  });
});
