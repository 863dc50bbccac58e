import { AlertsErrorCode, AlertSignupService, AlertsModule, type AlertSignup } from '@app/alerts';
import { CoreModule } from '@app/core';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../support/db';

describe('e-mail alert sign-up limits', () => {
  let db: TestDatabase;
  let ctx: TestingModule;
  let now = new Date('2025-01-10T18:00:00Z');
  const signUp = (
    email: string,
    client: string,
    target: Pick<AlertSignup, 'kind' | 'value'> = { kind: 'record_number', value: 'O2023-0004222' },
  ) =>
    ctx
      .get(AlertSignupService)
      .signUp({ email, client, ...target, frequency: 'instant', language: 'en' })
      .then(
        () => 'ok',
        (err: { code?: string }) => err.code,
      );

  beforeAll(async () => {
    // Sign-ups only queue their confirmation: no SMTP server is contacted here.
    db = await createTestDatabase({ SMTP_URL: 'smtp://127.0.0.1:9', ALERTS_SIGNUPS_PER_ADDRESS: '2', ALERTS_SIGNUPS_PER_CLIENT: '3' });
    ctx = await Test.createTestingModule({
      imports: [CoreModule.forRoot({ config: db.config, pglite: db.pglite, now: () => now }), AlertsModule],
    }).compile();
  });

  afterAll(async () => {
    await ctx?.close();
    await db?.drop();
  });

  it('counts per client over 24 hours', async () => {
    expect([
      await signUp('a@example.org', '198.51.100.7'),
      await signUp('b@example.org', '198.51.100.7'),
      await signUp('c@example.org', '198.51.100.7'),
    ]).toEqual(['ok', 'ok', 'ok']);
    expect(await signUp('d@example.org', '198.51.100.7')).toBe(AlertsErrorCode.TOO_MANY_SIGNUPS);
    expect(await signUp('d@example.org', '203.0.113.9')).toBe('ok');
    now = new Date(now.getTime() + 24 * 3_600_000 + 1000);
    expect(await signUp('e@example.org', '198.51.100.7')).toBe('ok');
  });

  it('counts per address, whatever its case, whichever client asks', async () => {
    expect(await signUp('Same@Example.org', '192.0.2.1', { kind: 'title_keyword', value: 'Welcoming City' })).toBe('ok');
    expect(await signUp('same@example.org', '192.0.2.2', { kind: 'code_chapter', value: '2-173' })).toBe('ok');
    expect(await signUp('SAME@example.org', '192.0.2.3')).toBe(AlertsErrorCode.TOO_MANY_SIGNUPS);
    // Stored: sealed addresses and keyed hashes only, neither the address nor the client in the clear.
    const rows: { email: string; email_hash: string }[] = await ctx
      .get(DataSource)
      .query(`SELECT email, email_hash FROM email_alert_subscription`);
    const notes: { client_hash: string }[] = await ctx.get(DataSource).query(`SELECT client_hash FROM email_alert_signup`);
    expect(JSON.stringify([rows, notes])).not.toMatch(/example\.org|192\.0\.2|198\.51\.100/);
    expect(rows.every((r) => r.email.startsWith('enc:v1:'))).toBe(true);
  });
});
