import { SecretBox } from '@app/core';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SubscriptionRepository } from '../repositories/subscription.repository';

/**
 * @description At start, seals with the current key every stored webhook secret that is still
 * plain text (written before encryption at rest) or sealed with a previous key (SECRETS_KEY
 * rotated). Each row is swapped only if unchanged, so processes starting together agree.
 */
@Injectable()
export class WebhookSecretResealer implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhookSecretResealer.name);

  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly box: SecretBox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    let resealed = 0;
    for (const { id, secret } of await this.subscriptions.listSecrets()) {
      if (!this.box.needsReseal(secret)) continue;
      if (await this.subscriptions.replaceSecret(id, secret, this.box.seal(this.box.open(secret)))) resealed++;
    }
    if (resealed > 0) this.logger.log(`${resealed} webhook secrets sealed with the current SECRETS_KEY`);
  }
}
