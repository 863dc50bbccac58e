import { Clock, OutboundPolicy, OutboundTargetRefusedError, SecretBox } from '@app/core';
import { Injectable } from '@nestjs/common';
import type { WebhookBodyFormat } from '../delivery/chat-body';
import { RETRY_WINDOW_MS } from '../delivery/retry-schedule';
import { isValidEventTypePattern } from '../events/event-type-glob';
import { DeliveryRepository, DeliveryRow } from '../repositories/delivery.repository';
import { SubscriptionRepository, SubscriptionRow } from '../repositories/subscription.repository';
import { generateWebhookSecret } from '../signing/webhook-secret';
import { WebhookErrorCode, WebhookException } from '../webhooks.exception';

export type SubscriptionRecord = Omit<SubscriptionRow, 'secret'>;
export type DeliveryRecord = DeliveryRow;

export interface CreateSubscription {
  url: string;
  eventTypes: string[];
  recordNumbers?: string[];
  trackedOnly?: boolean;
  chapter?: string | null;
  /** `slack`: a chat message (text and blocks) instead of the Standard Webhooks JSON. */
  bodyFormat?: WebhookBodyFormat;
  createdBy: string;
}

const withoutSecret = ({ secret: _secret, ...rest }: SubscriptionRow): SubscriptionRecord => rest;

/**
 * @description Webhook subscriptions: the URL is checked (SSRF) at creation; the secret is returned
 * once and stored sealed (SecretBox, AES-256-GCM).
 */
@Injectable()
export class WebhookSubscriptionService {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly outbound: OutboundPolicy,
    private readonly clock: Clock,
    private readonly box: SecretBox,
  ) {}

  async create(input: CreateSubscription): Promise<{ subscription: SubscriptionRecord; secret: string }> {
    await this.checkUrl(input.url);
    const bad = input.eventTypes.find((t) => !isValidEventTypePattern(t));
    if (bad || input.eventTypes.length === 0)
      throw new WebhookException(WebhookErrorCode.INVALID_EVENT_TYPE, `Invalid event type pattern "${bad ?? ''}"`, {
        eventType: bad ?? null,
      });
    const secret = generateWebhookSecret();
    const row = await this.subscriptions.create({
      url: input.url,
      eventTypes: input.eventTypes,
      recordNumbers: (input.recordNumbers ?? []).map((n) => n.trim().toUpperCase()),
      trackedOnly: input.trackedOnly ?? false,
      chapter: input.chapter ?? null,
      bodyFormat: input.bodyFormat ?? 'standard',
      secret: this.box.seal(secret),
      createdBy: input.createdBy,
    });
    return { subscription: withoutSecret(row), secret };
  }

  async list(): Promise<SubscriptionRecord[]> {
    return (await this.subscriptions.list()).map(withoutSecret);
  }

  async rotateSecret(id: string): Promise<{ subscription: SubscriptionRecord; secret: string }> {
    const secret = generateWebhookSecret();
    return { subscription: withoutSecret(await this.updateOrThrow(id, { secret: this.box.seal(secret) })), secret };
  }

  /**
   * Resuming sends what was queued meanwhile (see WebhookDeliveryService.dispatch); re-enabling a
   * disabled subscription first drops what waited longer than the retry window.
   */
  async setPaused(id: string, paused: boolean): Promise<SubscriptionRecord> {
    if (!paused && (await this.subscriptions.find(id))?.status === 'disabled') {
      await this.deliveries.expireQueued(id, new Date(this.clock.now().getTime() - RETRY_WINDOW_MS));
    }
    return withoutSecret(
      await this.updateOrThrow(id, paused ? { status: 'paused' } : { status: 'active', disabledReason: null, failingSince: null }),
    );
  }

  async delete(id: string): Promise<void> {
    if (!(await this.subscriptions.delete(id))) throw this.notFound(id);
  }

  async ping(id: string): Promise<string> {
    const sub = await this.subscriptions.find(id);
    if (!sub) throw this.notFound(id);
    const now = this.clock.now();
    const body = JSON.stringify({ type: 'webhook.test', version: 1, timestamp: now.toISOString(), data: { subscriptionId: id } });
    return this.deliveries.enqueuePing(id, body, now);
  }

  async redeliver(deliveryId: string): Promise<void> {
    if (!(await this.deliveries.redeliver(deliveryId, this.clock.now()))) {
      throw new WebhookException(WebhookErrorCode.DELIVERY_NOT_FOUND, `No delivery ${deliveryId}`, { deliveryId });
    }
  }

  deliveriesOf(subscriptionId: string, limit = 50): Promise<DeliveryRecord[]> {
    return this.deliveries.listBySubscription(subscriptionId, limit);
  }

  private async checkUrl(url: string): Promise<void> {
    try {
      await this.outbound.resolvePublicTarget(url);
    } catch (err) {
      if (err instanceof OutboundTargetRefusedError)
        throw new WebhookException(WebhookErrorCode.URL_REFUSED, err.message, { url, refusal: `WEBHOOK_${err.code}` });
      throw err;
    }
  }

  private async updateOrThrow(id: string, set: Parameters<SubscriptionRepository['update']>[1]): Promise<SubscriptionRow> {
    const row = await this.subscriptions.update(id, set);
    if (!row) throw this.notFound(id);
    return row;
  }

  private notFound(id: string): WebhookException {
    return new WebhookException(WebhookErrorCode.SUBSCRIPTION_NOT_FOUND, `No webhook subscription ${id}`, { id });
  }
}
