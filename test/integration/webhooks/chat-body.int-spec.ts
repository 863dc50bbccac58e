import { CoreModule, UnitOfWork, writeOutboxEvents } from '@app/core';
import { LEGISLATION_EVENTS, LegislationEventTextModule } from '@app/legislation';
import { WebhookDeliveryService, WebhooksModule, WebhookSubscriptionService } from '@app/webhooks';
import { Test, TestingModule } from '@nestjs/testing';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { startReceiver } from '../../support/webhook-receiver';

/** A vote_scheduled event as MatterEventsService writes it (the synthetic O2023-0004222 story's meeting). */
function voteScheduled(chapters: string[], tag: string, at: Date) {
  return {
    type: LEGISLATION_EVENTS.voteScheduled,
    dedupKey: `test:chat:${tag}`,
    subject: 'O2023-0004222',
    occurredAt: at,
    data: {
      matter: {
        recordNumber: 'O2023-0004222',
        matterId: '8c3c6a43-0d3b-ee11-bd7d-001dd80a4a1d',
        title: 'Amendment of Municipal Code Chapter 2-173 regarding <Welcoming City> & immigration enforcement',
        url: 'http://localhost:3000/matters/O2023-0004222',
      },
      chapters,
      stage: 'ON_AGENDA',
      meeting: {
        meetingId: 'b0f7ed37-a4b6-ef11-b8e9-001dd8309a3b',
        body: 'City Council',
        startsAt: '2025-01-15T16:00:00.000Z',
        startsAtLocal: 'Wednesday, January 15, 2025 at 10:00 AM CST',
        timeZone: 'America/Chicago',
        location: 'Council Chambers, City Hall',
        publicCommentDeadline: '2025-01-15T15:00:00.000Z',
        publicCommentDeadlineLocal: 'Wednesday, January 15, 2025 at 9:00 AM CST',
      },
    },
  };
}

describe('chat-ready webhooks and chapter filters', () => {
  let db: TestDatabase;
  let ctx: TestingModule;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let now = new Date('2025-01-10T18:00:00Z');
  const pump = async () => {
    const svc = ctx.get(WebhookDeliveryService);
    await svc.dispatch();
    while ((await svc.deliverDue()) > 0);
  };
  const subscribe = async (path: string, extra: object) => {
    const { secret } = await ctx
      .get(WebhookSubscriptionService)
      .create({ url: `${receiver.url}${path}`, eventTypes: ['matter.*'], createdBy: 'test', ...extra });
    receiver.secrets.set(path, secret);
  };
  const emit = (...events: ReturnType<typeof voteScheduled>[]) => ctx.get(UnitOfWork).transaction((tx) => writeOutboxEvents(events, tx));

  beforeAll(async () => {
    receiver = await startReceiver();
    db = await createTestDatabase({ WEBHOOK_ALLOW_HOSTS: '127.0.0.1/32', WEBHOOK_TIMEOUT_MS: '2000' });
    // As the worker composes it: webhooks, and legislation's words for chat bodies through core's EventText port.
    ctx = await Test.createTestingModule({
      imports: [CoreModule.forRoot({ config: db.config, pglite: db.pglite, now: () => now }), LegislationEventTextModule, WebhooksModule],
    }).compile();
    await ctx.init();
  });

  afterAll(async () => {
    await ctx?.close();
    await db?.drop();
    await receiver?.close();
  });

  it('delivers a Slack-compatible body (text and blocks), signed as sent, the same bytes on a retry', async () => {
    await subscribe('/slack', { bodyFormat: 'slack' });
    receiver.respondWith.status = 503;
    await emit(voteScheduled(['2-173'], 'slack', now));
    await pump();
    receiver.respondWith.status = 200;
    // The first retry is due 5 s (±20%) after the first attempt.
    now = new Date(now.getTime() + 60_000);
    await pump();
    const got = receiver.received.filter((r) => r.path === '/slack');
    expect(got.map((r) => r.status)).toEqual([503, 200]);
    expect(got[1].body).toBe(got[0].body);
    expect(got.every((r) => r.verified)).toBe(true);
    expect(got[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(got[1].body)).toEqual({
      text: [
        'O2023-0004222 is on the agenda: City Council, Wednesday, January 15, 2025 at 10:00 AM CST',
        'Amendment of Municipal Code Chapter 2-173 regarding <Welcoming City> & immigration enforcement',
        'Location: Council Chambers, City Hall',
        'Public comment deadline: Wednesday, January 15, 2025 at 9:00 AM CST',
      ].join('\n'),
      blocks: [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: [
              '*<http://localhost:3000/matters/O2023-0004222|O2023-0004222 is on the agenda: City Council, Wednesday, January 15, 2025 at 10:00 AM CST>*',
              'Amendment of Municipal Code Chapter 2-173 regarding &lt;Welcoming City&gt; &amp; immigration enforcement',
              'Location: Council Chambers, City Hall',
              'Public comment deadline: Wednesday, January 15, 2025 at 9:00 AM CST',
            ].join('\n'),
          },
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '`matter.vote_scheduled` · Chicago legislation tracker' }] },
      ],
    });
  });

  it('filters by chapter on the chapters the event names, not on its title', async () => {
    await subscribe('/chapter', { chapter: '2-173' });
    // The title names 2-173 in both; only the event's own chapters decide.
    await emit(voteScheduled(['2-173'], 'named', now), voteScheduled(['2-1730'], 'other', now), voteScheduled([], 'none', now));
    await pump();
    const got = receiver.received.filter((r) => r.path === '/chapter').map((r) => JSON.parse(r.body).data.chapters);
    expect(got).toEqual([['2-173']]);
  });
});
