import { AppConfig, Clock, EventText, OutboundPolicy, SecretBox } from '@app/core';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { slackBody } from '../delivery/chat-body';
import { deliverOnce } from '../delivery/deliver-once';
import { nextAttemptDelayMs } from '../delivery/retry-schedule';
import { matchesAnyEventType } from '../events/event-type-glob';
import { ClaimedDelivery, DeliveryRepository, OutboxEventRow } from '../repositories/delivery.repository';
import { SubscriptionRepository, SubscriptionRow } from '../repositories/subscription.repository';
import { signWebhook } from '../signing/sign-payload';

/**
 * @description Fans outbox events out to matching subscriptions and delivers them: at least once,
 * one webhook-id per (event, subscription), signed per Standard Webhooks, retried with backoff for
 * about three days; a subscription failing longer than the configured window is disabled.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly config: AppConfig,
    private readonly outbound: OutboundPolicy,
    private readonly clock: Clock,
    private readonly box: SecretBox,
    /** Words for chat bodies, from the app that composes webhooks with the emitting domain; absent: the event type. */
    @Optional() @Inject(EventText) private readonly text: EventText | null,
  ) {}

  /**
   * Paused and disabled subscriptions get their deliveries too: they wait (claims take active
   * subscriptions only) and go out on resume, the newest WEBHOOK_PAUSED_QUEUE_LIMIT of them.
   */
  async dispatch(limit = 200): Promise<number> {
    const all = await this.subscriptions.list();
    const created = await this.deliveries.dispatch(limit, this.clock.now(), (e) => all.filter((s) => matches(s, e)).map((s) => s.id));
    const waiting = all.filter((s) => s.status !== 'active').map((s) => s.id);
    if (created > 0 && waiting.length > 0) {
      const dropped = await this.deliveries.dropOverflow(waiting, this.config.webhooks.pausedQueueLimit);
      if (dropped > 0)
        this.logger.warn(`${dropped} queued deliveries of paused or disabled subscriptions dropped (WEBHOOK_PAUSED_QUEUE_LIMIT)`);
    }
    return created;
  }

  /**
   * Delivers what is due, `concurrency` at a time; returns how many attempts were made. Each batch is
   * claimed just before it is sent, with a lease longer than one attempt can take, so a second
   * worker never takes over a delivery that is still being sent (claiming 50 and sending them in
   * five rounds let the last rounds' leases run out mid-send).
   */
  async deliverDue(limit = 50, concurrency = 10): Promise<number> {
    let made = 0;
    while (made < limit) {
      const claimed = await this.deliveries.claimDue(
        Math.min(concurrency, limit - made),
        this.clock.now(),
        attemptLeaseMs(this.config.webhooks.timeoutMs),
      );
      if (claimed.length === 0) break;
      await Promise.all(claimed.map((d) => this.attempt(d)));
      made += claimed.length;
    }
    return made;
  }

  private async attempt(d: ClaimedDelivery): Promise<void> {
    const startedAt = this.clock.now();
    let result: { ok: boolean; status: number | null; latencyMs: number; responseSnippet: string; error: string | null };
    try {
      // Checked again before every attempt: the name may now resolve somewhere private.
      const target = await this.outbound.resolvePublicTarget(d.url);
      // Receivers check webhook-timestamp against their own clock (replay protection): sign with real time.
      // A chat body is rendered from the stored event, the same bytes on every retry; what is sent is what is signed.
      const body = d.bodyFormat === 'slack' ? slackBody(d.body, this.text) : d.body;
      const headers = signWebhook({ id: d.messageId, timestamp: new Date(), body, secret: this.box.open(d.secret) });
      result = await deliverOnce({ target, headers: { ...headers }, body, timeoutMs: this.config.webhooks.timeoutMs });
    } catch (err) {
      result = { ok: false, status: null, latencyMs: 0, responseSnippet: '', error: (err as Error).message };
    }
    if (result.ok) {
      await this.deliveries.recordAttempt(d.id, d.attempts, startedAt, result, {
        status: 'succeeded',
        nextAttemptAt: null,
        deliveredAt: this.clock.now(),
      });
      await this.subscriptions.clearFailing(d.subscriptionId);
      return;
    }
    const delay = nextAttemptDelayMs(d.attempts);
    const nextAttemptAt = delay === null ? null : new Date(startedAt.getTime() + delay);
    await this.deliveries.recordAttempt(d.id, d.attempts, startedAt, result, {
      status: delay === null ? 'dead' : 'pending',
      nextAttemptAt,
      deliveredAt: null,
    });
    this.logger.warn(
      `delivery ${d.id} (${d.eventType}) attempt ${d.attempts} failed: ${result.error}${delay === null ? '; giving up' : ''}`,
    );
    await this.noteFailure(d.subscriptionId, startedAt, delay === null ? await this.deliveries.firstAttemptAt(d.id) : null);
  }

  /**
   * Failing since the first failure after the last success; past the window, the subscription is
   * disabled. So is one whose delivery just used its last attempt with no success since that
   * delivery's first: with jitter the last attempt can come 57 h after the first, before the window.
   */
  private async noteFailure(subscriptionId: string, at: Date, exhaustedSince: Date | null): Promise<void> {
    const sub = await this.subscriptions.find(subscriptionId);
    if (!sub) return;
    const since = sub.failingSince ?? at;
    if (!sub.failingSince) await this.subscriptions.update(subscriptionId, { failingSince: since });
    const hours = this.config.webhooks.disableAfterHours;
    const downWholeRetryWindow = exhaustedSince !== null && since.getTime() <= exhaustedSince.getTime();
    if (sub.status === 'active' && (downWholeRetryWindow || at.getTime() - since.getTime() > hours * 3_600_000)) {
      await this.subscriptions.update(subscriptionId, {
        status: 'disabled',
        disabledReason: `Deliveries failing since ${since.toISOString()} (over ${hours} h)`,
      });
      this.logger.warn(`subscription ${subscriptionId} disabled: failing since ${since.toISOString()}`);
    }
  }
}

/** Margin over the request timeout for the target's DNS check and the attempt's own database write. */
export const LEASE_MARGIN_MS = 30_000;

/** How long a claim lasts: an attempt ends within its timeout, so only a dead worker's claims expire. */
export function attemptLeaseMs(timeoutMs: number): number {
  return timeoutMs + LEASE_MARGIN_MS;
}

function matches(s: SubscriptionRow, e: OutboxEventRow): boolean {
  if (e.type === 'webhook.test' || !matchesAnyEventType(s.eventTypes, e.type)) return false;
  if (s.recordNumbers.length && !(e.subject && s.recordNumbers.includes(e.subject))) return false;
  if (s.chapter) {
    // The emitting domain names the chapters an event is about (`data.chapters`); webhooks only compare.
    const chapters = (JSON.parse(e.body) as { data?: { chapters?: unknown } }).data?.chapters;
    if (!Array.isArray(chapters) || !chapters.includes(s.chapter)) return false;
  }
  // Events about matters are only emitted for tracked matters, so trackedOnly holds for all of them.
  return true;
}
