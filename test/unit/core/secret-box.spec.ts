import { randomBytes } from 'node:crypto';
import { SecretBox, SecretKeyError } from '@app/core';

describe(SecretBox.name, () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

  it('seals with a fresh nonce each time and opens under the current or a previous key', () => {
    const box = new SecretBox(k1);
    const a = box.seal(secret);
    expect(a).toMatch(/^enc:v1:[0-9a-f]{8}:/);
    expect(box.seal(secret)).not.toBe(a);
    expect(box.open(a)).toBe(secret);
    const rotated = new SecretBox(k2, [k1]);
    expect(rotated.open(a)).toBe(secret);
    expect(rotated.needsReseal(a)).toBe(true);
    expect(rotated.needsReseal(rotated.seal(secret))).toBe(false);
  });

  it('treats an unprefixed value as legacy plain text, to be resealed', () => {
    const box = new SecretBox(k1);
    expect(box.open(secret)).toBe(secret);
    expect(box.needsReseal(secret)).toBe(true);
  });

  it('refuses a value sealed under an unknown key, and a tampered one', () => {
    const sealed = new SecretBox(k1).seal(secret);
    expect(() => new SecretBox(k2).open(sealed)).toThrow(SecretKeyError);
    const raw = Buffer.from(sealed.split(':')[3], 'base64');
    raw[raw.length - 1] ^= 1;
    const tampered = `${sealed.split(':').slice(0, 3).join(':')}:${raw.toString('base64')}`;
    expect(() => new SecretBox(k1).open(tampered)).toThrow();
  });
});
