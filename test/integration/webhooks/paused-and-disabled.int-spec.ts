import { WebhookDeliveryService, WebhookSubscriptionService } from '@app/webhooks';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { startReceiver } from '../../support/webhook-receiver';
import { createWebhooksContext, emitVoteEvents } from '../../support/webhooks-context';

const HOUR = 3_600_000;

describe('webhooks while a subscription is paused, disabled or down', () => {
  let db: TestDatabase;
  let ctx: TestingModule;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let now = new Date('2025-01-10T18:00:00Z');
  const subs = () => ctx.get(WebhookSubscriptionService);
  const pump = async () => {
    const svc = ctx.get(WebhookDeliveryService);
    await svc.dispatch();
    while ((await svc.deliverDue()) > 0);
  };
  const subscribe = async (path: string) => {
    const { subscription, secret } = await subs().create({ url: `${receiver.url}${path}`, eventTypes: ['matter.*'], createdBy: 'test' });
    receiver.secrets.set(path, secret);
    return subscription.id;
  };
  const bodiesAt = (path: string) => receiver.received.filter((r) => r.path === path).map((r) => JSON.parse(r.body).data.n as number);

  beforeAll(async () => {
    receiver = await startReceiver();
    db = await createTestDatabase({ WEBHOOK_ALLOW_HOSTS: '127.0.0.1/32', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_PAUSED_QUEUE_LIMIT: '3' });
    ctx = await createWebhooksContext(db, () => now);
  });

  afterAll(async () => {
    await ctx?.close();
    await db?.drop();
    await receiver?.close();
  });

  it('queues the events of a paused subscription and delivers the newest (up to the limit) on resume', async () => {
    const id = await subscribe('/paused');
    await subs().setPaused(id, true);
    await emitVoteEvents(ctx, 5, now, 'paused');
    await pump();
    expect(bodiesAt('/paused')).toEqual([]);
    await subs().setPaused(id, false);
    await pump();
    expect(bodiesAt('/paused').sort()).toEqual([2, 3, 4]);
    expect(receiver.received.filter((r) => r.path === '/paused').every((r) => r.verified)).toBe(true);
    const dropped = await subs().deliveriesOf(id);
    expect(dropped.filter((d) => d.status === 'dead').map((d) => d.lastError)).toEqual([
      expect.stringMatching(/queue full/),
      expect.stringMatching(/queue full/),
    ]);
  });

  it('keeps the events of a disabled subscription for the retry window, for redelivery when it is re-enabled', async () => {
    const id = await subscribe('/disabled');
    // What the failure rule leaves: disabled with a reason.
    await ctx.get(DataSource).query(`UPDATE webhook_subscription SET status = 'disabled', disabled_reason = 'down' WHERE id = $1`, [id]);
    await emitVoteEvents(ctx, 1, now, 'disabled-old');
    await pump();
    now = new Date(now.getTime() + 80 * HOUR);
    await emitVoteEvents(ctx, 1, now, 'disabled-new');
    await pump();
    expect(bodiesAt('/disabled')).toEqual([]);
    await subs().setPaused(id, false);
    await pump();
    // The first event is older than the retry window (71.7 h): expired, not sent.
    const got = receiver.received.filter((r) => r.path === '/disabled');
    expect(got.map((r) => JSON.parse(r.body).data.tag)).toEqual(['disabled-new']);
    const log = await subs().deliveriesOf(id);
    expect(log.map((d) => d.status).sort()).toEqual(['dead', 'succeeded']);
    expect(log.find((d) => d.status === 'dead')?.lastError).toMatch(/retry window/);
  });

  it('disables a subscription whose receiver was down for the whole retry window, whatever the jitter', async () => {
    const id = await subscribe('/down');
    receiver.downPaths.add('/down');
    // The shortest jitter draw: every delay 20 % early, the last attempt 57.4 h after the first.
    const random = jest.spyOn(Math, 'random').mockReturnValue(0);
    try {
      await emitVoteEvents(ctx, 1, now, 'down');
      // The clock jumps to each retry as it falls due, as a worker ticking every 2 s would see it.
      for (let i = 0; i < 20; i++) {
        await pump();
        const [row] = await ctx
          .get(DataSource)
          .query(`SELECT next_attempt_at FROM webhook_delivery WHERE subscription_id = $1 AND status = 'pending'`, [id]);
        if (!row) break;
        now = new Date(row.next_attempt_at);
      }
    } finally {
      random.mockRestore();
    }
    expect(receiver.received.filter((r) => r.path === '/down')).toHaveLength(14);
    const [sub] = (await subs().list()).filter((s) => s.id === id);
    expect(sub.status).toBe('disabled');
    expect(sub.disabledReason).toMatch(/failing/);
  });
});
