import { AlertDeliveryService } from '@app/alerts';
import { ApiKeyService, UnitOfWork, writeOutboxEvents } from '@app/core';
import { LEGISLATION_EVENTS } from '@app/legislation';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { gql } from '../../support/graphql-client';
import { startSmtpSink } from '../../support/smtp-sink';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

const SIGN_UP = `mutation ($input: SubscribeToEmailAlertsInput!) { subscribeToEmailAlerts(input: $input) { confirmationSent } }`;

/** A path and query of one of our links (PUBLIC_BASE_URL is not where the test app listens). */
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

describe('e-mail alerts', () => {
  let s: SyntheticApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  // The synthetic story's poll: 2025-01-10, O2023-0004222 on the agenda of the 2025-01-15 City Council meeting.
  let now = new Date('2025-01-10T18:00:00Z');
  let n = 0;
  const http = () => request(s.app.getHttpServer());
  const pump = async () => {
    const alerts = s.app.get(AlertDeliveryService);
    await alerts.dispatch();
    while ((await alerts.deliverDue()) > 0);
  };
  /** A vote_scheduled event for O2023-0004222 as the ingest writes it: the stored one's data, another meeting date. */
  const scheduleVote = async (startsAt: string) => {
    const [stored] = await s.app
      .get(DataSource)
      .query(`SELECT body FROM outbox_event WHERE type = $1 AND subject = 'O2023-0004222' ORDER BY occurred_at LIMIT 1`, [
        LEGISLATION_EVENTS.voteScheduled,
      ]);
    const data = JSON.parse(stored.body).data;
    data.meeting = { ...data.meeting, startsAt, publicCommentDeadline: null };
    await s.app.get(UnitOfWork).transaction((tx) =>
      writeOutboxEvents(
        [
          {
            type: LEGISLATION_EVENTS.voteScheduled,
            dedupKey: `test:vote:${startsAt}:${n++}`,
            subject: 'O2023-0004222',
            data,
            occurredAt: now,
          },
        ],
        tx,
      ),
    );
  };
  const signUp = (input: object) => gql(s.app, SIGN_UP, { input: { kind: 'RECORD_NUMBER', value: 'o2023-0004222', ...input } });
  /** Follows the confirmation link of the last message to `to`: the page, then its button. */
  const confirmFrom = async (to: string) => {
    const mail = smtp.received.filter((m) => m.to.includes(to)).at(-1)!;
    const link = /https?:\/\/\S+\/alerts\/confirm\?\S+/.exec(mail.text)![0];
    const page = await http().get(pathOf(link));
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post"');
    const done = await http().post(pathOf(link)).type('form').send({});
    expect(done.status).toBe(200);
    return done;
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    s = await startSyntheticApp(() => now, { env: { SMTP_URL: smtp.url, ALERTS_SIGNUPS_PER_ADDRESS: '3', ALERTS_DIGEST_HOUR: '7' } });
    // The poll's own events (vote scheduled, Rule 41 notice, text) came before anyone signed up: taken, sent to no one.
    await pump();
  });

  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('confirms through the link in the received message, then a vote_scheduled event sends exactly one message that one click unsubscribes', async () => {
    expect((await signUp({ email: 'organiser@example.org' })).data.subscribeToEmailAlerts.confirmationSent).toBe(true);
    await pump();
    expect(smtp.received).toHaveLength(1);
    const confirmation = smtp.received[0];
    expect(confirmation.to).toEqual(['organiser@example.org']);
    expect(confirmation.headers.subject).toBe('Confirm your alert: O2023-0004222');
    expect(confirmation.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    // Nothing but the confirmation until it is confirmed.
    now = new Date(now.getTime() + 60_000);
    await scheduleVote('2025-02-19T16:00:00.000Z');
    await pump();
    expect(smtp.received).toHaveLength(1);

    const done = await confirmFrom('organiser@example.org');
    expect(done.text).toContain('Alert confirmed');

    now = new Date(now.getTime() + 60_000);
    await scheduleVote('2025-03-19T15:00:00.000Z');
    await pump();
    expect(smtp.received).toHaveLength(2);
    const alert = smtp.received[1];
    expect(alert.headers.subject).toMatch(/^O2023-0004222 is on the agenda: City Council, Wednesday, March 19, 2025 at 10:00\sAM CDT$/);
    expect(alert.text).toContain('http://localhost:3000/matters/O2023-0004222');
    expect(alert.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(https?:\/\/[^>]+)>$/.exec(alert.headers['list-unsubscribe'])![1];
    // Delivered is delivered.
    await pump();
    expect(smtp.received).toHaveLength(2);

    // RFC 8058: the mail client POSTs List-Unsubscribe=One-Click to the header's URL, with no cookie and no page.
    const res = await http().post(pathOf(unsubscribe)).type('form').send('List-Unsubscribe=One-Click');
    expect(res.status).toBe(200);
    expect(await s.app.get(DataSource).query(`SELECT id FROM email_alert_subscription`)).toEqual([]);

    now = new Date(now.getTime() + 60_000);
    await scheduleVote('2025-04-16T15:00:00.000Z');
    await pump();
    expect(smtp.received).toHaveLength(2);
    // Unsubscribing took the subscription's messages and their log with it: nothing of the address is left.
    expect(await s.app.get(DataSource).query(`SELECT id FROM email_alert_message`)).toEqual([]);
  });

  it('retries a message the mail server refuses for now, and gives up on one it refuses for good', async () => {
    const ds = s.app.get(DataSource);
    const state = () =>
      ds.query(`SELECT status, attempts, last_error AS "lastError" FROM email_alert_message ORDER BY created_at DESC LIMIT 1`);
    smtp.refuseWith.code = 451;
    await signUp({ email: 'later@example.org' });
    await pump();
    expect(await state()).toEqual([{ status: 'pending', attempts: 1, lastError: expect.stringMatching(/451|refused/) }]);
    // Not before its time (1 minute), then delivered.
    smtp.refuseWith.code = null;
    await pump();
    expect(await state()).toMatchObject([{ status: 'pending', attempts: 1 }]);
    now = new Date(now.getTime() + 61_000);
    await pump();
    expect(await state()).toMatchObject([{ status: 'sent', attempts: 2 }]);
    expect(smtp.received.at(-1)!.to).toEqual(['later@example.org']);

    smtp.refuseWith.code = 550;
    await signUp({ email: 'nobody@example.org' });
    await pump();
    smtp.refuseWith.code = null;
    expect(await state()).toEqual([{ status: 'dead', attempts: 1, lastError: expect.stringMatching(/550|refused/) }]);
    // The log keeps every attempt with the server's answer.
    const log = await ds.query(
      `SELECT a.attempt, a.ok, a.smtp_response AS "smtpResponse" FROM email_alert_attempt a JOIN email_alert_message m ON m.id = a.message_id
        WHERE m.status = 'sent' AND m.attempts = 2 ORDER BY a.attempt`,
    );
    expect(log).toEqual([
      { attempt: 1, ok: false, smtpResponse: null },
      { attempt: 2, ok: true, smtpResponse: expect.stringMatching(/^250 /) },
    ]);
  });

  it('keeps a delivery log for operators, without addresses', async () => {
    const key = (await s.app.get(ApiKeyService).create('alerts-ops')).key;
    now = new Date(now.getTime() + 60_000);
    await signUp({ email: 'logged@example.org' });
    await pump();
    const anonymous = await gql(s.app, `{ emailAlertLog { kind } }`);
    expect(anonymous.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    const res = await request(s.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${key}`)
      .send({ query: `{ emailAlertLog(first: 5) { kind status attempts eventCount lastError sentAt } }` });
    expect(res.body.data.emailAlertLog[0]).toMatchObject({ kind: 'confirm', status: 'sent', attempts: 1, eventCount: 0, lastError: null });
    expect(JSON.stringify(res.body)).not.toContain('logged@example.org');
    const metrics = (await request(s.app.getHttpServer()).get('/metrics')).text;
    expect(metrics).toMatch(/^tracker_email_alert_messages\{kind="confirm",status="sent"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^tracker_queue_depth\{queue="email_alerts_due"\} 0$/m);
  });

  it('gathers a daily digest in Spanish and sends it at the digest hour, Chicago time', async () => {
    await signUp({ email: 'vecina@example.org', frequency: 'DAILY', language: 'ES' });
    await pump();
    await confirmFrom('vecina@example.org');
    const before = smtp.received.length;

    now = new Date('2025-01-10T20:00:00Z');
    await scheduleVote('2025-05-21T15:00:00.000Z');
    now = new Date('2025-01-11T02:00:00Z');
    await scheduleVote('2025-06-18T15:00:00.000Z');
    await pump();
    expect(smtp.received).toHaveLength(before);

    // 07:00 in Chicago on 2025-01-11 is 13:00Z (CST).
    now = new Date('2025-01-11T12:59:00Z');
    await pump();
    expect(smtp.received).toHaveLength(before);
    now = new Date('2025-01-11T13:00:01Z');
    await pump();
    expect(smtp.received).toHaveLength(before + 1);
    const digest = smtp.received.at(-1)!;
    expect(digest.to).toEqual(['vecina@example.org']);
    expect(digest.text).toContain('O2023-0004222 está en la agenda: City Council, miércoles, 21 de mayo de 2025');
    expect(digest.text).toContain('O2023-0004222 está en la agenda: City Council, miércoles, 18 de junio de 2025');
    expect(digest.text).toContain('Cancelar la suscripción');
    expect(digest.headers['list-unsubscribe']).toMatch(
      /^<http:\/\/localhost:3000\/alerts\/unsubscribe\?id=[0-9a-f-]+&token=[\w-]+&lang=es>$/,
    );
    await pump();
    expect(smtp.received).toHaveLength(before + 1);
  });

  it('limits sign-ups per address and refuses what is not an alert target', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (await signUp({ email: 'Busy@Example.org', value: 'Welcoming City', kind: 'TITLE_KEYWORD' })).errors?.[0].extensions?.code,
      );
    expect(codes).toEqual([undefined, undefined, undefined, 'TOO_MANY_REQUESTS']);
    const bad = await signUp({ email: 'someone@example.org', kind: 'CODE_CHAPTER', value: 'chapter two' });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRACKING_RULE' });
    // The stored address is sealed, never in plain text.
    const rows = await s.app.get(DataSource).query(`SELECT email FROM email_alert_subscription`);
    expect(rows.every((r: { email: string }) => r.email.startsWith('enc:v1:') && !r.email.includes('example.org'))).toBe(true);
  });

  it('serves the sign-up form without JavaScript, in English and Spanish, and takes a plain form post', async () => {
    const en = await http().get('/alerts?kind=record_number&value=O2023-0004222');
    expect(en.status).toBe(200);
    expect(en.text).toContain('<form method="post" action="/alerts"');
    expect(en.text).toContain('value="O2023-0004222"');
    const es = await http().get('/alerts?lang=es');
    expect(es.text).toContain('Alertas por correo electrónico');
    const posted = await http()
      .post('/alerts?lang=es')
      .type('form')
      .send({ email: 'formulario@example.org', kind: 'code_chapter', value: '2-173', frequency: 'instant', language: 'es' });
    expect(posted.status).toBe(200);
    expect(posted.text).toContain('Revise su correo');
    const refused = await http()
      .post('/alerts?lang=es')
      .type('form')
      .send({ email: 'formulario@example.org', kind: 'code_chapter', value: 'capítulo dos' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Escriba un capítulo del Código Municipal como 2-173.');
    expect(refused.text).toContain('value="capítulo dos"');
    expect((await http().post('/alerts').type('form').send({ email: 'not an address', value: 'O2023-0004222' })).text).toContain(
      'Please enter an e-mail address',
    );
    await pump();
    expect(smtp.received.at(-1)!.to).toEqual(['formulario@example.org']);
  });
});

describe('e-mail alerts: retention', () => {
  let s: SyntheticApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let now = new Date('2025-01-10T18:00:00Z');
  const count = async (table: string) => (await s.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    s = await startSyntheticApp(() => now, { env: { SMTP_URL: smtp.url } });
  });

  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('deletes unconfirmed sign-ups after 7 days, sign-up notes after a day, sent messages and their log after 30 days', async () => {
    const alerts = s.app.get(AlertDeliveryService);
    await gql(s.app, SIGN_UP, { input: { email: 'kept@example.org', kind: 'RECORD_NUMBER', value: 'O2023-0004222' } });
    await alerts.deliverDue();
    expect([await count('email_alert_subscription'), await count('email_alert_signup'), await count('email_alert_message')]).toEqual([
      1, 1, 1,
    ]);
    now = new Date(now.getTime() + 2 * 86_400_000);
    await alerts.prune();
    expect([await count('email_alert_subscription'), await count('email_alert_signup'), await count('email_alert_message')]).toEqual([
      1, 0, 1,
    ]);
    now = new Date(now.getTime() + 6 * 86_400_000);
    await alerts.prune();
    // The sign-up went unconfirmed: it is gone, with its confirmation message and that message's log.
    expect([await count('email_alert_subscription'), await count('email_alert_message'), await count('email_alert_attempt')]).toEqual([
      0, 0, 0,
    ]);

    // A confirmed one stays; its sent messages and their log go after ALERTS_LOG_DAYS.
    await gql(s.app, SIGN_UP, { input: { email: 'confirmed@example.org', kind: 'RECORD_NUMBER', value: 'O2023-0004222' } });
    await alerts.deliverDue();
    const link = new URL(/https?:\/\/\S+\/alerts\/confirm\?\S+/.exec(smtp.received.at(-1)!.text)![0]);
    expect((await request(s.app.getHttpServer()).post(`${link.pathname}${link.search}`)).status).toBe(200);
    const rows = async () => [
      await count('email_alert_subscription'),
      await count('email_alert_message'),
      await count('email_alert_attempt'),
    ];
    now = new Date(now.getTime() + 29 * 86_400_000);
    await alerts.prune();
    expect(await rows()).toEqual([1, 1, 1]);
    now = new Date(now.getTime() + 2 * 86_400_000);
    await alerts.prune();
    expect(await rows()).toEqual([1, 0, 0]);
  });
});

describe('e-mail alerts without SMTP_URL', () => {
  let s: SyntheticApp;
  beforeAll(async () => {
    s = await startSyntheticApp();
  });
  afterAll(async () => s?.close());

  it('says alerts are off and refuses sign-ups', async () => {
    const page = await request(s.app.getHttpServer()).get('/alerts');
    expect(page.text).toContain('E-mail alerts are off on this server');
    expect(page.text).not.toContain('<form method="post"');
    const res = await gql(s.app, SIGN_UP, { input: { email: 'a@example.org', kind: 'RECORD_NUMBER', value: 'O2023-0004222' } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'ALERTS_DISABLED' });
  });
});
