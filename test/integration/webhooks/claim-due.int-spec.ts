import { WebhookDeliveryService, WebhookSubscriptionService } from '@app/webhooks';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DeliveryRepository } from '../../../libs/webhooks/src/repositories/delivery.repository';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { createWebhooksContext, emitVoteEvents } from '../../support/webhooks-context';

const T0 = new Date('2026-07-15T15:00:00Z');
const LEASE = 30_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

/** DeliveryRepository.claimDue on a real database: which deliveries a worker takes, and that two never take the same. */
describe(`${DeliveryRepository.name}.claimDue`, () => {
  let db: TestDatabase;
  let ctx: TestingModule;
  let other: TestingModule;
  let repo: DeliveryRepository;
  let ds: DataSource;
  let active: string;
  let paused: string;

  const row = async (id: string) =>
    (await ds.query(`SELECT status, attempts, locked_until AS "lockedUntil" FROM webhook_delivery WHERE id = $1`, [id]))[0] as {
      status: string;
      attempts: number;
      lockedUntil: Date | null;
    };

  beforeAll(async () => {
    db = await createTestDatabase({ WEBHOOK_ALLOW_HOSTS: '127.0.0.1/32' });
    ctx = await createWebhooksContext(db, () => T0);
    other = await createWebhooksContext(db, () => T0);
    repo = ctx.get(DeliveryRepository);
    ds = ctx.get(DataSource);
    const subs = ctx.get(WebhookSubscriptionService);
    active = (await subs.create({ url: 'http://127.0.0.1:9/active', eventTypes: ['matter.*'], createdBy: 'test' })).subscription.id;
    paused = (await subs.create({ url: 'http://127.0.0.1:9/paused', eventTypes: ['matter.*'], createdBy: 'test' })).subscription.id;
    await subs.setPaused(paused, true);
    // Six events, a millisecond apart: six deliveries for each subscription, due at T0 + i ms.
    await emitVoteEvents(ctx, 6, T0);
    expect(await ctx.get(WebhookDeliveryService).dispatch()).toBe(12);
  });

  afterAll(async () => {
    await ctx?.close();
    await other?.close();
    await db?.drop();
  });

  const n = (c: { body: string }) => JSON.parse(c.body).data.n as number;
  const failed = { status: 503, latencyMs: 5, responseSnippet: 'busy', error: 'HTTP 503' };

  it('tells a worker its claims: due deliveries of active subscriptions only, up to the limit, each leased', async () => {
    expect(await repo.claimDue(10, at(-1), LEASE)).toEqual([]); // dispatched at T0: nothing is due before
    const first = await repo.claimDue(4, T0, LEASE);
    expect(first).toHaveLength(4);
    expect(first.every((c) => c.subscriptionId === active && c.attempts === 1 && c.eventType === 'matter.vote_recorded')).toBe(true);
    expect(first[0].url).toBe('http://127.0.0.1:9/active');
    expect(await row(first[0].id)).toEqual({ status: 'in_flight', attempts: 1, lockedUntil: at(LEASE) });
    // A second worker gets the other two, never one of the leased four; a third claim gets nothing.
    const second = await other.get(DeliveryRepository).claimDue(10, T0, LEASE);
    expect(second.map(n).sort()).toEqual([0, 1, 2, 3, 4, 5].filter((i) => !first.map(n).includes(i)));
    expect(await repo.claimDue(10, T0, LEASE)).toEqual([]);

    // The first four fail and are rescheduled 1–4 s later; the other two are abandoned (their worker died).
    await Promise.all(
      first.map((c, i) =>
        repo.recordAttempt(c.id, 1, T0, failed, { status: 'pending', nextAttemptAt: at((i + 1) * 1000), deliveredAt: null }),
      ),
    );
    const retried = await repo.claimDue(10, at(2500), LEASE);
    expect(retried.map((c) => [n(c), c.attempts])).toEqual([
      [n(first[0]), 2],
      [n(first[1]), 2],
    ]);
    // Once their lease runs out, the abandoned two come back first (due since T0), then the retries due by now.
    const later = await repo.claimDue(10, at(LEASE + 1), LEASE);
    expect(later.map((c) => [n(c), c.attempts])).toEqual([
      ...second.map((c) => [n(c), 2]).sort((x, y) => x[0] - y[0]),
      [n(first[2]), 2],
      [n(first[3]), 2],
    ]);
    expect(later.every((c) => c.subscriptionId === active)).toBe(true);
  });

  it('gives the deliveries of a resumed subscription to concurrent claims, each to one of them', async () => {
    await ctx.get(WebhookSubscriptionService).setPaused(paused, false);
    const now = at(LEASE + 2); // no active lease has run out yet: only the resumed subscription's six are due
    const [a, b] = await Promise.all([repo.claimDue(4, now, LEASE), other.get(DeliveryRepository).claimDue(4, now, LEASE)]);
    const claimed = [...a, ...b];
    expect(claimed.every((c) => c.subscriptionId === paused && c.attempts === 1)).toBe(true);
    expect(claimed.map(n).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
