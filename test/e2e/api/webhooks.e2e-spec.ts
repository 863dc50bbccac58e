import { ApiKeyService } from '@app/core';
import { WebhookDeliveryService } from '@app/webhooks';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { gql } from '../../support/graphql-client';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';
import { startReceiver } from '../../support/webhook-receiver';
import { abandonClaims } from '../../support/factories/webhook-delivery.factory';

const CREATE = `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id status eventTypes } } }`;

describe('webhooks for coalitions', () => {
  let s: SyntheticApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let key: string;
  let now = new Date('2025-01-10T18:00:00Z');
  const op = (query: string, variables: object = {}) =>
    request(s.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${key}`)
      .send({ query, variables })
      .then((r) => r.body);
  const subscribe = async (path: string, input: object) => {
    const res = await op(CREATE, { input: { url: `${receiver.url}${path}`, ...input } });
    receiver.secrets.set(path, res.data.createWebhookSubscription.secret);
    return res.data.createWebhookSubscription.subscription.id as string;
  };
  const pump = async () => {
    const svc = s.app.get(WebhookDeliveryService);
    await svc.dispatch();
    while ((await svc.deliverDue()) > 0);
  };

  beforeAll(async () => {
    receiver = await startReceiver();
    s = await startSyntheticApp(() => now, {
      env: { WEBHOOK_ALLOW_HOSTS: '127.0.0.1/32', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_DISABLE_AFTER_HOURS: '2' },
    });
    key = (await s.app.get(ApiKeyService).create('coalition-ops')).key;
  });

  afterAll(async () => {
    await s?.close();
    await receiver?.close();
  });

  it('refuses a private address and needs an operator key', async () => {
    expect(
      (await gql(s.app, CREATE, { input: { url: 'http://example.org/hook', eventTypes: ['matter.*'] } })).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
    const res = await op(CREATE, { input: { url: 'http://10.0.0.5/hook', eventTypes: ['matter.*'] } });
    expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'URL_REFUSED', refusal: 'WEBHOOK_URL_PRIVATE' });
  });

  it('delivers the vote on O2023-0004222 once per matching subscription, signed per Standard Webhooks', async () => {
    await subscribe('/all', { eventTypes: ['matter.*'] });
    await subscribe('/votes', { eventTypes: ['matter.vote_scheduled'], recordNumbers: ['O2023-0004222'] });
    await subscribe('/meetings', { eventTypes: ['meeting.*'] });
    await subscribe('/other-matter', { eventTypes: ['*'], recordNumbers: ['SO2025-0019977'] });
    await pump();
    const votes = receiver.received.filter((r) => JSON.parse(r.body).type === 'matter.vote_scheduled');
    expect(votes.map((r) => r.path).sort()).toEqual(['/all', '/votes']);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    // matter.* gets the Rule 41 notice, the text and the vote; one poll stored matter and agenda together, so no stage change.
    expect(receiver.received.map((r) => r.path).sort()).toEqual(['/all', '/all', '/all', '/votes']);
    expect(JSON.parse(votes[0].body).data.meeting).toMatchObject({
      startsAt: '2025-01-15T16:00:00.000Z',
      publicCommentDeadline: '2025-01-15T15:00:00.000Z',
    });
    // Delivered is delivered: pumping again sends nothing more.
    await pump();
    expect(receiver.received).toHaveLength(4);
  });

  it('retries with backoff while the receiver is down, then delivers with the same webhook-id', async () => {
    const id = await subscribe('/flaky', { eventTypes: ['matter.rule41_notice_filed'] });
    // The event was dispatched before this subscription existed; a ping shows the retry path instead.
    receiver.respondWith.status = 503;
    await op(`mutation ($input: WebhookSubscriptionIdInput!) { pingWebhookSubscription(input: $input) }`, { input: { id } });
    await pump();
    now = new Date(now.getTime() + 10 * 60_000);
    await pump();
    const failed = receiver.received.filter((r) => r.path === '/flaky');
    expect(failed.map((r) => r.status)).toEqual([503, 503]);
    receiver.respondWith.status = 200;
    now = new Date(now.getTime() + 60 * 60_000);
    await pump();
    const all = receiver.received.filter((r) => r.path === '/flaky');
    expect(all.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(new Set(all.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(all.every((r) => r.verified)).toBe(true);
    const log = await op(`{ webhookSubscriptions { id deliveries { status attempts lastStatusCode messageId } } }`);
    const mine = log.data.webhookSubscriptions.find((x: any) => x.id === id);
    expect(mine.deliveries[0]).toMatchObject({
      status: 'succeeded',
      attempts: 3,
      lastStatusCode: 200,
      messageId: all[0].headers['webhook-id'],
    });
  });

  it('delivers after a worker died mid-delivery, with the same webhook-id', async () => {
    const id = await subscribe('/crash', { eventTypes: ['webhook.test'] });
    await op(`mutation ($input: WebhookSubscriptionIdInput!) { pingWebhookSubscription(input: $input) }`, { input: { id } });
    const ds = s.app.get(DataSource);
    // What a worker killed after claiming leaves behind: in flight, lease not yet expired, nothing sent.
    expect((await abandonClaims(s.app, now, 60_000)).map((c) => c.subscriptionId)).toEqual([id]);
    await pump();
    expect(receiver.received.filter((r) => r.path === '/crash')).toHaveLength(0);
    now = new Date(now.getTime() + 2 * 60_000);
    await pump();
    const got = receiver.received.filter((r) => r.path === '/crash');
    expect(got).toHaveLength(1);
    const [row] = await ds.query(`SELECT message_id, status FROM webhook_delivery WHERE subscription_id = $1`, [id]);
    expect(row).toEqual({ message_id: got[0].headers['webhook-id'], status: 'succeeded' });
  });

  it('rotates the secret, pauses, resumes and deletes', async () => {
    const id = await subscribe('/ops', { eventTypes: ['webhook.test'] });
    const ping = () => op(`mutation ($input: WebhookSubscriptionIdInput!) { pingWebhookSubscription(input: $input) }`, { input: { id } });
    const rotated = await op(`mutation ($input: WebhookSubscriptionIdInput!) { rotateWebhookSecret(input: $input) { secret } }`, {
      input: { id },
    });
    const oldSecret = receiver.secrets.get('/ops');
    expect(rotated.data.rotateWebhookSecret.secret).toMatch(/^whsec_/);
    expect(rotated.data.rotateWebhookSecret.secret).not.toBe(oldSecret);
    receiver.secrets.set('/ops', rotated.data.rotateWebhookSecret.secret);
    await ping();
    await pump();
    expect(receiver.received.filter((r) => r.path === '/ops').map((r) => r.verified)).toEqual([true]);

    expect(
      (await op(`mutation ($input: WebhookSubscriptionIdInput!) { pauseWebhookSubscription(input: $input) { status } }`, { input: { id } }))
        .data.pauseWebhookSubscription.status,
    ).toBe('paused');
    await ping();
    await pump();
    expect(receiver.received.filter((r) => r.path === '/ops')).toHaveLength(1);
    expect(
      (
        await op(`mutation ($input: WebhookSubscriptionIdInput!) { resumeWebhookSubscription(input: $input) { status } }`, {
          input: { id },
        })
      ).data.resumeWebhookSubscription.status,
    ).toBe('active');
    await pump();
    expect(receiver.received.filter((r) => r.path === '/ops')).toHaveLength(2);

    expect(
      (await op(`mutation ($input: WebhookSubscriptionIdInput!) { deleteWebhookSubscription(input: $input) }`, { input: { id } })).data
        .deleteWebhookSubscription,
    ).toBe(true);
    expect((await ping()).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('disables a subscription whose deliveries keep failing, and says why', async () => {
    receiver.downPaths.add('/down');
    const id = await subscribe('/down', { eventTypes: ['webhook.test'] });
    await op(`mutation ($input: WebhookSubscriptionIdInput!) { pingWebhookSubscription(input: $input) }`, { input: { id } });
    for (let i = 0; i < 8; i++) {
      await pump();
      now = new Date(now.getTime() + 45 * 60_000);
    }
    const res = await op(`{ webhookSubscriptions { id status disabledReason failingSince deliveries { status attempts } } }`);
    const sub = res.data.webhookSubscriptions.find((x: any) => x.id === id);
    expect(sub.status).toBe('disabled');
    expect(sub.disabledReason).toMatch(/failing since .* \(over 2 h\)/);
    expect(sub.deliveries[0].attempts).toBeGreaterThan(2);
    const before = receiver.received.filter((r) => r.path === '/down').length;
    now = new Date(now.getTime() + 24 * 3_600_000);
    await pump();
    expect(receiver.received.filter((r) => r.path === '/down')).toHaveLength(before);
  });
});
