import { AppConfig, Clock, SecretBox } from '@app/core';
import { normalizeRuleValue } from '@app/legislation';
import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AlertsErrorCode, AlertsException } from '../alerts.exception';
import type { AlertKind, AlertLanguage, AlertSignup } from '../alerts.types';
import { AlertMailer } from '../mail/alert-mailer';
import { AlertSubscriptionRepository } from '../repositories/alert-subscription.repository';
import { sameToken } from './alert-links';

/** What a valid confirmation or unsubscribe link is about (for the page that asks the person to press the button). */
export interface AlertLinkSubject {
  kind: AlertKind;
  value: string;
  language: AlertLanguage;
  status: 'pending' | 'active';
}

const DAY_MS = 86_400_000;
/** Deliberately loose (the confirmation message is the real test): one @, no spaces or brackets, a dot in the domain. */
const EMAIL = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[^\s@<>()[\]",;:\\]+$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const newToken = () => randomBytes(24).toString('base64url');

/**
 * @description E-mail alert sign-up with double opt-in: a sign-up is stored pending (address sealed with
 * SecretBox, a keyed hash for look-ups) and a confirmation message is queued; nothing else is sent until the
 * link in it is used. Sign-ups are limited per address and per client over 24 hours.
 */
@Injectable()
export class AlertSignupService {
  constructor(
    private readonly subscriptions: AlertSubscriptionRepository,
    private readonly mailer: AlertMailer,
    private readonly box: SecretBox,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** False when SMTP_URL is unset: the sign-up page says alerts are off. */
  get enabled(): boolean {
    return this.mailer.enabled;
  }

  /**
   * Queues a confirmation. The answer is the same whether the address was new, pending or already subscribed,
   * so the form cannot be used to learn who follows what.
   */
  async signUp(input: AlertSignup): Promise<void> {
    if (!this.enabled) throw new AlertsException(AlertsErrorCode.ALERTS_DISABLED, 'E-mail alerts are off on this server (no SMTP_URL)');
    const email = input.email.trim();
    if (email.length > 254 || !EMAIL.test(email))
      throw new AlertsException(AlertsErrorCode.INVALID_EMAIL, 'Not an e-mail address', { field: 'email' });
    const value = normalizeRuleValue(input.kind, input.value);
    const now = this.clock.now();
    const emailHash = this.box.lookupHash('alert-email', email.toLowerCase());
    const counts = await this.subscriptions.noteSignup(
      emailHash,
      this.box.lookupHash('alert-client', input.client),
      now,
      new Date(now.getTime() - DAY_MS),
    );
    const { signupsPerAddress, signupsPerClient } = this.config.alerts;
    if (counts.byAddress > signupsPerAddress || counts.byClient > signupsPerClient)
      throw new AlertsException(AlertsErrorCode.TOO_MANY_SIGNUPS, 'Too many alert sign-ups; try again tomorrow', {
        retryAfterSeconds: DAY_MS / 1000,
      });
    await this.subscriptions.upsertPending(
      {
        email: this.box.seal(email),
        emailHash,
        kind: input.kind,
        value,
        frequency: input.frequency,
        language: input.language,
        confirmToken: this.box.seal(newToken()),
        unsubscribeToken: this.box.seal(newToken()),
      },
      now,
    );
  }

  /** What a confirmation link is about, or INVALID_LINK. */
  async confirmation(id: string, token: string): Promise<AlertLinkSubject> {
    const s = UUID.test(id) ? await this.subscriptions.find(id) : null;
    if (!s || !s.confirmToken || !sameToken(token, this.box.open(s.confirmToken)) || this.expired(s.createdAt)) throw this.invalidLink();
    return { kind: s.kind, value: s.value, language: s.language, status: s.status };
  }

  async confirm(id: string, token: string): Promise<AlertLinkSubject> {
    const subject = await this.confirmation(id, token);
    await this.subscriptions.confirm(id, this.clock.now());
    return { ...subject, status: 'active' };
  }

  /** What an unsubscribe link is about, or null when it is unknown (already used: the subscription is gone). */
  async unsubscription(id: string, token: string): Promise<AlertLinkSubject | null> {
    const s = UUID.test(id) ? await this.subscriptions.find(id) : null;
    if (!s || !sameToken(token, this.box.open(s.unsubscribeToken))) return null;
    return { kind: s.kind, value: s.value, language: s.language, status: s.status };
  }

  /** Deletes the subscription; true if the link was valid (a used link answers false, which pages show as done). */
  async unsubscribe(id: string, token: string): Promise<boolean> {
    if (!(await this.unsubscription(id, token))) return false;
    return this.subscriptions.delete(id);
  }

  private expired(createdAt: Date): boolean {
    return this.clock.now().getTime() - new Date(createdAt).getTime() > this.config.alerts.unconfirmedMs;
  }

  private invalidLink(): AlertsException {
    return new AlertsException(AlertsErrorCode.INVALID_LINK, 'This link is unknown, used or expired');
  }
}
