import { AppConfig, Clock } from '@app/core';
import { LEGISLATION_EVENTS, matterEventFields } from '@app/legislation';
import { Injectable, Logger } from '@nestjs/common';
import { AlertMailer, DELIVERY_CONCURRENCY, MailSendError } from '../mail/alert-mailer';
import { nextDigestAt } from '../mail/digest-time';
import { nextMailAttemptDelayMs } from '../mail/retry-schedule';
import { AlertLogRow, AlertMessageRepository, ClaimedAlertMessage } from '../repositories/alert-message.repository';
import { AlertSubscriptionRepository } from '../repositories/alert-subscription.repository';
import { AlertComposer } from './alert-composer.service';
import { alertMatches } from './alert-match';

/** The events people can get by e-mail (the ones webhooks carry about a matter's way to a vote). */
export const ALERT_EVENT_TYPES = [
  LEGISLATION_EVENTS.voteScheduled,
  LEGISLATION_EVENTS.rule41NoticeFiled,
  LEGISLATION_EVENTS.voteRecorded,
  LEGISLATION_EVENTS.textChanged,
] as const;

/** An SMTP attempt ends well within this (nodemailer's own timeouts are shorter); a claim lasts this long. */
const LEASE_MS = 5 * 60_000;

/**
 * @description Delivers e-mail alerts from the outbox: `dispatch()` matches new events to confirmed
 * subscriptions (an instant message each, or the next daily digest), `deliverDue()` sends due messages over
 * SMTP with retries and logs every attempt, `prune()` applies the retention rules.
 */
@Injectable()
export class AlertDeliveryService {
  private readonly logger = new Logger(AlertDeliveryService.name);

  constructor(
    private readonly messages: AlertMessageRepository,
    private readonly subscriptions: AlertSubscriptionRepository,
    private readonly mailer: AlertMailer,
    private readonly composer: AlertComposer,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Queues messages for new alert events; returns how many messages were created or extended. */
  async dispatch(limit = 200): Promise<number> {
    const subs = await this.subscriptions.listActive();
    const now = this.clock.now();
    const { messages } = await this.messages.dispatch(
      ALERT_EVENT_TYPES,
      limit,
      now,
      new Date(now.getTime() - this.config.alerts.logMs),
      nextDigestAt(now, this.config.alerts.digestHour),
      (e) => {
        const fields = matterEventFields(JSON.parse(e.body).data ?? {});
        if (!fields) return [];
        // Only events after the confirmation: a new subscriber is not sent the past.
        return subs
          .filter((s) => s.confirmedAt && new Date(s.confirmedAt) <= new Date(e.occurredAt) && alertMatches(s.kind, s.value, fields))
          .map((s) => ({ subscriptionId: s.id, frequency: s.frequency }));
      },
    );
    return messages;
  }

  /** Sends due messages, `concurrency` at a time; returns how many attempts were made. Off without SMTP_URL. */
  async deliverDue(limit = 50, concurrency = DELIVERY_CONCURRENCY): Promise<number> {
    if (!this.mailer.enabled) return 0;
    let made = 0;
    while (made < limit) {
      const claimed = await this.messages.claimDue(Math.min(concurrency, limit - made), this.clock.now(), LEASE_MS);
      if (claimed.length === 0) break;
      await Promise.all(claimed.map((m) => this.attempt(m)));
      made += claimed.length;
    }
    return made;
  }

  /** Retention (README, "E-mail alerts"): unconfirmed sign-ups, rate-limit notes, settled messages and their log. */
  async prune(): Promise<void> {
    const now = this.clock.now().getTime();
    const { unconfirmedMs, logMs } = this.config.alerts;
    const subs = await this.subscriptions.prune(new Date(now - unconfirmedMs), new Date(now - 86_400_000));
    const messages = await this.messages.prune(new Date(now - logMs));
    if (subs.unconfirmed + subs.signups + messages > 0)
      this.logger.log(`alerts pruned: ${subs.unconfirmed} unconfirmed sign-ups, ${subs.signups} sign-up notes, ${messages} messages`);
  }

  /** For /metrics: messages by kind and status, and the number due now. */
  stats(): Promise<{ messages: { kind: string; status: string; n: number }[]; due: number }> {
    return this.messages.stats(this.clock.now());
  }

  /** The delivery log for operators, newest first. */
  log(limit: number): Promise<AlertLogRow[]> {
    return this.messages.log(limit);
  }

  private async attempt(m: ClaimedAlertMessage): Promise<void> {
    const startedAt = this.clock.now();
    try {
      const mail = this.composer.compose(m, m.kind === 'confirm' ? [] : await this.messages.events(m.eventIds));
      if (!mail) {
        await this.settle(m, startedAt, { ok: false, error: 'nothing to send: already confirmed, or its events are gone' }, 'dead');
        return;
      }
      const sent = await this.mailer.send(mail);
      await this.settle(m, startedAt, { ok: true, smtpResponse: sent.response, smtpMessageId: sent.messageId }, 'sent');
    } catch (err) {
      const permanent = err instanceof MailSendError && err.permanent;
      const delay = permanent ? null : nextMailAttemptDelayMs(m.attempts);
      this.logger.warn(
        `alert message ${m.id} (${m.kind}) attempt ${m.attempts} failed: ${(err as Error).message}${delay === null ? '; giving up' : ''}`,
      );
      await this.settle(
        m,
        startedAt,
        { ok: false, error: (err as Error).message },
        delay === null ? 'dead' : 'pending',
        delay === null ? null : new Date(startedAt.getTime() + delay),
      );
    }
  }

  private settle(
    m: ClaimedAlertMessage,
    startedAt: Date,
    r: { ok: boolean; smtpResponse?: string; smtpMessageId?: string; error?: string },
    status: 'sent' | 'pending' | 'dead',
    nextAttemptAt: Date | null = null,
  ): Promise<void> {
    return this.messages.recordAttempt(
      m.id,
      m.attempts,
      startedAt,
      { ok: r.ok, smtpResponse: r.smtpResponse ?? null, error: r.error ?? null, smtpMessageId: r.smtpMessageId ?? null },
      { status, nextAttemptAt, sentAt: status === 'sent' ? this.clock.now() : null },
    );
  }
}
