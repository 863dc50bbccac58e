import { AppConfig } from '@app/core';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';

/** Messages sent at once; the pool keeps as many SMTP connections. */
export const DELIVERY_CONCURRENCY = 5;

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post, List-Id). */
  headers: Record<string, string>;
}

/** What the SMTP server said about one message. */
export interface SentMail {
  messageId: string;
  response: string;
}

/** An SMTP failure; `permanent` for a 5xx answer (the address will not start working on a retry). */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailSendError';
  }
}

/**
 * @description Sends alert mail over SMTP (nodemailer, `SMTP_URL`, from `SMTP_FROM`). Without SMTP_URL it is
 * disabled and sign-ups are refused.
 */
@Injectable()
export class AlertMailer implements OnApplicationShutdown {
  private transport: Transporter | null = null;

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.alerts.smtpUrl !== null;
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    const url = this.config.alerts.smtpUrl;
    if (!url) throw new MailSendError('SMTP_URL is not set', false);
    // Pooled: a few SMTP connections reused across messages (a fresh connection per message managed about
    // 60 messages/s to a loopback server; the URL may still set pool=false or maxConnections).
    this.transport ??= nodemailer.createTransport({ url, pool: true, maxConnections: DELIVERY_CONCURRENCY });
    try {
      const info = await this.transport.sendMail({ from: this.config.alerts.from, ...mail });
      return { messageId: info.messageId, response: String(info.response ?? '') };
    } catch (err) {
      const e = err as Error & { responseCode?: number };
      throw new MailSendError(e.message, typeof e.responseCode === 'number' && e.responseCode >= 500);
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
