import type { Operator } from '@app/core';
import { WebhookSubscriptionService } from '@app/webhooks';
import { ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OperatorGuard } from '../../auth/operator.guard';
import {
  CreateWebhookSubscriptionInput,
  WebhookDelivery,
  WebhookSubscription,
  WebhookSubscriptionIdInput,
  WebhookSubscriptionWithSecret,
} from './webhook-subscription.model';

/** Subscriptions are operator business: every field here needs an API key. */
@Resolver(() => WebhookSubscription)
@UseGuards(OperatorGuard)
export class WebhookSubscriptionResolver {
  constructor(private readonly webhooks: WebhookSubscriptionService) {}

  @Query(() => [WebhookSubscription])
  webhookSubscriptions(): Promise<WebhookSubscription[]> {
    return this.webhooks.list();
  }

  @ResolveField(() => [WebhookDelivery], { description: 'Newest first.' })
  deliveries(
    @Parent() s: WebhookSubscription,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<WebhookDelivery[]> {
    return this.webhooks.deliveriesOf(s.id, Math.min(Math.max(first, 1), 100));
  }

  @Mutation(() => WebhookSubscriptionWithSecret)
  createWebhookSubscription(
    @Args('input') input: CreateWebhookSubscriptionInput,
    @Context('operator') operator: Operator,
  ): Promise<WebhookSubscriptionWithSecret> {
    return this.webhooks.create({ ...input, createdBy: operator.name });
  }

  @Mutation(() => WebhookSubscriptionWithSecret, { description: 'A new secret; the old one stops working at once.' })
  rotateWebhookSecret(@Args('input') input: WebhookSubscriptionIdInput): Promise<WebhookSubscriptionWithSecret> {
    return this.webhooks.rotateSecret(input.id);
  }

  @Mutation(() => WebhookSubscription)
  pauseWebhookSubscription(@Args('input') input: WebhookSubscriptionIdInput): Promise<WebhookSubscription> {
    return this.webhooks.setPaused(input.id, true);
  }

  @Mutation(() => WebhookSubscription, { description: 'Also re-enables a subscription disabled for failing.' })
  resumeWebhookSubscription(@Args('input') input: WebhookSubscriptionIdInput): Promise<WebhookSubscription> {
    return this.webhooks.setPaused(input.id, false);
  }

  @Mutation(() => Boolean)
  async deleteWebhookSubscription(@Args('input') input: WebhookSubscriptionIdInput): Promise<boolean> {
    await this.webhooks.delete(input.id);
    return true;
  }

  @Mutation(() => ID, { description: 'Sends a webhook.test event; returns the delivery id.' })
  pingWebhookSubscription(@Args('input') input: WebhookSubscriptionIdInput): Promise<string> {
    return this.webhooks.ping(input.id);
  }

  @Mutation(() => Boolean, { description: 'Sends a delivery again, with the same webhook-id.' })
  async redeliverWebhook(@Args('deliveryId', { type: () => ID }, new ParseUUIDPipe()) deliveryId: string): Promise<boolean> {
    await this.webhooks.redeliver(deliveryId);
    return true;
  }
}
