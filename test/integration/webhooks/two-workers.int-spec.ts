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
    // A 2.5 s timeout and a receiver that answers 200 after 2 s, the 3 s / 2.5 s case: the fifth
    // round of a 50-delivery claim starts after 8 s, past a 3x-timeout lease (7.5 s). The 0.5 s margin
    // keeps answers inside the timeout on a loaded machine (a late answer is a retry, not this bug).
    db = await createTestDatabase({ WEBHOOK_ALLOW_HOSTS: '127.0.0.1/32', WEBHOOK_TIMEOUT_MS: '2500' });
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
    const { secret } = await a
      .get(WebhookSubscriptionService)
      .create({ url: `${receiver.url}/slow`, eventTypes: ['matter.*'], createdBy: 'test' });
    receiver.secrets.set('/slow', secret);
    receiver.latency.ms = 2000;
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
      while (!(await settled()) && Date.now() - started < 45_000) await sleep(100);
      await sleep(3000); // a late duplicate would arrive within one more round
      done = true;
    })();
    await Promise.all([loop(a, () => done), loop(b, () => done), watcher]);

    // Every send is an attempt of its own claim, and none follows an answer the worker saw as 2xx.
    // (An answer after the timeout is a failed attempt, retried with the same webhook-id: at least once.)
    expect(receiver.received.every((r) => r.status === 200 && r.verified)).toBe(true);
    const sends = new Map<string, number>();
    for (const r of receiver.received) sends.set(r.headers['webhook-id'], (sends.get(r.headers['webhook-id']) ?? 0) + 1);
    expect(sends.size).toBe(60);
    const rows: { messageId: string; status: string; attempts: number; logged: number; ok: number; okThenMore: number }[] = await ds.query(
      `SELECT d.message_id AS "messageId", d.status, d.attempts, count(a.id)::int AS logged,
              count(*) FILTER (WHERE a.status_code BETWEEN 200 AND 299)::int AS ok,
              count(*) FILTER (WHERE a.attempt > (SELECT min(b.attempt) FROM webhook_delivery_attempt b WHERE b.delivery_id = d.id AND b.status_code BETWEEN 200 AND 299))::int AS "okThenMore"
         FROM webhook_delivery d JOIN webhook_delivery_attempt a ON a.delivery_id = d.id GROUP BY d.id`,
    );
    expect(rows).toHaveLength(60);
    for (const r of rows) {
      expect({ id: r.messageId, status: r.status, ok: r.ok, okThenMore: r.okThenMore, sends: sends.get(r.messageId) }).toEqual({
        id: r.messageId,
        status: 'succeeded',
        ok: 1,
        okThenMore: 0,
        sends: r.logged,
      });
    }
  });
});
