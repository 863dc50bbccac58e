import { AppConfig, EventText, SecretBox } from '@app/core';
import { Injectable } from '@nestjs/common';
import type { OutgoingMail } from '../mail/alert-mailer';
import { composeAlert, composeConfirmation, MessageSubscription } from '../mail/compose-message';
import { AlertEventRow, ClaimedAlertMessage } from '../repositories/alert-message.repository';
import { alertLink } from './alert-links';

/**
 * @description Builds the mail for a claimed message: opens the sealed address and tokens, words its events
 * in the subscriber's language (EventText) and adds the links and unsubscribe headers. Null when there is
 * nothing left to send (a confirmation already used, events gone).
 */
@Injectable()
export class AlertComposer {
  constructor(
    private readonly text: EventText,
    private readonly box: SecretBox,
    private readonly config: AppConfig,
  ) {}

  compose(m: ClaimedAlertMessage, events: AlertEventRow[]): OutgoingMail | null {
    const base = this.config.publicBaseUrl;
    const sub: MessageSubscription = {
      email: this.box.open(m.email),
      kind: m.subscriptionKind,
      value: m.value,
      frequency: m.frequency,
      language: m.language,
    };
    const listId = `<alerts.${new URL(base).hostname}>`;
    const unsubscribeUrl = alertLink(base, 'unsubscribe', m.subscriptionId, this.box.open(m.unsubscribeToken), m.language);
    if (m.kind === 'confirm') {
      if (!m.confirmToken) return null;
      const confirmUrl = alertLink(base, 'confirm', m.subscriptionId, this.box.open(m.confirmToken), m.language);
      return composeConfirmation(sub, { unsubscribeUrl, confirmUrl }, Math.round(this.config.alerts.unconfirmedMs / 86_400_000), listId);
    }
    const summaries = events
      .map((e) => {
        const body = JSON.parse(e.body) as { type: string; data?: Record<string, unknown> };
        return this.text.describe(body.type, body.data ?? {}, m.language);
      })
      .filter((s) => s !== null);
    return summaries.length ? composeAlert(sub, summaries, { unsubscribeUrl }, listId) : null;
  }
}
