import { Webhook } from 'standardwebhooks';
import {
  generateWebhookSecret,
  InvalidWebhookSecretError,
  isValidWebhookSecret,
  secretKeyBytes,
} from '../../../libs/webhooks/src/signing/webhook-secret';
import { signWebhook } from '../../../libs/webhooks/src/signing/sign-payload';

describe('webhook secrets', () => {
  it('generates whsec_ + base64 of 24 random bytes', () => {
    const a = generateWebhookSecret();
    const b = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(a).not.toBe(b);
    expect(secretKeyBytes(a)).toHaveLength(24);
    expect(secretKeyBytes(a).toString('base64')).toBe(a.slice('whsec_'.length));
  });

  it('decodes the base64 part as the key, prefix optional', () => {
    const key = Buffer.alloc(32, 7);
    expect(secretKeyBytes(`whsec_${key.toString('base64')}`).equals(key)).toBe(true);
    expect(secretKeyBytes(key.toString('base64')).equals(key)).toBe(true);
  });

  it('refuses malformed or too-short secrets', () => {
    expect(() => secretKeyBytes('whsec_')).toThrow(InvalidWebhookSecretError);
    expect(() => secretKeyBytes('whsec_not base64!')).toThrow(InvalidWebhookSecretError);
    expect(() => secretKeyBytes(`whsec_${Buffer.alloc(8).toString('base64')}`)).toThrow(/8 bytes/);
    expect(isValidWebhookSecret(generateWebhookSecret())).toBe(true);
    expect(isValidWebhookSecret('whsec_???')).toBe(false);
  });
});

describe('signWebhook', () => {
  const body = JSON.stringify({ type: 'matter.created', data: { id: 'O2023-0004222', title: 'Ünïcödé ✓' } });

  it('produces headers the standardwebhooks reference library verifies', () => {
    const secret = generateWebhookSecret();
    const now = new Date();
    const headers = signWebhook({ id: 'msg_2abc', timestamp: now, body, secret });
    expect(headers['webhook-id']).toBe('msg_2abc');
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(now.getTime() / 1000)));
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('matches the reference library signature byte for byte', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const ts = new Date('2024-05-01T12:00:00.900Z');
    const headers = signWebhook({ id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: ts, body, secret });
    expect(headers['webhook-signature']).toBe(new Webhook(secret).sign('msg_p5jXN8AQM9LWM0D4loKWxJek', ts, body));
  });

  it('fails verification with another secret or a modified body', () => {
    const secret = generateWebhookSecret();
    const headers = signWebhook({ id: 'msg_1', timestamp: new Date(), body, secret });
    expect(() => new Webhook(generateWebhookSecret()).verify(body, { ...headers })).toThrow();
    expect(() => new Webhook(secret).verify(body.replace('created', 'updated'), { ...headers })).toThrow();
  });

  it('signs with several secrets for rotation; each verifies', () => {
    const [s1, s2] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = signWebhook({ id: 'msg_rot', timestamp: new Date(), body, secret: [s1, s2] });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(s1).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(s2).verify(body, { ...headers })).not.toThrow();
  });

  it('rejects bad ids and invalid dates', () => {
    const secret = generateWebhookSecret();
    expect(() => signWebhook({ id: '', timestamp: new Date(), body, secret })).toThrow(TypeError);
    expect(() => signWebhook({ id: 'a b', timestamp: new Date(), body, secret })).toThrow(TypeError);
    expect(() => signWebhook({ id: 'x', timestamp: new Date(NaN), body, secret })).toThrow(RangeError);
  });
});
