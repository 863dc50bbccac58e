import { WebhookDeliveryService, WebhookSubscriptionService } from '@app/webhooks';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { startReceiver } from '../../support/webhook-receiver';
import { createWebhooksContext, emitVoteEvents } from '../../support/webhooks-context';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('webhook delivery with two workers and a slow receiver', () => {
  let db: TestDatabase;
  let a: TestingModule;
  let b: TestingModule;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    // A 1 s timeout and a receiver that answers 200 after 0.8 s: the 3 s / 2.5 s case, scaled down.
    db = await createTestDatabase({ WEBHOOK_ALLOW_HOSTS: '127.0.0.1/32', WEBHOOK_TIMEOUT_MS: '1000' });
    a = await createWebhooksContext(db);
    b = await createWebhooksContext(db);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
    await receiver?.close();
  });

  it('sends each webhook-id once to a receiver that answered 2xx', async () => {
    const { secret } = await a.get(WebhookSubscriptionService).create({ url: `${receiver.url}/slow`, eventTypes: ['matter.*'], createdBy: 'test' });
    receiver.secrets.set('/slow', secret);
    receiver.latency.ms = 800;
    await emitVoteEvents(a, 60, new Date());
    expect(await a.get(WebhookDeliveryService).dispatch()).toBe(60);

    // Each worker runs its 2 s tick loop until nothing is left; b keeps ticking, as a real worker does.
    const loop = async (ctx: TestingModule, until: () => boolean) => {
      const svc = ctx.get(WebhookDeliveryService);
      while (!until()) if ((await svc.deliverDue()) === 0) await sleep(100);
    };
    const ds = a.get(DataSource);
    let done = false;
    const settled = async () => {
      const [{ open }] = await ds.query(`SELECT count(*)::int AS open FROM webhook_delivery WHERE status <> 'succeeded'`);
      return open === 0;
    };
    const watcher = (async () => {
      const started = Date.now();
      while (!(await settled()) && Date.now() - started < 30_000) await sleep(100);
      await sleep(1500); // a late duplicate would arrive within one more lease
      done = true;
    })();
    await Promise.all([loop(a, () => done), loop(b, () => done), watcher]);

    const ids = receiver.received.map((r) => r.headers['webhook-id']);
    expect(receiver.received.every((r) => r.status === 200 && r.verified)).toBe(true);
    expect(new Set(ids).size).toBe(60);
    expect(ids).toHaveLength(60);
    const rows = await ds.query(`SELECT status, attempts FROM webhook_delivery`);
    expect(rows.every((r: { status: string; attempts: number }) => r.status === 'succeeded' && r.attempts === 1)).toBe(true);
  });
});
